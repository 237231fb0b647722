import type { Locale } from '../../core/organisation/organisation.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';
import { nl } from './nl.js';

/** Every language the bot answers in: the Locale of core/organisation, one table each. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { fr, nl, en, de };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
