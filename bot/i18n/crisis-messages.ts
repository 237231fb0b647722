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
  },
};
