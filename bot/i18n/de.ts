import { deErrors } from './de-errors.js';
import { formatList } from './format.js';
import type { Messages, PresenceParams, ReasonParams } from './messages.js';

/**
 * Belgian German (Ostbelgien), "Sie": Telearbeit as the official term, and "Permanenz", the
 * Belgian word the ÖSHZ (CPAS) use for the minimum presence on site.
 */

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} Min.`;
  return m === 0 ? `${h} Std.` : `${h} Std. ${m} Min.`;
}

/** Written without a preposition before the amounts, so that no dative ("2 Tagen") is needed. */
function quotaUsed(used: string, limit: string, period: string): string {
  return `Bereits genommen ${period}: ${used} (höchstens ${limit})`;
}

function quotaReason(name: string, p: ReasonParams): string {
  if (!p.quota) return `Ihr ${name} für Telearbeit ist ausgeschöpft.`;
  return `Ihr ${name} ist ausgeschöpft. ${quotaUsed(p.quota.used, p.quota.limit, p.quota.period)}.`;
}

function presence(p: ReasonParams): string {
  const fig: PresenceParams | undefined = p.permanence;
  if (!fig) return 'Die Permanenz des Teams fiele unter die Mindestbesetzung vor Ort.';
  const where = `im Team ${fig.team} (${fig.half})`;
  const rule = `die Permanenz verlangt mindestens ${fig.minimum}`;
  if (fig.onSiteAfter === 0 && fig.functionName)
    return `Es wäre niemand mit der Funktion ${fig.functionName} mehr vor Ort ${where}; ${rule}.`;
  if (fig.onSiteAfter === 0) return `Es wäre niemand mehr vor Ort ${where}; ${rule}.`;
  const who = fig.functionName ?? (fig.onSiteAfter > 1 ? 'Personen' : 'Person');
  const verb = fig.onSiteAfter > 1 ? 'wären' : 'wäre';
  return `Es ${verb} nur noch ${fig.onSiteAfter} ${who} vor Ort ${where}; ${rule}.`;
}

export const de: Messages = {
  parts: { full: 'ganzer Tag', am: 'Vormittag', pm: 'Nachmittag' },
  kinds: { structural: 'strukturell', occasional: 'gelegentlich' },
  entryStatus: { accepted: 'genehmigt', pending: 'ausstehend', refused: 'abgelehnt', cancelled: 'storniert' },
  duration,
  days: (amount, halves) => `${amount} ${halves === 2 ? 'Tag' : 'Tage'}`,
  periodCurrent: { week: 'diese Woche', month: 'diesen Monat', year: 'dieses Jahr' },
  periodOther: {
    week: (monday) => `in der Woche vom ${monday}`,
    month: (month) => `im ${month}`,
    year: (year) => `im Jahr ${year}`,
  },
  quotaLeft: (left, _halves, period) => `Noch ${left} ${period}`,
  quotaNoneLeft: (period) => `Keine Telearbeit mehr möglich ${period}`,
  quotaUsed,
  declaration: {
    titleAccepted: 'Telearbeit eingetragen',
    titlePending: 'Antrag auf Telearbeit gesendet',
    titleRefused: 'Telearbeit abgelehnt',
    titleMixed: 'Ihr Antrag auf Telearbeit',
    titleAlreadyRegistered: 'Telearbeit bereits eingetragen',
    titleAlreadyAsked: 'Telearbeit bereits beantragt',
    alreadyRegistered: 'Bereits eingetragen',
    alreadyAsked: 'Bereits beantragt',
    alreadyRegisteredReason: 'Dieser Tag ist bereits als Telearbeit eingetragen: Es ändert sich nichts.',
    alreadyAskedReason:
      'Sie haben diesen Tag bereits beantragt, er wartet auf Genehmigung: Es ändert sich nichts.',
    summary: (accepted, pending, refused) =>
      [
        accepted > 0 ? `${accepted} genehmigt` : '',
        pending > 0 ? `${pending} ausstehend` : '',
        refused > 0 ? `${refused} abgelehnt` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    accepted: 'Genehmigt',
    refused: 'Abgelehnt',
    inCalendar: 'in Ihrem Outlook-Kalender',
    pendingSync: 'wird in Ihren Outlook-Kalender eingetragen',
    syncFailed:
      'noch nicht in Ihrem Outlook-Kalender: Outlook hat es abgelehnt, die IT-Abteilung sieht den Grund',
    waitingApproval: (approvers) =>
      approvers
        ? `Wartet auf Genehmigung durch ${approvers}`
        : 'Wartet auf Genehmigung durch Ihre Führungskraft',
    value: 'Wert',
    kind: 'Art',
    quotaTitle: 'Noch möglich',
    suggestionsTitle: 'Stattdessen möglich',
    undo: 'Rückgängig machen',
    acceptReason: {
      STRUCTURAL_PATTERN: 'Fester Telearbeitstag laut Ihrer Telearbeitsvereinbarung.',
      WITHIN_POLICY: 'Im Rahmen der Telearbeitsregeln Ihres Arbeitgebers.',
      CRISIS_MODE: 'Der Kontinuitätsplan ist in Kraft: Telearbeit ist die Regel.',
    },
    approvalReason: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Gelegentliche Telearbeit muss vorab von Ihrer Führungskraft genehmigt werden.',
      PERMANENCE_AT_MINIMUM: (p) => `${presence(p)} Ihre Führungskraft muss zustimmen.`,
    },
    refusalReason: {
      PAST_DATE: () => 'Dieser Tag ist vorbei: Telearbeit wird für heute oder später eingetragen.',
      TOO_FAR_AHEAD: (p) =>
        p.bookingHorizonDays
          ? `Das ist zu weit im Voraus: Telearbeit kann höchstens ${p.bookingHorizonDays} Tage im Voraus eingetragen werden.`
          : 'Das ist zu weit im Voraus: versuchen Sie es näher am Datum erneut.',
      WEEKEND: () => 'Das ist ein Wochenendtag.',
      PUBLIC_HOLIDAY: (p) =>
        p.holidayName ? `Das ist ein Feiertag: ${p.holidayName}.` : 'Das ist ein Feiertag.',
      CLOSING_DAY: (p) =>
        p.holidayName
          ? `Ihr Arbeitgeber ist an diesem Tag geschlossen: ${p.holidayName}.`
          : 'Ihr Arbeitgeber ist an diesem Tag geschlossen.',
      NOT_A_WORKING_DAY: () => 'Laut Ihrer Arbeitsregelung arbeiten Sie an diesem Tag nicht.',
      FUNCTION_EXCLUDED: (p) =>
        `Ihre Funktion${p.functionName ? ` (${p.functionName})` : ''} kann nicht in Telearbeit ausgeübt werden.`,
      NO_TELEWORK_ARRANGEMENT: () =>
        'Sie haben keine Telearbeitsvereinbarung. Sprechen Sie mit Ihrer Führungskraft oder der Personalabteilung.',
      OCCASIONAL_TOO_LATE: () =>
        'Gelegentliche Telearbeit muss vor dem Tag genehmigt werden: beantragen Sie sie spätestens am Vortag.',
      WEEKLY_QUOTA_EXCEEDED: (p) => quotaReason('Wochenkontingent', p),
      MONTHLY_QUOTA_EXCEEDED: (p) => quotaReason('Monatskontingent', p),
      YEARLY_QUOTA_EXCEEDED: (p) => quotaReason('Jahreskontingent', p),
      PERMANENCE_AT_MINIMUM: presence,
      ON_PERMANENCE_DUTY: (p) => `Sie haben an diesem Tag Permanenz${p.half ? ` (${p.half})` : ''}.`,
      ALREADY_DECLARED: () => 'Dieser Tag ist bereits als Telearbeit eingetragen.',
    },
  },
  approval: {
    title: (requester) => `Antrag auf Telearbeit von ${requester}`,
    intro: (requester) => `${requester} beantragt Telearbeit:`,
    why: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Gelegentliche Telearbeit (außerhalb der festen Telearbeitstage): vor dem Tag zu genehmigen.',
      PERMANENCE_AT_MINIMUM: presence,
    },
    presence: 'Anwesenheit vor Ort',
    quota: 'Kontingent',
    othersOnSite: 'Noch vor Ort',
    nobodyElse: 'niemand',
    presenceLine: (p) =>
      `${p.team}, ${p.half}: noch ${p.onSiteAfter} vor Ort (Minimum ${p.minimum}${p.functionName ? ` ${p.functionName}` : ''})`,
    approve: 'Genehmigen',
    reject: 'Ablehnen',
    waiting: 'Wartet auf eine Entscheidung',
    approvedBy: (name, at) => `Genehmigt von ${name} am ${at}`,
    rejectedBy: (name, at) => `Abgelehnt von ${name} am ${at}`,
    cancelled: 'Antrag storniert',
  },
  notice: {
    approvedTitle: 'Telearbeit genehmigt',
    rejectedTitle: 'Telearbeit abgelehnt',
    approved: (days, by) =>
      `Ihre Telearbeit am ${formatList('de', days, 'conjunction')} wurde von ${by} genehmigt.`,
    rejected: (days, by) =>
      `Ihre Telearbeit am ${formatList('de', days, 'conjunction')} wurde von ${by} abgelehnt.`,
    note: (note) => `Anmerkung: „${note}“`,
    cancelledTitle: 'Telearbeit storniert',
    cancelled: (days) => `Ihre Telearbeit am ${formatList('de', days, 'conjunction')} ist storniert.`,
    removedFromCalendar: 'Aus Ihrem Outlook-Kalender entfernt.',
    removalPending: 'Sie wird gleich aus Ihrem Outlook-Kalender entfernt.',
    dutyAssignedTitle: 'Präsenzdienst',
    dutyRemovedTitle: 'Präsenzdienst gestrichen',
    dutyAssigned: (days, team, by) =>
      `${by} hat Sie für ${team} am ${formatList('de', days, 'conjunction')} zum Präsenzdienst eingeteilt: Sie sind vor Ort.`,
    dutyRemoved: (days, team, by) =>
      `${by} hat Ihren Präsenzdienst für ${team} am ${formatList('de', days, 'conjunction')} gestrichen.`,
    dutyInCalendars: 'Ihr Outlook-Kalender und der Präsenzkalender des Teams zeigen ihn.',
  },
  week: {
    title: (range) => `Woche vom ${range}`,
    thisWeek: (range) => `Meine Woche (${range})`,
    nextWeek: (range) => `Nächste Woche (${range})`,
    telework: (part) => `Telearbeit (${part})`,
    pending: (part) => `Telearbeit (${part}), wartet auf Genehmigung`,
    onSite: 'Vor Ort',
    holiday: (name) => (name ? `Feiertag: ${name}` : 'Feiertag'),
    closingDay: (name) => (name ? `Geschlossen: ${name}` : 'Schließungstag'),
    dayOff: 'Kein Arbeitstag',
    onDuty: (half) => `Permanenz (${half})`,
  },
  help: {
    title: 'Telearbeit: Hilfe',
    intro: 'Schreiben Sie mir in Teams, zum Beispiel:',
    notUnderstood: (fragment) => `Das habe ich nicht verstanden: „${fragment}“`,
    problem: {
      EMPTY: () =>
        'In Ihrer Nachricht steht kein Wort, das ich lesen kann. Schreiben Sie zum Beispiel „/homeoffice morgen“.',
      TOO_LONG: (p) =>
        `Ihre Nachricht ist zu lang für mich (mehr als ${p.maxLength} Zeichen). Schreiben Sie nur den Befehl, zum Beispiel „/homeoffice Freitag“.`,
      UNKNOWN_COMMAND: (p) =>
        `${p.fragment ? `Das habe ich nicht verstanden: „${p.fragment}“.` : 'Das habe ich nicht verstanden.'} Schreiben Sie zum Beispiel „/homeoffice Freitag“ oder „/homeoffice stornieren Freitag“.`,
      NO_DATE: () =>
        'Welcher Tag? Nennen Sie ihn, zum Beispiel „/homeoffice stornieren Freitag“ oder „/homeoffice 4. Dezember“.',
      UNREADABLE_DATE: (p) =>
        `${p.fragment ? `„${p.fragment}“ kann ich nicht als Tag lesen.` : 'Diesen Tag kann ich nicht lesen.'} Schreiben Sie zum Beispiel „/homeoffice 4. Dezember“, „/homeoffice Freitagvormittag“ oder „/homeoffice von Montag bis Mittwoch“.`,
      IMPOSSIBLE_DATE: (p) =>
        `${p.fragment ? `„${p.fragment}“ ist kein mögliches Datum` : 'Das ist kein mögliches Datum'}: Diesen Tag gibt es nicht, der Wochentag passt nicht, oder der Zeitraum endet, bevor er beginnt. Schreiben Sie zum Beispiel „/homeoffice 27. November“ oder „/homeoffice vom 7. bis 9. Dezember“.`,
    },
    commands: [
      { example: '/homeoffice morgen', meaning: 'morgen in Telearbeit' },
      { example: '/homeoffice Freitagvormittag', meaning: 'ein halber Tag: Vormittag oder Nachmittag' },
      { example: '/homeoffice vom 7. bis 9. Dezember', meaning: 'mehrere Tage hintereinander' },
      { example: '/homeoffice stornieren Freitag', meaning: 'einen Telearbeitstag stornieren' },
      { example: '/homeoffice Woche', meaning: 'Ihre Woche und Ihr restliches Kontingent' },
      { example: '/homeoffice nächste Woche', meaning: 'die nächste Woche' },
      { example: '/Präsenzdienst', meaning: 'Ihre Präsenzdienste dieser Woche' },
    ],
    footer:
      'Ihr Arbeitgeber legt die Regeln fest (Kontingent, Permanenz); ich sage Ihnen sofort, was möglich ist.',
  },
  error: { title: 'Ihre Anfrage konnte nicht bearbeitet werden', code: (code) => `Code: ${code}` },
  errors: deErrors,
};
