import type { DayPart, Weekday } from '../../core/calendar/local-date.js';

/**
 * How a weekday word is shifted:
 * - `next`: the weekday of next week ("mardi prochain", "volgende dinsdag", "next tuesday",
 *   "nächsten Dienstag"), whatever today is;
 * - `this`: the first such weekday on or after today ("this friday", "ce vendredi", "deze vrijdag");
 * - `coming`: the first such weekday after today, same as the plain word ("komende vrijdag");
 * - `last`: the last such weekday before today ("vendredi dernier").
 */
export type WeekdayModifier = 'next' | 'this' | 'coming' | 'last';

/** A phrase that names a whole week: "next week", "ma semaine", "de hele week". */
export interface WeekPhrase {
  week: 'this' | 'next';
  /** Asks to see the week ("my week", "mijn week"): the list sub-command. */
  list?: true;
  /** Every working day of the week ("toute la semaine"), not the structural pattern. */
  all?: true;
}

/**
 * The words of one language, written as people type them (accents included: the lexicon also
 * accepts them without accents, and hyphenated words with a space or nothing instead of the hyphen).
 */
export interface PhraseTable {
  /** The command word itself ("/thuiswerk"). */
  aliases: readonly string[];
  /**
   * True when the command word says little about the speaker's language: "telework" is the
   * product's name and people type it in every language, so the words after it decide first.
   */
  aliasesAreWeak?: boolean;
  cancel: readonly string[];
  list: readonly string[];
  help: readonly string[];
  /** Verbs that only confirm a declaration ("encoder", "melden"). */
  declare: readonly string[];
  /** Alone, a greeting gets the help; with a date it is ignored. */
  greetings: readonly string[];
  polite: readonly string[];
  /** Articles and prepositions that carry nothing around a date ("le", "op", "den", "for"). */
  fillers: readonly string[];
  /** Days from today: 0 today, 1 tomorrow, 2 the day after. */
  relative: Readonly<Record<string, number>>;
  /** One word for today or tomorrow and a half day: "vanmiddag". */
  relativeWithPart: Readonly<Record<string, readonly [number, DayPart]>>;
  weekdays: Readonly<Record<string, Weekday>>;
  months: Readonly<Record<string, number>>;
  /** Half days, and words for the whole day. */
  parts: Readonly<Record<string, DayPart>>;
  modifiers: Readonly<Record<string, WeekdayModifier>>;
  /** Weeks added after a day: "vendredi en huit" is the Friday after the coming one. */
  weeksLater: Readonly<Record<string, number>>;
  weeks: Readonly<Record<string, WeekPhrase>>;
  and: readonly string[];
  /** Starts a range; a range needs its end ("du 7 au 9", not "à partir de lundi"). */
  from: readonly string[];
  /** Ends a range; alone ("jusqu'à vendredi") the range starts today. */
  to: readonly string[];
  /** Glue between a day and its month ("the 3rd of December"). */
  of: readonly string[];
}
