import { formatList } from './format.js';
import { frErrors } from './fr-errors.js';
import { deName } from './fr-grammar.js';
import type { Messages, PresenceParams, ReasonParams } from './messages.js';

/** Belgian French, "vous": what a CPAS writes to its staff. */

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
}

/** "du lundi 7 et du mardi 8 décembre": French repeats the article before each day. */
function duDays(days: string[]): string {
  return formatList(
    'fr',
    days.map((day) => `du ${day}`),
    'conjunction',
  );
}

/** In French, below 2 is singular: "1,5 jour", "2 jours". */
const plural = (halves: number, one: string, many: string): string => (halves < 4 ? one : many);

function quotaUsed(used: string, limit: string, period: string): string {
  return `${used} déjà pris sur un maximum de ${limit} ${period}`;
}

function quotaReason(name: string, p: ReasonParams): string {
  if (!p.quota) return `Votre quota ${name} de télétravail est atteint.`;
  return `Votre quota ${name} est atteint : ${quotaUsed(p.quota.used, p.quota.limit, p.quota.period)}.`;
}

function presence(p: ReasonParams): string {
  const fig: PresenceParams | undefined = p.permanence;
  if (!fig) return "La permanence de l'équipe passerait sous le minimum de présence sur place.";
  const where = `dans l'équipe ${fig.team} (${fig.half})`;
  const rule = `alors que la permanence en demande au moins ${fig.minimum}`;
  if (fig.onSiteAfter === 0 && fig.functionName)
    return `Il ne resterait plus aucun ${fig.functionName} sur place ${where}, ${rule}.`;
  if (fig.onSiteAfter === 0) return `Il ne resterait plus personne sur place ${where}, ${rule}.`;
  const who = fig.functionName ?? (fig.onSiteAfter > 1 ? 'personnes' : 'personne');
  return `Il resterait ${fig.onSiteAfter} ${who} sur place ${where}, ${rule}.`;
}

export const fr: Messages = {
  parts: { full: 'journée entière', am: 'matin', pm: 'après-midi' },
  kinds: { structural: 'structurel', occasional: 'occasionnel' },
  entryStatus: { accepted: 'acceptée', pending: 'en attente', refused: 'refusée', cancelled: 'annulée' },
  duration,
  days: (amount, halves) => `${amount} ${plural(halves, 'jour', 'jours')}`,
  periodCurrent: { week: 'cette semaine', month: 'ce mois-ci', year: 'cette année' },
  periodOther: {
    week: (monday) => `la semaine du ${monday}`,
    month: (month) => `en ${month}`,
    year: (year) => `en ${year}`,
  },
  quotaLeft: (left, halves, period) => `${left} ${plural(halves, 'restant', 'restants')} ${period}`,
  quotaNoneLeft: (period) => `Plus aucun jour de télétravail possible ${period}`,
  quotaUsed,
  declaration: {
    titleAccepted: 'Télétravail enregistré',
    titlePending: 'Demande de télétravail envoyée',
    titleRefused: 'Télétravail refusé',
    titleMixed: 'Votre demande de télétravail',
    titleAlreadyRegistered: 'Télétravail déjà enregistré',
    titleAlreadyAsked: 'Télétravail déjà demandé',
    alreadyRegistered: 'Déjà enregistré',
    alreadyAsked: 'Déjà demandé',
    alreadyRegisteredReason: 'Ce jour est déjà enregistré en télétravail : rien ne change.',
    alreadyAskedReason: 'Vous avez déjà demandé ce jour et il attend une approbation : rien ne change.',
    summary: (accepted, pending, refused) =>
      [
        accepted > 0 ? `${accepted} ${accepted > 1 ? 'acceptés' : 'accepté'}` : '',
        pending > 0 ? `${pending} en attente` : '',
        refused > 0 ? `${refused} ${refused > 1 ? 'refusés' : 'refusé'}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    accepted: 'Accepté',
    refused: 'Refusé',
    inCalendar: 'dans votre agenda Outlook',
    pendingSync: 'ajout à votre agenda Outlook en cours',
    syncFailed:
      'pas encore dans votre agenda Outlook : Outlook l’a refusé, le service informatique voit pourquoi',
    waitingApproval: (approvers) =>
      approvers
        ? `En attente de validation par ${approvers}`
        : 'En attente de validation par votre responsable',
    value: 'Valeur',
    kind: 'Type',
    quotaTitle: 'Encore possible',
    suggestionsTitle: 'Jours possibles à la place',
    undo: 'Annuler',
    acceptReason: {
      STRUCTURAL_PATTERN: 'Jour prévu dans votre convention de télétravail structurel.',
      WITHIN_POLICY: 'Dans les règles de télétravail de votre employeur.',
      CRISIS_MODE: 'Le plan de continuité est en vigueur : le télétravail est la règle.',
    },
    approvalReason: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Le télétravail occasionnel doit être validé par votre responsable avant le jour même.',
      PERMANENCE_AT_MINIMUM: (p) => `${presence(p)} Votre responsable doit valider.`,
    },
    refusalReason: {
      PAST_DATE: () => "Ce jour est passé : le télétravail se déclare pour aujourd'hui ou un jour à venir.",
      TOO_FAR_AHEAD: (p) =>
        p.bookingHorizonDays
          ? `C'est trop tôt : le télétravail se déclare au plus ${p.bookingHorizonDays} jours à l'avance.`
          : "C'est trop tôt pour déclarer ce jour : réessayez plus près de la date.",
      WEEKEND: () => "C'est un jour de week-end.",
      PUBLIC_HOLIDAY: (p) =>
        p.holidayName ? `C'est un jour férié : ${p.holidayName}.` : "C'est un jour férié.",
      CLOSING_DAY: (p) =>
        p.holidayName
          ? `Votre employeur est fermé ce jour-là : ${p.holidayName}.`
          : 'Votre employeur est fermé ce jour-là.',
      NOT_A_WORKING_DAY: () => 'Vous ne travaillez pas ce jour-là selon votre régime de travail.',
      FUNCTION_EXCLUDED: (p) =>
        `Votre fonction${p.functionName ? ` (${p.functionName})` : ''} ne peut pas être exercée en télétravail.`,
      NO_TELEWORK_ARRANGEMENT: () =>
        "Vous n'avez pas de convention de télétravail. Parlez-en à votre responsable ou au service du personnel.",
      OCCASIONAL_TOO_LATE: () =>
        'Le télétravail occasionnel doit être validé avant le jour même : demandez-le au plus tard la veille.',
      WEEKLY_QUOTA_EXCEEDED: (p) => quotaReason('hebdomadaire', p),
      MONTHLY_QUOTA_EXCEEDED: (p) => quotaReason('mensuel', p),
      YEARLY_QUOTA_EXCEEDED: (p) => quotaReason('annuel', p),
      PERMANENCE_AT_MINIMUM: presence,
      ON_PERMANENCE_DUTY: (p) => `Vous êtes de permanence ce jour-là${p.half ? ` (${p.half})` : ''}.`,
      ALREADY_DECLARED: () => 'Ce jour est déjà déclaré en télétravail.',
    },
  },
  approval: {
    title: (requester) => `Demande de télétravail ${deName(requester)}`,
    intro: (requester) => `${requester} demande à télétravailler :`,
    why: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Télétravail occasionnel (hors des jours de la convention) : à valider avant le jour même.',
      PERMANENCE_AT_MINIMUM: presence,
    },
    presence: 'Présence sur place',
    quota: 'Quota',
    othersOnSite: 'Encore sur place',
    nobodyElse: 'personne',
    presenceLine: (p) =>
      `${p.team}, ${p.half} : ${p.onSiteAfter} sur place après (minimum ${p.minimum}${p.functionName ? ` ${p.functionName}` : ''})`,
    approve: 'Approuver',
    reject: 'Refuser',
    waiting: 'En attente de décision',
    approvedBy: (name, at) => `Approuvé par ${name} le ${at}`,
    rejectedBy: (name, at) => `Refusé par ${name} le ${at}`,
    cancelled: 'Demande annulée',
  },
  notice: {
    approvedTitle: 'Télétravail approuvé',
    rejectedTitle: 'Télétravail refusé',
    approved: (days, by) => `Votre télétravail ${duDays(days)} a été approuvé par ${by}.`,
    rejected: (days, by) => `Votre télétravail ${duDays(days)} a été refusé par ${by}.`,
    note: (note) => `Message : « ${note} »`,
    cancelledTitle: 'Télétravail annulé',
    cancelled: (days) => `Votre télétravail ${duDays(days)} est annulé.`,
    removedFromCalendar: 'Retiré de votre agenda Outlook.',
    removalPending: 'Il sera retiré de votre agenda Outlook dans quelques instants.',
    dutyAssignedTitle: 'Permanence',
    dutyRemovedTitle: 'Permanence retirée',
    dutyAssigned: (days, team, by) =>
      `${by} vous a mis de permanence pour ${team} le ${formatList('fr', days, 'conjunction')} : vous êtes sur site.`,
    dutyRemoved: (days, team, by) =>
      `${by} a retiré votre permanence pour ${team} le ${formatList('fr', days, 'conjunction')}.`,
    dutyInCalendars: 'Votre agenda Outlook et le calendrier de permanence de l’équipe l’affichent.',
  },
  week: {
    title: (range) => `Semaine du ${range}`,
    thisWeek: (range) => `Ma semaine (${range})`,
    nextWeek: (range) => `Semaine prochaine (${range})`,
    telework: (part) => `Télétravail (${part})`,
    pending: (part) => `Télétravail (${part}), en attente de validation`,
    onSite: 'Sur place',
    holiday: (name) => (name ? `Jour férié : ${name}` : 'Jour férié'),
    closingDay: (name) => (name ? `Fermeture : ${name}` : 'Jour de fermeture'),
    dayOff: 'Jour non presté',
    onDuty: (half) => `De permanence (${half})`,
  },
  help: {
    title: 'Télétravail : aide',
    intro: 'Écrivez-moi dans Teams, par exemple :',
    notUnderstood: (fragment) => `Je n'ai pas compris : « ${fragment} »`,
    problem: {
      EMPTY: () =>
        'Votre message ne contient aucun mot que je sache lire. Écrivez par exemple « /télétravail demain ».',
      TOO_LONG: (p) =>
        `Votre message est trop long pour moi (plus de ${p.maxLength} caractères). Écrivez seulement la commande, par exemple « /télétravail vendredi ».`,
      UNKNOWN_COMMAND: (p) =>
        `${p.fragment ? `Je n'ai pas compris « ${p.fragment} ».` : "Je n'ai pas compris votre message."} Écrivez par exemple « /télétravail vendredi » ou « /télétravail annuler vendredi ».`,
      NO_DATE: () =>
        'Quel jour ? Indiquez-le, par exemple « /télétravail annuler vendredi » ou « /télétravail 4 décembre ».',
      UNREADABLE_DATE: (p) =>
        `${p.fragment ? `Je ne sais pas lire « ${p.fragment} » comme un jour.` : 'Je ne sais pas lire ce jour.'} Écrivez par exemple « /télétravail 4 décembre », « /télétravail vendredi matin » ou « /télétravail du lundi au mercredi ».`,
      IMPOSSIBLE_DATE: (p) =>
        `${p.fragment ? `« ${p.fragment} » n'est pas une date possible` : "Ce n'est pas une date possible"} : ce jour n'existe pas, le jour de la semaine ne correspond pas, ou la période finit avant de commencer. Écrivez par exemple « /télétravail 27 novembre » ou « /télétravail du 7 au 9 décembre ».`,
    },
    commands: [
      { example: '/télétravail demain', meaning: 'télétravailler demain' },
      { example: '/télétravail vendredi matin', meaning: 'une demi-journée : matin ou après-midi' },
      { example: '/télétravail du 7 au 9 décembre', meaning: 'plusieurs jours de suite' },
      { example: '/télétravail annuler vendredi', meaning: 'annuler un jour de télétravail' },
      { example: '/télétravail semaine', meaning: 'votre semaine et le quota restant' },
      { example: '/télétravail semaine prochaine', meaning: 'la semaine prochaine' },
      { example: '/permanence', meaning: 'vos permanences de la semaine' },
    ],
    footer:
      'Votre employeur fixe les règles (quotas, permanence) ; je vous dis tout de suite ce qui est possible.',
  },
  error: { title: 'Impossible de traiter votre demande', code: (code) => `Code : ${code}` },
  errors: frErrors,
};
