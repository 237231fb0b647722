import type { Messages } from './messages.js';

/** The error catalogue in Belgian German: what happened and what to do, never an internal id. */
export const deErrors: Messages['errors'] = {
  ORG_FILE_UNREADABLE: () =>
    'Der Telearbeitsdienst ist falsch eingerichtet (die Organisationsdatei ist nicht lesbar). Informieren Sie die IT-Abteilung.',
  ORG_FILE_INVALID: () =>
    'Der Telearbeitsdienst ist falsch eingerichtet (die Organisationsdatei ist ungültig). Informieren Sie die IT-Abteilung.',
  CONFIG_INVALID: () => 'Der Telearbeitsdienst ist falsch eingerichtet. Informieren Sie die IT-Abteilung.',
  LOCAL_ONLY: () => 'Diese Testanmeldung funktioniert nur auf dem Entwicklungsrechner.',
  UNKNOWN_UPN: (p) =>
    `Ihr Konto ${p.upn ?? ''} steht nicht in der Personaldatei von ${p.employer}; bitten Sie die Personalabteilung, Sie hinzuzufügen.`,
  UNKNOWN_PERSON: (p) =>
    `Sie stehen nicht in der Personaldatei von ${p.employer}; bitten Sie die Personalabteilung, Sie hinzuzufügen.`,
  UNKNOWN_TEAM: () => 'Dieses Team gibt es in der Organisationsdatei nicht.',
  UNKNOWN_ENTRY: () => 'Dieser Antrag auf Telearbeit wurde nicht gefunden.',
  INVALID_DATE: (p) =>
    `„${p.value ?? ''}“ ist kein gültiges Datum. Schreiben Sie zum Beispiel „Freitag“, „morgen“ oder „27. November“.`,
  INVALID_MONTH: (p) =>
    `„${p.value ?? ''}“ ist kein gültiger Monat. Schreiben Sie zum Beispiel „November 2026“.`,
  INVALID_PERIOD: (p) =>
    `Vom ${p.from ?? ''} bis ${p.to ?? ''} ist kein planbarer Zeitraum: er darf nicht vor seinem Beginn enden und höchstens ${p.maxDays ?? 93} Tage dauern.`,
  DATE_OUT_OF_RANGE: (p) =>
    `„${p.value ?? ''}“ liegt zu weit: Telearbeit kann für Daten vom ${p.from ?? ''} bis ${p.to ?? ''} angemeldet werden. Schreiben Sie zum Beispiel „Freitag“ oder „27. November“.`,
  MONTH_OUT_OF_RANGE: (p) =>
    `„${p.value ?? ''}“ liegt zu weit: Monate von ${p.from ?? ''} bis ${p.to ?? ''} sind möglich. Schreiben Sie zum Beispiel „November 2026“.`,
  INVALID_REGIME: () =>
    'Ihre Arbeitsregelung ist in der Personaldatei falsch erfasst; informieren Sie die Personalabteilung.',
  INVALID_DAY_PART: (p) =>
    `„${p.value ?? ''}“ ist kein Tagesteil: schreiben Sie „Vormittag“, „Nachmittag“ oder nichts für einen ganzen Tag.`,
  EMPTY_REQUEST: () => 'Ihre Anfrage nennt keinen Tag. Zum Beispiel: /homeoffice morgen',
  ENTRY_NOT_PENDING: (p) =>
    `Dieser Antrag ist bereits ${p.status ?? 'entschieden'}: nur ein ausstehender Antrag kann genehmigt oder abgelehnt werden.`,
  NO_STRUCTURAL_PATTERN: () =>
    'Sie haben keine festen Telearbeitstage vereinbart: Nennen Sie die Tage, zum Beispiel /homeoffice Montag und Donnerstag.',
  NOTHING_TO_CANCEL: (p) => `Sie haben ${p.days ?? 'an diesem Tag'} keine Telearbeit zu stornieren.`,
  ENTRY_ALREADY_CANCELLED: () => 'Diese Telearbeit ist bereits storniert.',
  ENTRY_NOT_ACTIVE: (p) =>
    `Diese Telearbeit ist ${p.status ?? 'abgeschlossen'}: nur genehmigte oder ausstehende Telearbeit kann storniert werden.`,
  UNKNOWN_DUTY: () => 'Diese Permanenz wurde nicht gefunden.',
  UNKNOWN_PARKED_CHANGE: () => 'Diese Kalenderänderung wartet nicht auf einen erneuten Versand.',
  DUTY_OUTSIDE_TEAM: () => 'Nur Mitglieder des Teams können seinen Präsenzdienst übernehmen.',
  DUTY_ON_WEEKEND: (p) => `Der ${p.date ?? 'Tag'} liegt am Wochenende: kein Präsenzdienst.`,
  DUTY_ON_HOLIDAY: (p) => `Am ${p.date ?? 'Tag'} ist der Standort geschlossen: kein Präsenzdienst.`,
  DUTY_ON_DAY_OFF: (p) => `Diese Person arbeitet laut ihrer Arbeitsregelung am ${p.date ?? 'Tag'} nicht.`,
  DUTY_PERSON_SUSPENDED: (p) =>
    `Die Krise setzt den Auftrag dieser Person am ${p.date ?? 'Tag'} aus: Sie übernimmt keinen Präsenzdienst in diesem Team (an ein wesentliches Team ausgeliehen, übernimmt sie ihn dort).`,
  DUTY_IN_PAST: (p) => `Der ${p.date ?? 'Tag'} ist vorbei: Präsenzdienste werden ab heute geplant.`,
  DUTY_ALREADY_ASSIGNED: (p) => `Diese Person hat am ${p.date ?? 'Tag'} bereits Präsenzdienst.`,
  DUTY_ON_TELEWORK: (p) =>
    `Diese Person arbeitet am ${p.date ?? 'Tag'} in Telearbeit oder hat sie beantragt: entscheiden oder stornieren Sie das zuerst.`,
  DUTY_OUTSIDE_PERIOD: (p) =>
    `Der Präsenzdienst am ${p.date ?? 'Tag'} liegt außerhalb des Planungszeitraums.`,
  TEAM_VERSION_STALE: () =>
    'Die Planung des Teams hat sich inzwischen geändert: sehen Sie sie erneut an und versuchen Sie es dann noch einmal.',
  TEAM_VERSION_REQUIRED: () => 'Sehen Sie zuerst die Planung des Teams an und ändern Sie sie dann.',
  NOT_AN_APPROVER: () =>
    'Sie können über diesen Antrag nicht entscheiden: nur die Führungskräfte der Person und die Personalabteilung können das.',
  CRISIS_OVERLAPS: (p) =>
    `Eine Krise ab ${p.from ?? ''} würde sich mit der ab ${p.otherFrom ?? ''} überschneiden; beenden Sie zuerst diese.`,
  CRISIS_ENDS_BEFORE_START: (p) =>
    `Die Krise kann nicht am ${p.to ?? ''} enden: Sie hat am ${p.from ?? ''} begonnen.`,
  NO_CRISIS_UNDER_WAY: () => 'Es läuft keine Krise, also gibt es nichts zu beenden.',
  UNKNOWN_CRISIS: () => 'Diese Krise gibt es nicht.',
  CRISIS_ENDED: (p) => `Die Krise endete am ${p.to ?? ''}: Für sie kann niemand mehr ausgeliehen werden.`,
  UNKNOWN_LOAN: () => 'Diese Ausleihe gibt es in dieser Krise nicht.',
  LOAN_PERSON_NOT_SUSPENDED: () =>
    'Diese Person kann nicht ausgeliehen werden: Die Krise lässt ihren Auftrag nicht ruhen.',
  LOAN_TEAM_NOT_ESSENTIAL: () =>
    'An dieses Team kann niemand ausgeliehen werden: Es hält in einer Krise keine unverzichtbare Präsenz.',
  LOAN_ASKER_NOT_MANAGER: () => 'Nur eine Führungskraft des Teams kann jemanden für das Team anfragen.',
  LOAN_DECISION_FORBIDDEN: () => 'Nur HR oder ein Administrator stimmt einer Ausleihe zu oder lehnt sie ab.',
  LOAN_ALREADY_DECIDED: () => 'Über diese Ausleihe wurde bereits entschieden.',
  LOAN_ALREADY_ACTIVE: () => 'Diese Person ist in dieser Krise bereits angefragt oder ausgeliehen.',
  MONTH_ALREADY_CLOSED: (p) => `Der Monat ${p.month ?? ''} ist bereits abgeschlossen.`,
  MONTH_NOT_OVER: (p) =>
    `Der Monat ${p.month ?? ''} ist noch nicht vorbei; er kann ab ${p.firstDay ?? ''} abgeschlossen werden.`,
  MONTH_IN_FUTURE: (p) =>
    `Der Monat ${p.month ?? ''} hat noch nicht begonnen; er kann nach seinem Ende abgeschlossen werden, ab ${p.firstDay ?? ''}.`,
  INVALID_PAGE: () => 'Diese Ergebnisseite gibt es nicht.',
  AUTH_MISSING_TOKEN: () =>
    'Sie sind nicht angemeldet: melden Sie sich erneut in Teams an und versuchen Sie es noch einmal.',
  AUTH_INVALID_TOKEN: () =>
    'Ihre Anmeldung ist abgelaufen oder ungültig: melden Sie sich erneut an und versuchen Sie es noch einmal.',
  AUTH_KEYS_UNAVAILABLE: () =>
    'Ihre Anmeldung kann gerade nicht geprüft werden; versuchen Sie es in einigen Minuten erneut.',
  AUTH_UNKNOWN_PERSON: (p) =>
    `Ihr Konto steht nicht in der Personaldatei von ${p.employer}; bitten Sie die Personalabteilung, Sie hinzuzufügen.`,
  FORBIDDEN_ROLE: (p) =>
    `Dafür brauchen Sie die Rolle ${p.role ?? 'mit den nötigen Rechten'}; wenden Sie sich bei Bedarf an die Personalabteilung.`,
  FORBIDDEN_TEAM: () =>
    'Das können Sie für dieses Team nicht tun: seine Mitglieder sehen die Woche, nur die Führungskräfte und die Personalabteilung ändern sie.',
  FORBIDDEN_PERSON: () =>
    'Sie können die Aufstellung dieser Person nicht einsehen: nur die Person selbst, ihre Führungskräfte und die Personalabteilung können das.',
  RATE_LIMITED: () => 'Zu viele Anfragen hintereinander; versuchen Sie es gleich noch einmal.',
  NOT_READY: () =>
    'Der Telearbeitsdienst startet oder ist nicht erreichbar; versuchen Sie es in einigen Minuten erneut.',
  REQUEST_INVALID: () => 'Die Anfrage ist nicht lesbar; senden Sie sie erneut aus Teams.',
  REQUEST_TOO_LARGE: () =>
    'Die Nachricht ist zu lang; schreiben Sie eine kürzere, zum Beispiel /telearbeit morgen.',
  UNSUPPORTED_MEDIA_TYPE: () => 'Die Anfrage ist nicht lesbar; senden Sie sie erneut aus Teams.',
  BOT_REPLY_UNDELIVERED: () =>
    'Die Antwort konnte nicht zugestellt werden; senden Sie Ihre Nachricht erneut.',
  BOT_KEYS_UNAVAILABLE: () =>
    'Ihre Nachricht kann gerade nicht geprüft werden; versuchen Sie es in einigen Minuten erneut.',
};
