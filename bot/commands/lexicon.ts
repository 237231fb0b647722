import type { DayPart, Weekday } from '../../core/calendar/local-date.js';
import { LOCALES, type Locale } from '../../core/organisation/organisation.js';
import type { PhraseTable, WeekdayModifier, WeekPhrase } from './phrases.js';
import { GERMAN } from './phrases-de.js';
import { ENGLISH } from './phrases-en.js';
import { FRENCH } from './phrases-fr.js';
import { DUTCH } from './phrases-nl.js';

export type Meaning =
  | { kind: 'alias'; weak: boolean }
  | { kind: 'cancel' }
  | { kind: 'list' }
  | { kind: 'help' }
  | { kind: 'declare' }
  | { kind: 'greeting' }
  | { kind: 'polite' }
  | { kind: 'filler' }
  | { kind: 'of' }
  | { kind: 'relative'; offset: number; part?: DayPart }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'month'; month: number }
  | { kind: 'part'; part: DayPart }
  | { kind: 'modifier'; modifier: WeekdayModifier }
  | { kind: 'weeks-later'; weeks: number }
  | { kind: 'week'; phrase: WeekPhrase }
  | { kind: 'and' }
  | { kind: 'from' }
  | { kind: 'to' };

export type MeaningKind = Meaning['kind'];
export type MeaningOf<K extends MeaningKind> = Extract<Meaning, { kind: K }>;

/** One meaning of a word, and the language it says the speaker writes (null: says nothing). */
export interface LexEntry {
  meaning: Meaning;
  language: Locale | null;
}

export const PHRASE_TABLES: Readonly<Record<Locale, PhraseTable>> = {
  fr: FRENCH,
  nl: DUTCH,
  en: ENGLISH,
  de: GERMAN,
};

/** Words every language uses the same way: they vote for no language. */
const NEUTRAL: ReadonlyArray<readonly [string, Meaning]> = [
  ['am', { kind: 'part', part: 'am' }],
  ['pm', { kind: 'part', part: 'pm' }],
  ['info', { kind: 'help' }],
  ['infos', { kind: 'help' }],
];

/**
 * The form words are compared in: lower case, no accents (é → e, ü → u, ß → ss), one kind of
 * apostrophe, no dots ("a.m." → "am"), single spaces.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "après-midi" is also typed "apres midi" and "apresmidi"; "s'il" also "sil" and "s il". */
function variants(key: string): string[] {
  let forms = [key];
  if (key.includes('-')) forms = forms.flatMap((f) => [f, f.replace(/-/g, ' '), f.replace(/-/g, '')]);
  if (key.includes("'")) forms = forms.flatMap((f) => [f, f.replace(/'/g, ' '), f.replace(/'/g, '')]);
  return forms.map((f) => f.replace(/\s+/g, ' ').trim());
}

function tableEntries(table: PhraseTable): Array<readonly [string, Meaning]> {
  const entries: Array<readonly [string, Meaning]> = [];
  const words = (list: readonly string[], meaning: Meaning) => {
    for (const word of list) entries.push([word, meaning]);
  };
  words(table.aliases, { kind: 'alias', weak: table.aliasesAreWeak === true });
  words(table.cancel, { kind: 'cancel' });
  words(table.list, { kind: 'list' });
  words(table.help, { kind: 'help' });
  words(table.declare, { kind: 'declare' });
  words(table.greetings, { kind: 'greeting' });
  words(table.polite, { kind: 'polite' });
  words(table.fillers, { kind: 'filler' });
  words(table.and, { kind: 'and' });
  words(table.from, { kind: 'from' });
  words(table.to, { kind: 'to' });
  words(table.of, { kind: 'of' });
  for (const [word, offset] of Object.entries(table.relative))
    entries.push([word, { kind: 'relative', offset }]);
  for (const [word, [offset, part]] of Object.entries(table.relativeWithPart)) {
    entries.push([word, { kind: 'relative', offset, part }]);
  }
  for (const [word, weekday] of Object.entries(table.weekdays))
    entries.push([word, { kind: 'weekday', weekday }]);
  for (const [word, month] of Object.entries(table.months)) entries.push([word, { kind: 'month', month }]);
  for (const [word, part] of Object.entries(table.parts)) entries.push([word, { kind: 'part', part }]);
  for (const [word, modifier] of Object.entries(table.modifiers)) {
    entries.push([word, { kind: 'modifier', modifier }]);
  }
  for (const [word, weeks] of Object.entries(table.weeksLater))
    entries.push([word, { kind: 'weeks-later', weeks }]);
  for (const [word, phrase] of Object.entries(table.weeks)) entries.push([word, { kind: 'week', phrase }]);
  return entries;
}

export interface Lexicon {
  lookup(key: string): readonly LexEntry[];
  /** The most words a phrase has ("the day after tomorrow": 4). */
  readonly longestPhrase: number;
}

function buildLexicon(): Lexicon {
  const map = new Map<string, LexEntry[]>();
  const add = (word: string, meaning: Meaning, language: Locale | null) => {
    for (const key of variants(fold(word))) {
      const list = map.get(key) ?? [];
      const same = list.some(
        (e) => e.language === language && JSON.stringify(e.meaning) === JSON.stringify(meaning),
      );
      if (!same) list.push({ meaning, language });
      map.set(key, list);
    }
  };
  for (const language of LOCALES) {
    for (const [word, meaning] of tableEntries(PHRASE_TABLES[language])) add(word, meaning, language);
  }
  for (const [word, meaning] of NEUTRAL) add(word, meaning, null);
  let longestPhrase = 1;
  for (const key of map.keys()) longestPhrase = Math.max(longestPhrase, key.split(' ').length);
  return { lookup: (key) => map.get(key) ?? [], longestPhrase };
}

export const LEXICON: Lexicon = buildLexicon();

export function meaningOf<K extends MeaningKind>(
  entries: readonly LexEntry[],
  kind: K,
): MeaningOf<K> | undefined {
  return entries.find((e) => e.meaning.kind === kind)?.meaning as MeaningOf<K> | undefined;
}

/** The languages that use a word with this meaning. */
export function languagesOf(entries: readonly LexEntry[], kind?: MeaningKind): Locale[] {
  const languages = new Set<Locale>();
  for (const e of entries) {
    if (e.language !== null && (kind === undefined || e.meaning.kind === kind)) languages.add(e.language);
  }
  return [...languages];
}
