import type { Locale } from '../../core/organisation/organisation.js';
import type { CrisisRole } from '../../core/policy/crisis-days.js';

/** What the crisis card says, per language: the crisis itself, then what it means for the person. */
export interface CrisisMessages {
  startedTitle: string;
  endedTitle: string;
  started(from: string, reason: string): string;
  ended(to: string): string;
  role: Record<CrisisRole, string>;
  afterEnd: string;
  /** The managers' card: their teams' coverage over the crisis's first week. */
  coverageTitle: string;
  coverageSentence(from: string, to: string): string;
  half: Record<'am' | 'pm', string>;
  /** One half day: people on site against the minimum in force; `short` when a minimum is not met. */
  halfFigures(half: string, onSite: number, needed: number, short: boolean): string;
  closed: string;
  /** Members whose mission is suspended: shown as such, not as absent. */
  suspended(names: string): string;
  noneSuspended: string;
  /** The lent person's card: the team they reinforce, from when, as what, and who asked. */
  lentTitle: string;
  lent(team: string, from: string, fn: string): string;
  lentAskedBy(name: string): string;
}

export const CRISIS_MESSAGES: Record<Locale, CrisisMessages> = {
  fr: {
    startedTitle: 'Plan de continuité en vigueur',
    endedTitle: 'Fin du plan de continuité',
    started: (from, reason) => `Le plan de continuité s'applique à partir du ${from} : ${reason}`,
    ended: (to) => `Le plan de continuité a pris fin le ${to}.`,
    role: {
      telework: 'Le télétravail est la norme : déclarez vos jours, sans quota ni approbation.',
      'essential-on-site': 'Votre fonction est essentielle : vous restez sur site.',
      suspended: 'Votre mission est suspendue ; votre responsable vous dira où vous êtes attendu.',
    },
    afterEnd: 'Les règles habituelles du télétravail s’appliquent de nouveau à partir du lendemain.',
    coverageTitle: 'Permanence de vos équipes : première semaine du plan de continuité',
    coverageSentence: (from, to) =>
      `Du ${from} au ${to} : personnes sur site par demi-journée, face au minimum maintenu pendant la crise.`,
    half: { am: 'matin', pm: 'après-midi' },
    halfFigures: (half, onSite, needed, short) =>
      `${half} ${onSite} sur site (${needed > 0 ? `minimum ${needed}` : 'sans minimum'})${short ? ' ⚠ insuffisant' : ''}`,
    closed: 'fermé',
    suspended: (names) => `Mission suspendue (ni sur site, ni absent) : ${names}`,
    noneSuspended: 'Aucune mission suspendue dans cette équipe.',
    lentTitle: 'Prêt à une équipe essentielle',
    lent: (team, from, fn) =>
      `Pendant le plan de continuité, vous renforcez l'équipe ${team} à partir du ${from}, comme ${fn}.`,
    lentAskedBy: (name) => `À la demande de ${name}, avec l'accord des RH.`,
  },
  nl: {
    startedTitle: 'Continuïteitsplan van kracht',
    endedTitle: 'Einde van het continuïteitsplan',
    started: (from, reason) => `Het continuïteitsplan geldt vanaf ${from}: ${reason}`,
    ended: (to) => `Het continuïteitsplan is geëindigd op ${to}.`,
    role: {
      telework: 'Thuiswerk is de regel: registreer je dagen, zonder quotum of goedkeuring.',
      'essential-on-site': 'Je functie is essentieel: je blijft op de werkplek.',
      suspended: 'Je opdracht is opgeschort; je leidinggevende laat weten waar je verwacht wordt.',
    },
    afterEnd: 'Vanaf de dag erna gelden opnieuw de gewone thuiswerkregels.',
    coverageTitle: 'Permanentie van je teams: eerste week van het continuïteitsplan',
    coverageSentence: (from, to) =>
      `Van ${from} tot ${to}: mensen op de werkplek per halve dag, tegenover het minimum dat tijdens de crisis blijft.`,
    half: { am: 'voormiddag', pm: 'namiddag' },
    halfFigures: (half, onSite, needed, short) =>
      `${half} ${onSite} op de werkplek (${needed > 0 ? `minimum ${needed}` : 'geen minimum'})${short ? ' ⚠ te weinig' : ''}`,
    closed: 'gesloten',
    suspended: (names) => `Opdracht opgeschort (niet op de werkplek, niet afwezig): ${names}`,
    noneSuspended: 'Geen opgeschorte opdrachten in dit team.',
    lentTitle: 'Uitgeleend aan een essentieel team',
    lent: (team, from, fn) =>
      `Tijdens het continuïteitsplan versterk je het team ${team} vanaf ${from}, als ${fn}.`,
    lentAskedBy: (name) => `Op vraag van ${name}, met het akkoord van HR.`,
  },
  en: {
    startedTitle: 'Business continuity plan in force',
    endedTitle: 'Business continuity plan ended',
    started: (from, reason) => `The business continuity plan applies from ${from}: ${reason}`,
    ended: (to) => `The business continuity plan ended on ${to}.`,
    role: {
      telework: 'Telework is the norm: declare your days, with no quota and no approval.',
      'essential-on-site': 'Your function is essential: you stay on site.',
      suspended: 'Your mission is suspended; your manager will tell you where you are needed.',
    },
    afterEnd: 'The usual telework rules apply again from the next day.',
    coverageTitle: 'Your teams’ permanence: first week of the business continuity plan',
    coverageSentence: (from, to) =>
      `From ${from} to ${to}: people on site each half day, against the minimum kept during the crisis.`,
    half: { am: 'morning', pm: 'afternoon' },
    halfFigures: (half, onSite, needed, short) =>
      `${half} ${onSite} on site (${needed > 0 ? `minimum ${needed}` : 'no minimum'})${short ? ' ⚠ short' : ''}`,
    closed: 'closed',
    suspended: (names) => `Mission suspended (neither on site nor absent): ${names}`,
    noneSuspended: 'No suspended mission in this team.',
    lentTitle: 'Lent to an essential team',
    lent: (team, from, fn) =>
      `During the business continuity plan you reinforce the team ${team} from ${from}, as ${fn}.`,
    lentAskedBy: (name) => `Asked for by ${name}, agreed by HR.`,
  },
  de: {
    startedTitle: 'Kontinuitätsplan in Kraft',
    endedTitle: 'Ende des Kontinuitätsplans',
    started: (from, reason) => `Der Kontinuitätsplan gilt ab dem ${from}: ${reason}`,
    ended: (to) => `Der Kontinuitätsplan endete am ${to}.`,
    role: {
      telework: 'Telearbeit ist die Regel: Erfassen Sie Ihre Tage, ohne Kontingent und ohne Genehmigung.',
      'essential-on-site': 'Ihre Funktion ist unverzichtbar: Sie bleiben vor Ort.',
      suspended: 'Ihr Auftrag ruht; Ihre Führungskraft sagt Ihnen, wo Sie gebraucht werden.',
    },
    afterEnd: 'Ab dem Folgetag gelten wieder die üblichen Regeln für Telearbeit.',
    coverageTitle: 'Präsenz Ihrer Teams: erste Woche des Kontinuitätsplans',
    coverageSentence: (from, to) =>
      `Vom ${from} bis ${to}: Personen vor Ort je Halbtag, gegenüber dem während der Krise geltenden Minimum.`,
    half: { am: 'Vormittag', pm: 'Nachmittag' },
    halfFigures: (half, onSite, needed, short) =>
      `${half} ${onSite} vor Ort (${needed > 0 ? `Minimum ${needed}` : 'kein Minimum'})${short ? ' ⚠ zu wenig' : ''}`,
    closed: 'geschlossen',
    suspended: (names) => `Auftrag ruht (weder vor Ort noch abwesend): ${names}`,
    noneSuspended: 'Kein ruhender Auftrag in diesem Team.',
    lentTitle: 'An ein unverzichtbares Team ausgeliehen',
    lent: (team, from, fn) =>
      `Während des Kontinuitätsplans verstärken Sie ab dem ${from} das Team ${team} als ${fn}.`,
    lentAskedBy: (name) => `Auf Anfrage von ${name}, mit Zustimmung der Personalabteilung.`,
  },
};
