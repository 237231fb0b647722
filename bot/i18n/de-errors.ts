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
  NOT_AN_APPROVER: () =>
    'Sie können über diesen Antrag nicht entscheiden: nur die Führungskräfte der Person und die Personalabteilung können das.',
  CRISIS_OVERLAPS: (p) =>
    `Eine Krise ab ${p.from ?? ''} würde sich mit der ab ${p.otherFrom ?? ''} überschneiden; beenden Sie zuerst diese.`,
  CRISIS_ENDS_BEFORE_START: (p) =>
    `Die Krise kann nicht am ${p.to ?? ''} enden: Sie hat am ${p.from ?? ''} begonnen.`,
  NO_CRISIS_UNDER_WAY: () => 'Es läuft keine Krise, also gibt es nichts zu beenden.',
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
    'Sie können dieses Team nicht einsehen: nur seine Führungskräfte und die Personalabteilung können das.',
  FORBIDDEN_PERSON: () =>
    'Sie können die Aufstellung dieser Person nicht einsehen: nur die Person selbst, ihre Führungskräfte und die Personalabteilung können das.',
  RATE_LIMITED: () => 'Zu viele Anfragen hintereinander; versuchen Sie es gleich noch einmal.',
  NOT_READY: () =>
    'Der Telearbeitsdienst startet oder ist nicht erreichbar; versuchen Sie es in einigen Minuten erneut.',
};
