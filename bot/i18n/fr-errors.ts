import { deName } from './fr-grammar.js';
import type { Messages } from './messages.js';

/**
 * The error catalogue in French. Written for the person in Teams: what happened and what to do,
 * never an internal id (params with ids are left out; names, dates and the typed value are kept).
 */
export const frErrors: Messages['errors'] = {
  ORG_FILE_UNREADABLE: () =>
    "Le service de télétravail est mal configuré (fichier de l'organisation illisible). Prévenez le service informatique.",
  ORG_FILE_INVALID: () =>
    "Le service de télétravail est mal configuré (fichier de l'organisation invalide). Prévenez le service informatique.",
  CONFIG_INVALID: () => 'Le service de télétravail est mal configuré. Prévenez le service informatique.',
  LOCAL_ONLY: () => 'Cette connexion de test ne fonctionne que sur le poste de développement.',
  UNKNOWN_UPN: (p) =>
    `Votre compte ${p.upn ?? ''} n'est pas dans le fichier du personnel ${deName(p.employer)} ; demandez au service du personnel de vous ajouter.`,
  UNKNOWN_PERSON: (p) =>
    `Vous n'êtes pas dans le fichier du personnel ${deName(p.employer)} ; demandez au service du personnel de vous ajouter.`,
  UNKNOWN_TEAM: () => "Cette équipe n'existe pas dans le fichier de l'organisation.",
  UNKNOWN_ENTRY: () => 'Cette demande de télétravail est introuvable.',
  INVALID_DATE: (p) =>
    `« ${p.value ?? ''} » n'est pas une date valide. Écrivez par exemple « vendredi », « demain » ou « 27 novembre ».`,
  INVALID_MONTH: (p) =>
    `« ${p.value ?? ''} » n'est pas un mois valide. Écrivez par exemple « novembre 2026 ».`,
  INVALID_PERIOD: (p) =>
    `Du ${p.from ?? ''} au ${p.to ?? ''} n'est pas une période planifiable : elle ne peut pas finir avant son début et dure au plus ${p.maxDays ?? 93} jours.`,
  DATE_OUT_OF_RANGE: (p) =>
    `« ${p.value ?? ''} » est trop loin : le télétravail se déclare pour des dates du ${p.from ?? ''} au ${p.to ?? ''}. Écrivez par exemple « vendredi » ou « 27 novembre ».`,
  MONTH_OUT_OF_RANGE: (p) =>
    `« ${p.value ?? ''} » est trop loin : les mois vont de ${p.from ?? ''} à ${p.to ?? ''}. Écrivez par exemple « novembre 2026 ».`,
  INVALID_REGIME: () =>
    'Votre régime de travail est mal encodé dans le fichier du personnel ; prévenez le service du personnel.',
  INVALID_DAY_PART: (p) =>
    `« ${p.value ?? ''} » n'est pas une partie de journée : écrivez « matin », « après-midi » ou rien pour la journée entière.`,
  EMPTY_REQUEST: () => 'Votre demande ne contient aucun jour. Par exemple : /télétravail demain',
  ENTRY_NOT_PENDING: (p) =>
    `Cette demande est déjà ${p.status ?? 'traitée'} : seule une demande en attente peut être approuvée ou refusée.`,
  NO_STRUCTURAL_PATTERN: () =>
    'Vous n’avez pas de jours de télétravail structurel convenus : indiquez les jours, par exemple /télétravail lundi et jeudi.',
  NOTHING_TO_CANCEL: (p) => `Vous n’avez pas de télétravail à annuler ${p.days ?? 'ce jour-là'}.`,
  ENTRY_ALREADY_CANCELLED: () => 'Ce télétravail est déjà annulé.',
  ENTRY_NOT_ACTIVE: (p) =>
    `Ce télétravail est ${p.status ?? 'clôturé'} : seul un télétravail accepté ou en attente peut être annulé.`,
  UNKNOWN_DUTY: () => 'Cette permanence est introuvable.',
  UNKNOWN_PARKED_CHANGE: () => "Cette modification d'agenda n'est pas en attente d'un nouvel envoi.",
  DUTY_OUTSIDE_TEAM: () => 'Seuls les membres de l’équipe peuvent assurer sa permanence.',
  DUTY_ON_WEEKEND: (p) => `Le ${p.date ?? 'jour choisi'} est un week-end : pas de permanence.`,
  DUTY_ON_HOLIDAY: (p) => `Le site est fermé le ${p.date ?? 'jour choisi'} : pas de permanence.`,
  DUTY_ON_DAY_OFF: (p) => `Cette personne ne travaille pas le ${p.date ?? 'jour choisi'} selon son régime.`,
  DUTY_PERSON_SUSPENDED: (p) =>
    `La crise suspend la mission de cette personne le ${p.date ?? 'jour choisi'} : elle n’assure pas de permanence dans cette équipe (prêtée à une équipe essentielle, elle l’assure là-bas).`,
  DUTY_IN_PAST: (p) =>
    `Le ${p.date ?? 'jour choisi'} est passé : les permanences se planifient à partir d’aujourd’hui.`,
  DUTY_ALREADY_ASSIGNED: (p) => `Cette personne est déjà de permanence le ${p.date ?? 'jour choisi'}.`,
  DUTY_ON_TELEWORK: (p) =>
    `Cette personne télétravaille ou l’a demandé le ${p.date ?? 'jour choisi'} : décidez ou annulez d’abord.`,
  DUTY_OUTSIDE_PERIOD: (p) =>
    `La permanence du ${p.date ?? 'jour choisi'} est hors de la période du planning.`,
  TEAM_VERSION_STALE: () =>
    'Le planning de l’équipe a changé entre-temps : consultez-le à nouveau, puis réessayez.',
  TEAM_VERSION_REQUIRED: () => 'Consultez d’abord le planning de l’équipe, puis modifiez-le.',
  NOT_AN_APPROVER: () =>
    'Vous ne pouvez pas décider de cette demande : seuls les responsables de la personne et le service du personnel le peuvent.',
  CRISIS_OVERLAPS: (p) =>
    `Une crise à partir du ${p.from ?? ''} chevaucherait celle du ${p.otherFrom ?? ''} ; terminez d'abord celle-ci.`,
  CRISIS_ENDS_BEFORE_START: (p) =>
    `La crise ne peut pas finir le ${p.to ?? ''} : elle a commencé le ${p.from ?? ''}.`,
  NO_CRISIS_UNDER_WAY: () => "Aucune crise n'est en cours : il n'y a rien à terminer.",
  UNKNOWN_CRISIS: () => "Cette crise n'existe pas.",
  CRISIS_ENDED: (p) => `La crise a pris fin le ${p.to ?? ''} : plus personne ne peut être prêté pour elle.`,
  UNKNOWN_LOAN: () => "Ce prêt n'existe pas dans cette crise.",
  LOAN_PERSON_NOT_SUSPENDED: () =>
    'Cette personne ne peut pas être prêtée : la crise ne suspend pas sa mission.',
  LOAN_TEAM_NOT_ESSENTIAL: () =>
    'Personne ne peut être prêté à cette équipe : elle ne garde aucune permanence essentielle en temps de crise.',
  LOAN_ASKER_NOT_MANAGER: () =>
    "Seul un responsable de l'équipe peut demander à emprunter quelqu'un pour elle.",
  LOAN_DECISION_FORBIDDEN: () => 'Seuls les RH ou un administrateur acceptent ou refusent un prêt.',
  LOAN_ALREADY_DECIDED: () => 'Ce prêt a déjà été tranché.',
  LOAN_ALREADY_ACTIVE: () => 'Cette personne est déjà demandée ou prêtée pendant cette crise.',
  MONTH_ALREADY_CLOSED: (p) => `Le mois de ${p.month ?? ''} est déjà clôturé.`,
  MONTH_NOT_OVER: (p) =>
    `Le mois de ${p.month ?? ''} n'est pas terminé ; il pourra être clôturé à partir du ${p.firstDay ?? ''}.`,
  MONTH_IN_FUTURE: (p) =>
    `Le mois de ${p.month ?? ''} n'a pas encore commencé ; il pourra être clôturé une fois terminé, à partir du ${p.firstDay ?? ''}.`,
  INVALID_PAGE: () => "Cette page de résultats n'existe pas.",
  AUTH_MISSING_TOKEN: () => "Vous n'êtes pas connecté : reconnectez-vous à Teams et réessayez.",
  AUTH_INVALID_TOKEN: () => "Votre connexion a expiré ou n'est pas valable : reconnectez-vous et réessayez.",
  AUTH_KEYS_UNAVAILABLE: () =>
    'Votre connexion ne peut pas être vérifiée pour le moment ; réessayez dans quelques minutes.',
  AUTH_UNKNOWN_PERSON: (p) =>
    `Votre compte n'est pas dans le fichier du personnel ${deName(p.employer)} ; demandez au service du personnel de vous ajouter.`,
  FORBIDDEN_ROLE: (p) =>
    `Cette action demande le rôle ${p.role ?? 'adéquat'} ; adressez-vous au service du personnel si vous en avez besoin.`,
  FORBIDDEN_TEAM: () =>
    'Vous ne pouvez pas faire cela pour cette équipe : ses membres voient sa semaine, seuls ses responsables et le service du personnel la modifient.',
  FORBIDDEN_PERSON: () =>
    'Vous ne pouvez pas voir le décompte de cette personne : seuls la personne, ses responsables et le service du personnel le peuvent.',
  RATE_LIMITED: () => "Trop de demandes d'affilée ; réessayez dans un instant.",
  NOT_READY: () => 'Le service de télétravail démarre ou est indisponible ; réessayez dans quelques minutes.',
  REQUEST_INVALID: () => 'La demande est illisible ; renvoyez-la depuis Teams.',
  REQUEST_TOO_LARGE: () =>
    'Le message est trop long ; écrivez-en un plus court, par exemple /télétravail demain.',
  UNSUPPORTED_MEDIA_TYPE: () => 'La demande est illisible ; renvoyez-la depuis Teams.',
  BOT_REPLY_UNDELIVERED: () => "La réponse n'a pas pu être envoyée ; renvoyez votre message.",
  BOT_KEYS_UNAVAILABLE: () =>
    'Votre message ne peut pas être vérifié pour le moment ; réessayez dans quelques minutes.',
};
