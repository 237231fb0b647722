import { formatList } from './format.js';
import type { Messages, PresenceParams, ReasonParams } from './messages.js';
import { nlErrors } from './nl-errors.js';

/** Belgian Dutch, "je" as Flemish local government writes today: thuiswerk, voormiddag, permanentie. */

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h}u` : `${h}u${String(m).padStart(2, '0')}`;
}

function quotaUsed(used: string, limit: string, period: string): string {
  return `${used} al opgenomen van maximaal ${limit} ${period}`;
}

function quotaReason(name: string, p: ReasonParams): string {
  if (!p.quota) return `Je ${name} is bereikt.`;
  return `Je ${name} is bereikt: ${quotaUsed(p.quota.used, p.quota.limit, p.quota.period)}.`;
}

function presence(p: ReasonParams): string {
  const fig: PresenceParams | undefined = p.permanence;
  if (!fig) return 'De permanentie van het team zou onder het minimum ter plaatse zakken.';
  const where = `in ${fig.team} (${fig.half})`;
  const rule = `terwijl de permanentie er minstens ${fig.minimum} vraagt`;
  if (fig.onSiteAfter === 0 && fig.functionName)
    return `Er zou geen ${fig.functionName} meer ter plaatse zijn ${where}, ${rule}.`;
  if (fig.onSiteAfter === 0) return `Er zou niemand meer ter plaatse zijn ${where}, ${rule}.`;
  const who = fig.functionName ?? (fig.onSiteAfter > 1 ? 'personen' : 'persoon');
  const verb = fig.onSiteAfter > 1 ? 'zouden' : 'zou';
  return `Er ${verb} nog maar ${fig.onSiteAfter} ${who} ter plaatse zijn ${where}, ${rule}.`;
}

export const nl: Messages = {
  parts: { full: 'volledige dag', am: 'voormiddag', pm: 'namiddag' },
  kinds: { structural: 'structureel', occasional: 'occasioneel' },
  entryStatus: {
    accepted: 'goedgekeurd',
    pending: 'in afwachting',
    refused: 'geweigerd',
    cancelled: 'geannuleerd',
  },
  duration,
  // "1,5 dag" takes the singular in Dutch, as "anderhalve dag" does.
  days: (amount, halves) => `${amount} ${halves < 4 ? 'dag' : 'dagen'}`,
  periodCurrent: { week: 'deze week', month: 'deze maand', year: 'dit jaar' },
  periodOther: {
    week: (monday) => `in de week van ${monday}`,
    month: (month) => `in ${month}`,
    year: (year) => `in ${year}`,
  },
  quotaLeft: (left, _halves, period) => `Nog ${left} over ${period}`,
  quotaNoneLeft: (period) => `Geen thuiswerk meer mogelijk ${period}`,
  quotaUsed,
  declaration: {
    titleAccepted: 'Thuiswerk geregistreerd',
    titlePending: 'Thuiswerkaanvraag verstuurd',
    titleRefused: 'Thuiswerk geweigerd',
    titleMixed: 'Je thuiswerkaanvraag',
    titleAlreadyRegistered: 'Thuiswerk al geregistreerd',
    titleAlreadyAsked: 'Thuiswerk al aangevraagd',
    alreadyRegistered: 'Al geregistreerd',
    alreadyAsked: 'Al aangevraagd',
    alreadyRegisteredReason: 'Die dag staat al als thuiswerkdag geregistreerd: er verandert niets.',
    alreadyAskedReason: 'Je hebt die dag al aangevraagd en hij wacht op goedkeuring: er verandert niets.',
    summary: (accepted, pending, refused) =>
      [
        accepted > 0 ? `${accepted} goedgekeurd` : '',
        pending > 0 ? `${pending} in afwachting` : '',
        refused > 0 ? `${refused} geweigerd` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    accepted: 'Goedgekeurd',
    refused: 'Geweigerd',
    inCalendar: 'in je Outlook-agenda',
    pendingSync: 'wordt aan je Outlook-agenda toegevoegd',
    syncFailed: 'nog niet in je Outlook-agenda: Outlook weigerde het, de IT-dienst ziet waarom',
    waitingApproval: (approvers) =>
      approvers ? `Wacht op goedkeuring door ${approvers}` : 'Wacht op goedkeuring door je leidinggevende',
    value: 'Waarde',
    kind: 'Soort',
    quotaTitle: 'Nog mogelijk',
    suggestionsTitle: 'Wel mogelijk',
    undo: 'Ongedaan maken',
    acceptReason: {
      STRUCTURAL_PATTERN: 'Vaste thuiswerkdag volgens je telewerkovereenkomst.',
      WITHIN_POLICY: 'Binnen de thuiswerkregels van je werkgever.',
      CRISIS_MODE: 'Het continuïteitsplan is van kracht: thuiswerk is de regel.',
    },
    approvalReason: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Occasioneel thuiswerk moet vooraf goedgekeurd worden door je leidinggevende.',
      PERMANENCE_AT_MINIMUM: (p) => `${presence(p)} Je leidinggevende moet dit goedkeuren.`,
    },
    refusalReason: {
      PAST_DATE: () => 'Die dag is al voorbij: thuiswerk geef je op voor vandaag of later.',
      TOO_FAR_AHEAD: (p) =>
        p.bookingHorizonDays
          ? `Dat is te ver vooruit: je kunt thuiswerk maximaal ${p.bookingHorizonDays} dagen vooraf opgeven.`
          : 'Dat is te ver vooruit: probeer het dichter bij de datum opnieuw.',
      WEEKEND: () => 'Dat is een weekenddag.',
      PUBLIC_HOLIDAY: (p) =>
        p.holidayName ? `Dat is een feestdag: ${p.holidayName}.` : 'Dat is een feestdag.',
      CLOSING_DAY: (p) =>
        p.holidayName
          ? `Je werkgever is die dag gesloten: ${p.holidayName}.`
          : 'Je werkgever is die dag gesloten.',
      NOT_A_WORKING_DAY: () => 'Volgens je werkregime werk je die dag niet.',
      FUNCTION_EXCLUDED: (p) =>
        `Je functie${p.functionName ? ` (${p.functionName})` : ''} kan niet van thuis uit worden uitgeoefend.`,
      NO_TELEWORK_ARRANGEMENT: () =>
        'Je hebt geen telewerkovereenkomst. Bespreek het met je leidinggevende of de personeelsdienst.',
      OCCASIONAL_TOO_LATE: () =>
        'Occasioneel thuiswerk moet vóór de dag zelf goedgekeurd zijn: vraag het ten laatste de dag ervoor aan.',
      WEEKLY_QUOTA_EXCEEDED: (p) => quotaReason('weekquotum', p),
      MONTHLY_QUOTA_EXCEEDED: (p) => quotaReason('maandquotum', p),
      YEARLY_QUOTA_EXCEEDED: (p) => quotaReason('jaarquotum', p),
      PERMANENCE_AT_MINIMUM: presence,
      ON_PERMANENCE_DUTY: (p) => `Je hebt die dag permanentie${p.half ? ` (${p.half})` : ''}.`,
      ALREADY_DECLARED: () => 'Die dag staat al als thuiswerkdag geregistreerd.',
    },
  },
  approval: {
    title: (requester) => `Thuiswerkaanvraag van ${requester}`,
    intro: (requester) => `${requester} vraagt om thuis te werken:`,
    why: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Occasioneel thuiswerk (buiten de vaste thuiswerkdagen): moet vóór de dag zelf goedgekeurd worden.',
      PERMANENCE_AT_MINIMUM: presence,
    },
    presence: 'Aanwezigheid ter plaatse',
    quota: 'Quotum',
    othersOnSite: 'Nog ter plaatse',
    nobodyElse: 'niemand',
    presenceLine: (p) =>
      `${p.team}, ${p.half}: nog ${p.onSiteAfter} ter plaatse (minimum ${p.minimum}${p.functionName ? ` ${p.functionName}` : ''})`,
    approve: 'Goedkeuren',
    reject: 'Weigeren',
    waiting: 'Wacht op een beslissing',
    approvedBy: (name, at) => `Goedgekeurd door ${name} op ${at}`,
    rejectedBy: (name, at) => `Geweigerd door ${name} op ${at}`,
    cancelled: 'Aanvraag geannuleerd',
  },
  notice: {
    approvedTitle: 'Thuiswerk goedgekeurd',
    rejectedTitle: 'Thuiswerk geweigerd',
    approved: (days, by) =>
      `Je thuiswerk op ${formatList('nl', days, 'conjunction')} is goedgekeurd door ${by}.`,
    rejected: (days, by) =>
      `Je thuiswerk op ${formatList('nl', days, 'conjunction')} is geweigerd door ${by}.`,
    note: (note) => `Bericht: “${note}”`,
    cancelledTitle: 'Thuiswerk geannuleerd',
    cancelled: (days) => `Je thuiswerk op ${formatList('nl', days, 'conjunction')} is geannuleerd.`,
    removedFromCalendar: 'Verwijderd uit je Outlook-agenda.',
    removalPending: 'Het wordt zo dadelijk uit je Outlook-agenda verwijderd.',
    dutyAssignedTitle: 'Permanentie',
    dutyRemovedTitle: 'Permanentie geschrapt',
    dutyAssigned: (days, team, by) =>
      `${by} heeft je permanentie gegeven voor ${team} op ${formatList('nl', days, 'conjunction')}: je bent ter plaatse.`,
    dutyRemoved: (days, team, by) =>
      `${by} heeft je permanentie voor ${team} op ${formatList('nl', days, 'conjunction')} geschrapt.`,
    dutyInCalendars: 'Je Outlook-agenda en de permanentiekalender van het team tonen ze.',
  },
  week: {
    title: (range) => `Week van ${range}`,
    thisWeek: (range) => `Mijn week (${range})`,
    nextWeek: (range) => `Volgende week (${range})`,
    telework: (part) => `Thuiswerk (${part})`,
    pending: (part) => `Thuiswerk (${part}), wacht op goedkeuring`,
    onSite: 'Ter plaatse',
    holiday: (name) => (name ? `Feestdag: ${name}` : 'Feestdag'),
    closingDay: (name) => (name ? `Sluitingsdag: ${name}` : 'Sluitingsdag'),
    dayOff: 'Geen werkdag',
    onDuty: (half) => `Permanentie (${half})`,
  },
  help: {
    title: 'Thuiswerk: hulp',
    intro: 'Schrijf me in Teams, bijvoorbeeld:',
    notUnderstood: (fragment) => `Dit heb ik niet begrepen: “${fragment}”`,
    problem: {
      EMPTY: () =>
        'In je bericht staat geen woord dat ik kan lezen. Schrijf bijvoorbeeld “/thuiswerk morgen”.',
      TOO_LONG: (p) =>
        `Je bericht is te lang voor mij (meer dan ${p.maxLength} tekens). Schrijf alleen de opdracht, bijvoorbeeld “/thuiswerk vrijdag”.`,
      UNKNOWN_COMMAND: (p) =>
        `${p.fragment ? `Dit heb ik niet begrepen: “${p.fragment}”.` : 'Dit heb ik niet begrepen.'} Schrijf bijvoorbeeld “/thuiswerk vrijdag” of “/thuiswerk annuleren vrijdag”.`,
      NO_DATE: () =>
        'Welke dag? Noem hem, bijvoorbeeld “/thuiswerk annuleren vrijdag” of “/thuiswerk 4 december”.',
      UNREADABLE_DATE: (p) =>
        `${p.fragment ? `“${p.fragment}” kan ik niet als dag lezen.` : 'Die dag kan ik niet lezen.'} Schrijf bijvoorbeeld “/thuiswerk 4 december”, “/thuiswerk vrijdagvoormiddag” of “/thuiswerk van maandag tot woensdag”.`,
      IMPOSSIBLE_DATE: (p) =>
        `${p.fragment ? `“${p.fragment}” is geen mogelijke datum` : 'Dat is geen mogelijke datum'}: die dag bestaat niet, de weekdag klopt niet, of de periode eindigt voor ze begint. Schrijf bijvoorbeeld “/thuiswerk 27 november” of “/thuiswerk van 7 tot 9 december”.`,
    },
    commands: [
      { example: '/thuiswerk morgen', meaning: 'morgen thuiswerken' },
      { example: '/thuiswerk vrijdagvoormiddag', meaning: 'een halve dag: voormiddag of namiddag' },
      { example: '/thuiswerk van 7 tot 9 december', meaning: 'meerdere dagen na elkaar' },
      { example: '/thuiswerk annuleren vrijdag', meaning: 'een thuiswerkdag annuleren' },
      { example: '/thuiswerk week', meaning: 'je week en je resterende quotum' },
      { example: '/thuiswerk volgende week', meaning: 'de volgende week' },
      { example: '/permanentie', meaning: 'je permanenties van deze week' },
    ],
    footer: 'Je werkgever bepaalt de regels (quotum, permanentie); ik zeg je meteen wat kan.',
  },
  error: { title: 'Je aanvraag kon niet verwerkt worden', code: (code) => `Code: ${code}` },
  errors: nlErrors,
};
