import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { DayRequest } from '../../core/policy/decision.js';

/**
 * Why a message is not a command. Stable codes: the bot answers each with its own sentence in the
 * message's language (quoting the fragment, with an example to type: HelpMessages.problem), then the help.
 * - EMPTY: nothing but spaces, markup or emoji;
 * - TOO_LONG: more than 500 characters (not read at all);
 * - UNKNOWN_COMMAND: a word the bot does not know ("/telework blabla", "/telework pas demain");
 * - NO_DATE: a sub-command without its day ("/telework cancel");
 * - UNREADABLE_DATE: something that looks like a date but is not one ("14h", "décembre", "vanaf
 *   maandag" with no end);
 * - IMPOSSIBLE_DATE: a date that does not exist or contradicts itself ("31/11", "2026-02-30",
 *   "vendredi 3 décembre" when the 3rd is a Thursday, a range that ends before it starts).
 */
export type ParseProblemCode =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'UNKNOWN_COMMAND'
  | 'NO_DATE'
  | 'UNREADABLE_DATE'
  | 'IMPOSSIBLE_DATE';

export interface ParseProblem {
  code: ParseProblemCode;
  /** The words concerned, as typed (accents and case kept, markup removed). */
  fragment?: string;
}

export type Command =
  | {
      intent: 'declare';
      /** Sorted, one entry per date; empty with the pattern alone. */
      days: DayRequest[];
      language: Locale;
      /** "/telework next week": the handler adds the person's structural pattern for next week. */
      pattern?: 'next-week-structural';
    }
  | { intent: 'cancel'; days: DayRequest[]; language: Locale }
  | { intent: 'list'; range: 'this-week' | 'next-week'; language: Locale }
  /** "/permanence", "/permanentie", "/Präsenzdienst", "/duties": my permanence duties this week. */
  | { intent: 'duties'; language: Locale }
  | { intent: 'help'; language: Locale }
  | { intent: 'unknown'; language: Locale; problem: ParseProblem };

export interface ParseContext {
  /** Today in Europe/Brussels: the parser has no clock. */
  today: LocalDate;
  /** The Teams locale, used when the message says nothing in a particular language. */
  fallbackLanguage: Locale;
}
