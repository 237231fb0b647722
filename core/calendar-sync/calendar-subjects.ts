import type { DayPart } from '../calendar/local-date.js';
import type { Locale } from '../organisation/organisation.js';

// Event subjects in the person's language. Belgian public employers work in French, Dutch and
// German (the German-speaking Community), English for the rest: the subject is what colleagues
// see in the calendar, so it uses the words of the sector (thuiswerk, télétravail, permanence).

const TELEWORK: Record<Locale, Record<DayPart, string>> = {
  fr: { full: 'Télétravail', am: 'Télétravail (matin)', pm: 'Télétravail (après-midi)' },
  nl: { full: 'Thuiswerk', am: 'Thuiswerk (voormiddag)', pm: 'Thuiswerk (namiddag)' },
  en: { full: 'Telework', am: 'Telework (morning)', pm: 'Telework (afternoon)' },
  de: { full: 'Telearbeit', am: 'Telearbeit (Vormittag)', pm: 'Telearbeit (Nachmittag)' },
};

const PERMANENCE: Record<Locale, Record<'am' | 'pm', string>> = {
  fr: { am: 'Permanence (matin)', pm: 'Permanence (après-midi)' },
  nl: { am: 'Permanentie (voormiddag)', pm: 'Permanentie (namiddag)' },
  en: { am: 'On-site duty (morning)', pm: 'On-site duty (afternoon)' },
  de: { am: 'Präsenzdienst (Vormittag)', pm: 'Präsenzdienst (Nachmittag)' },
};

export function teleworkSubject(locale: Locale, part: DayPart): string {
  return TELEWORK[locale][part];
}

/**
 * In the person's own calendar the subject is the duty; in the team's calendar it also names who
 * is on duty, since the whole team reads it.
 */
export function permanenceSubject(locale: Locale, half: 'am' | 'pm', displayName?: string): string {
  const duty = PERMANENCE[locale][half];
  return displayName ? `${duty}: ${displayName}` : duty;
}

/** Outlook categories: fixed names, so that a mailbox's colour for them applies to every event. */
export const TELEWORK_CATEGORY = 'Telework';
export const PERMANENCE_CATEGORY = 'Permanence';
