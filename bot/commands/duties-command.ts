import type { Locale } from '../../core/organisation/organisation.js';
import type { Command } from './command.js';

/**
 * The permanence command, a word of its own: "/permanence" is French and English alike, so it
 * answers in the Teams language when that is one of the two, in French otherwise.
 */
const DUTIES_WORDS: Record<string, Locale | 'fr-or-en'> = {
  permanence: 'fr-or-en',
  permanences: 'fr-or-en',
  permanentie: 'nl',
  permanenties: 'nl',
  präsenzdienst: 'de',
  praesenzdienst: 'de',
  präsenzdienste: 'de',
  duty: 'en',
  duties: 'en',
  'my duties': 'en',
  'mes permanences': 'fr',
  'mijn permanenties': 'nl',
};

export function dutiesCommand(text: string, fallback: Locale): Command | undefined {
  const said = text
    .trim()
    .replace(/^\/+/, '')
    .replace(/[\s.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('de');
  const language = DUTIES_WORDS[said];
  if (language === undefined) return undefined;
  if (language !== 'fr-or-en') return { intent: 'duties', language };
  return { intent: 'duties', language: fallback === 'en' ? 'en' : 'fr' };
}
