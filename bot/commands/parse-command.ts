import {
  addDays,
  type DayPart,
  daysBetween,
  eachDay,
  isLocalDate,
  type LocalDate,
  startOfWeek,
  type Weekday,
  weekdayOf,
} from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { DayRequest } from '../../core/policy/decision.js';
import { readWithChrono } from './chrono-reader.js';
import type { Command, ParseContext, ParseProblem, ParseProblemCode } from './command.js';
import {
  dayInMonthOf,
  isWorkingWeekday,
  localDate,
  nextDayMonth,
  nextDayOfMonth,
  nextWeekday,
  previousWeekday,
  weekdayInWeek,
} from './dates.js';
import { type LexEntry, LOCALES, languagesOf, type MeaningKind, meaningOf } from './lexicon.js';
import type { WeekdayModifier, WeekPhrase } from './phrases.js';
import { cleanMessage, type Token, tokenize } from './tokens.js';

export type { Command, ParseContext, ParseProblem, ParseProblemCode } from './command.js';

/** Longer messages are refused before any expression or chrono runs on them. */
export const MAX_MESSAGE_LENGTH = 500;

/** A range may not cover more days than this (it would be a typo in a year). */
export const MAX_RANGE_DAYS = 366;

/**
 * "du 28 au 3 janvier" runs from the 28th of the month before; such a range that wraps round a
 * month end on a day number alone may not last longer than this ("du 9 au 7 décembre" is a typo).
 */
export const MAX_WRAPPED_RANGE_DAYS = 14;

/** When two languages tie, the first of these wins (after the Teams locale). */
const TIE_ORDER: readonly Locale[] = ['en', 'nl', 'fr', 'de'];

type Base =
  | { kind: 'relative'; offset: number }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'calendar'; day: number; month?: number; year?: number }
  | { kind: 'absolute'; date: LocalDate };

/** One day as said, before it is placed in the calendar. */
interface Atom {
  base: Base;
  modifier?: WeekdayModifier;
  weeksLater: number;
  part?: DayPart;
  /** A second name for the same day that must agree: "vendredi 4 décembre", "morgen vrijdag". */
  same?: Base;
  first: number;
  last: number;
}

type Item = { kind: 'single'; atom: Atom } | { kind: 'range'; from: Atom; to: Atom };

class ParseFailure {
  constructor(readonly problem: ParseProblem) {}
}

const BASE_KINDS: readonly MeaningKind[] = ['relative', 'weekday', 'month'];

function is(token: Token | undefined, kind: MeaningKind): boolean {
  return token?.type === 'word' && token.entries.some((e) => e.meaning.kind === kind);
}

function isPunct(token: Token | undefined, chars: string): boolean {
  return token?.type === 'punct' && chars.includes(token.char);
}

function isDayNumber(token: Token | undefined): boolean {
  return token?.type === 'number' && token.digits <= 2;
}

function entriesOf(token: Token | undefined): readonly LexEntry[] {
  return token?.type === 'word' ? token.entries : [];
}

function mergeParts(a: DayPart | undefined, b: DayPart): DayPart {
  if (a === undefined || a === b) return b;
  return 'full';
}

/**
 * Reads a Teams message to the telework bot. Pure: `today` comes from the caller; the result
 * depends on nothing else (not the clock, not the server's time zone). Never throws on any text.
 */
export function parseCommand(text: string, context: ParseContext): Command {
  if (!isLocalDate(context.today)) throw new RangeError(`today is not a calendar date: ${context.today}`);
  const fallback = LOCALES.includes(context.fallbackLanguage) ? context.fallbackLanguage : 'en';
  if (typeof text !== 'string' || text.trim() === '') {
    return { intent: 'unknown', language: fallback, problem: { code: 'EMPTY' } };
  }
  if (text.length > MAX_MESSAGE_LENGTH) {
    return {
      intent: 'unknown',
      language: aliasLanguage(text.slice(0, 100)) ?? fallback,
      problem: { code: 'TOO_LONG' },
    };
  }
  const message = cleanMessage(text);
  const duties = dutiesCommand(message.text, fallback);
  if (duties) return duties;
  const tokens = tokenize(message.text);
  if (tokens.length === 0) {
    // Only the mention of the bot: the person called it without a word, as "/telework" alone.
    return message.mentioned
      ? { intent: 'help', language: fallback }
      : { intent: 'unknown', language: fallback, problem: { code: 'EMPTY' } };
  }
  return new CommandParser(message.text, tokens, context.today, fallback).parse();
}

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

function dutiesCommand(text: string, fallback: Locale): Command | undefined {
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

/** The language of the command word a long message starts with, if it starts with one. */
function aliasLanguage(start: string): Locale | undefined {
  const first = tokenize(cleanMessage(start).text).find((t) => t.type === 'word');
  return first?.type === 'word' ? languagesOf(first.entries, 'alias')[0] : undefined;
}

class CommandParser {
  private pos = 0;
  private readonly items: Item[] = [];
  private readonly weeks: Array<{ phrase: WeekPhrase; token: number }> = [];
  private cancelAt: number | undefined;
  private listAt: number | undefined;
  private declareAt: number | undefined;
  private alias: { language: Locale; weak: boolean } | undefined;
  /** The languages of the meaning each word was read with. */
  private readonly chosen = new Map<number, Locale[]>();
  private readonly chronoLanguages: Locale[] = [];
  /** A list word ("et", ",") came after the last day. */
  private connector = false;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly today: LocalDate,
    private readonly fallback: Locale,
  ) {}

  parse(): Command {
    for (const [i, token] of this.tokens.entries()) {
      if (is(token, 'alias')) this.noteAlias(i);
    }
    const helpAt = this.tokens.findIndex((t) => is(t, 'help'));
    if (helpAt >= 0) {
      this.take(helpAt, 'help');
      return { intent: 'help', language: this.language() };
    }
    const said = this.tokens.filter((t) => t.type !== 'punct' && !is(t, 'alias'));
    if (said.length === 0) return { intent: 'help', language: this.language() };
    try {
      this.readAll();
      return this.build();
    } catch (error) {
      if (error instanceof ParseFailure) {
        return { intent: 'unknown', language: this.language(), problem: error.problem };
      }
      throw error;
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  private readAll(): void {
    while (this.pos < this.tokens.length) {
      const token = this.tokens[this.pos] as Token;
      if (token.type === 'punct') {
        if (',&+/;'.includes(token.char)) this.connector = true;
        this.pos++;
        continue;
      }
      if (token.type === 'unreadable') this.fail('UNREADABLE_DATE', this.pos, this.pos);
      if (token.type !== 'word' || token.entries.length === 0) {
        this.readItem();
        continue;
      }
      if (is(token, 'alias') || is(token, 'help')) {
        this.pos++;
        continue;
      }
      const flag = (['cancel', 'list', 'declare'] as const).find((kind) => is(token, kind));
      if (flag !== undefined) {
        this.take(this.pos, flag);
        if (flag === 'cancel') this.cancelAt ??= this.pos;
        else if (flag === 'list') this.listAt ??= this.pos;
        else this.declareAt ??= this.pos;
        this.pos++;
        continue;
      }
      const quiet = (['greeting', 'polite'] as const).find((kind) => is(token, kind));
      if (quiet !== undefined) {
        this.take(this.pos, quiet);
        this.pos++;
        continue;
      }
      const week = meaningOf(token.entries, 'week');
      if (week !== undefined) {
        this.take(this.pos, 'week');
        this.weeks.push({ phrase: week.phrase, token: this.pos });
        this.pos++;
        continue;
      }
      if (is(token, 'and')) {
        this.take(this.pos, 'and');
        this.connector = true;
        this.pos++;
        continue;
      }
      if (is(token, 'from') && is(this.tokens[this.pos + 1], 'week')) {
        // "maandag van volgende week": "van" is "of" here.
        this.take(this.pos, 'from');
        this.pos++;
        continue;
      }
      if (is(token, 'part') && !is(token, 'relative') && this.connector) {
        const last = this.items.at(-1);
        if (last?.kind === 'single' && !this.startsBase(this.pos + 1)) {
          // "vendredi matin et après-midi": the same day again.
          const part = meaningOf(token.entries, 'part')?.part as DayPart;
          this.take(this.pos, 'part');
          this.items.push({
            kind: 'single',
            atom: { ...last.atom, part, first: this.pos, last: this.pos },
          });
          this.connector = false;
          this.pos++;
          continue;
        }
      }
      if (
        ['from', 'to', 'relative', 'weekday', 'month', 'part', 'modifier', 'weeks-later'].some((k) =>
          is(token, k as MeaningKind),
        )
      ) {
        this.readItem();
        continue;
      }
      if (is(token, 'filler')) {
        this.take(this.pos, 'filler');
        this.pos++;
        continue;
      }
      // "of" alone: Dutch "or", which we refuse to guess.
      this.fail('UNKNOWN_COMMAND', this.pos, this.pos);
    }
  }

  /** One day, or a range of days. */
  private readItem(): void {
    const first = this.pos;
    const token = this.tokens[first];
    const next = this.tokens[first + 1];
    // "7-9 décembre": a range of days in one month.
    if (token?.type === 'date' && token.separator === '-' && token.year === undefined && is(next, 'month')) {
      const from: Atom = { base: { kind: 'calendar', day: token.day }, weeksLater: 0, first, last: first };
      this.pos++;
      const base = this.continueCalendar(token.month);
      const to = this.postfix({ base, weeksLater: 0, first, last: first });
      this.push({ kind: 'range', from, to });
      return;
    }
    let fromWord = false;
    if (is(token, 'from') && !this.hasBaseMeaning(token)) {
      this.take(first, 'from');
      this.pos++;
      fromWord = true;
    } else if (is(token, 'to') && !this.hasBaseMeaning(token)) {
      // "jusqu'à vendredi", "tot vrijdag": from today.
      this.take(first, 'to');
      this.pos++;
      const to = this.atomOrFail(first);
      const from: Atom = { base: { kind: 'relative', offset: 0 }, weeksLater: 0, first, last: first };
      this.push({ kind: 'range', from, to });
      return;
    }
    const from = this.parseAtom();
    if (from === undefined) {
      if (token?.type === 'word' && token.entries.length === 0) this.fail('UNKNOWN_COMMAND', first, first);
      this.fail('UNREADABLE_DATE', first, Math.max(first, this.pos));
    }
    const joiner = this.tokens[this.pos];
    if ((is(joiner, 'to') || isPunct(joiner, '-')) && this.startsAtom(this.pos + 1)) {
      if (joiner?.type === 'word') this.take(this.pos, 'to');
      this.pos++;
      const to = this.atomOrFail(first);
      this.push({ kind: 'range', from, to });
      return;
    }
    if (is(joiner, 'to')) this.fail('UNREADABLE_DATE', first, this.pos);
    // "à partir de lundi", "vanaf maandag": no end, and we do not declare for ever.
    if (fromWord) this.fail('UNREADABLE_DATE', first, from.last);
    this.push({ kind: 'single', atom: from });
  }

  private atomOrFail(first: number): Atom {
    const atom = this.parseAtom();
    if (atom === undefined) this.fail('UNREADABLE_DATE', first, Math.min(this.pos, this.tokens.length - 1));
    return atom;
  }

  private push(item: Item): void {
    this.items.push(item);
    this.connector = false;
  }

  /** A word that may start a day: "le", "next", "matin" (before a day), "vendredi", "3". */
  private parseAtom(): Atom | undefined {
    const first = this.pos;
    let modifier: WeekdayModifier | undefined;
    let part: DayPart | undefined;
    for (;;) {
      const token = this.tokens[this.pos];
      if (token?.type !== 'word' || this.hasBaseMeaning(token)) break;
      const mod = meaningOf(token.entries, 'modifier');
      if (mod !== undefined) {
        if (modifier !== undefined && modifier !== mod.modifier)
          this.fail('UNREADABLE_DATE', first, this.pos);
        modifier = mod.modifier;
        this.take(this.pos, 'modifier');
        this.pos++;
        continue;
      }
      const half = meaningOf(token.entries, 'part');
      if (half !== undefined) {
        if (is(token, 'filler') && this.startsBase(this.pos + 1)) {
          // German "am Freitag": "on", not "a.m.".
          this.take(this.pos, 'filler');
          this.pos++;
          continue;
        }
        part = mergeParts(part, half.part);
        this.take(this.pos, 'part');
        this.pos++;
        if (this.startsBase(this.pos)) continue;
        // "matin", "ce matin", "this afternoon", "heute Nachmittag" is read below: today.
        if (modifier !== undefined && modifier !== 'this') this.fail('UNREADABLE_DATE', first, this.pos - 1);
        return this.postfix({
          base: { kind: 'relative', offset: 0 },
          weeksLater: 0,
          part,
          first,
          last: first,
        });
      }
      if (is(token, 'filler')) {
        this.take(this.pos, 'filler');
        this.pos++;
        continue;
      }
      break;
    }
    const base = this.readBase();
    if (base === undefined) return undefined;
    let atom: Atom = { base: base.base, weeksLater: 0, first, last: this.pos - 1 };
    if (modifier !== undefined) atom.modifier = modifier;
    if (part !== undefined || base.part !== undefined) {
      atom.part = base.part === undefined ? part : mergeParts(part, base.part);
    }
    atom = this.postfix(atom);
    if (atom.modifier !== undefined && atom.base.kind !== 'weekday') {
      // "demain prochain", "le 3 dernier".
      this.fail('UNREADABLE_DATE', first, atom.last);
    }
    return atom;
  }

  private readBase(): { base: Base; part?: DayPart } | undefined {
    const token = this.tokens[this.pos];
    if (token === undefined) return undefined;
    if (token.type === 'date' || isDayNumber(token)) return { base: this.readCalendar() };
    if (token.type === 'number') this.fail('UNREADABLE_DATE', this.pos, this.pos);
    if (token.type !== 'word') return undefined;
    const relative = meaningOf(token.entries, 'relative');
    if (relative !== undefined) {
      this.take(this.pos, 'relative');
      this.pos++;
      const base: Base = { kind: 'relative', offset: relative.offset };
      return relative.part === undefined ? { base } : { base, part: relative.part };
    }
    const weekday = meaningOf(token.entries, 'weekday');
    if (weekday !== undefined) {
      this.take(this.pos, 'weekday');
      this.pos++;
      return { base: { kind: 'weekday', weekday: weekday.weekday } };
    }
    if (is(token, 'month')) {
      if (isDayNumber(this.tokens[this.pos + 1])) return { base: this.readCalendar() };
      // "décembre" alone is not a day.
      this.fail('UNREADABLE_DATE', this.pos, this.pos);
    }
    if (token.entries.length === 0) return this.readWithChrono();
    return undefined;
  }

  /** A word no table knows: chrono may read "dans 3 jours", "over een week", "in 2 Wochen". */
  private readWithChrono(): { base: Base } | undefined {
    const start = this.tokens[this.pos] as Token;
    const languages = [this.language(), ...LOCALES.filter((l) => l !== this.language())];
    // chrono stops before a half day or a list word: "dans 3 jours matin" is ours to finish.
    let stop = this.pos + 1;
    while (stop < this.tokens.length && !this.endsChronoWindow(this.tokens[stop] as Token)) stop++;
    const windowEnd = this.tokens[stop]?.start ?? this.text.length;
    const reading = readWithChrono(this.text.slice(start.start, windowEnd), this.today, languages);
    if (reading === undefined) return undefined;
    const end = start.start + reading.length;
    let last = this.pos;
    while (last < this.tokens.length && (this.tokens[last] as Token).end < end) last++;
    if ((this.tokens[last] as Token | undefined)?.end !== end) return undefined;
    this.chronoLanguages.push(reading.language);
    this.pos = last + 1;
    return { base: { kind: 'absolute', date: reading.date } };
  }

  /** "3/12", "2026-12-03", "3 décembre 2026", "le 3", "3rd of December", "December 3rd, 2026". */
  private readCalendar(): Base {
    const token = this.tokens[this.pos] as Token;
    if (token.type === 'date') {
      this.pos++;
      return {
        kind: 'calendar',
        day: token.day,
        month: token.month,
        ...(token.year === undefined ? {} : { year: token.year }),
      };
    }
    if (token.type === 'number') {
      this.pos++;
      return this.continueCalendar(token.value);
    }
    // A month first: "December 3", "December 3rd, 2026".
    const month = meaningOf(entriesOf(token), 'month')?.month as number;
    this.take(this.pos, 'month');
    const day = this.tokens[this.pos + 1] as Token & { type: 'number' };
    this.pos += 2;
    const year = this.readYear(true);
    return { kind: 'calendar', day: day.value, month, ...(year === undefined ? {} : { year }) };
  }

  /** After the day: maybe "of", the month, the year. */
  private continueCalendar(day: number): Base {
    let look = this.pos;
    if (is(this.tokens[look], 'of') && is(this.tokens[look + 1], 'month')) look++;
    const month = meaningOf(entriesOf(this.tokens[look]), 'month');
    if (month === undefined) return { kind: 'calendar', day };
    if (look > this.pos) this.take(this.pos, 'of');
    this.take(look, 'month');
    this.pos = look + 1;
    const year = this.readYear(false);
    return { kind: 'calendar', day, month: month.month, ...(year === undefined ? {} : { year }) };
  }

  private readYear(afterComma: boolean): number | undefined {
    let look = this.pos;
    if (afterComma && isPunct(this.tokens[look], ',')) look++;
    const token = this.tokens[look];
    if (token?.type !== 'number' || token.digits !== 4) return undefined;
    this.pos = look + 1;
    return token.value;
  }

  /** What may follow a day: "prochain", "en huit", "matin", "vendredi 4 décembre". */
  private postfix(atom: Atom): Atom {
    const result = { ...atom };
    for (;;) {
      const token = this.tokens[this.pos];
      const next = this.tokens[this.pos + 1];
      if (isPunct(token, '-') && is(next, 'part') && !is(next, 'relative')) {
        // "vendredi-matin".
        this.pos++;
        continue;
      }
      if (token?.type === 'word') {
        const mod = meaningOf(token.entries, 'modifier');
        if (mod !== undefined && !this.hasBaseMeaning(token)) {
          if (result.modifier !== undefined && result.modifier !== mod.modifier) {
            this.fail('UNREADABLE_DATE', result.first, this.pos);
          }
          result.modifier = mod.modifier;
          this.take(this.pos, 'modifier');
          this.pos++;
          continue;
        }
        const later = meaningOf(token.entries, 'weeks-later');
        if (later !== undefined) {
          if (result.base.kind === 'calendar' || result.base.kind === 'absolute') {
            this.fail('UNREADABLE_DATE', result.first, this.pos);
          }
          result.weeksLater += later.weeks;
          this.take(this.pos, 'weeks-later');
          this.pos++;
          continue;
        }
        if (is(token, 'filler') && is(next, 'part') && !is(next, 'relative')) {
          // "Freitag am Nachmittag", "morgen 's middags".
          this.take(this.pos, 'filler');
          this.pos++;
          continue;
        }
        const half = meaningOf(token.entries, 'part');
        if (half !== undefined) {
          result.part = mergeParts(result.part, half.part);
          this.take(this.pos, 'part');
          this.pos++;
          continue;
        }
      }
      if (result.same === undefined && this.readSameDay(result)) continue;
      break;
    }
    result.last = Math.max(result.first, this.pos - 1);
    return result;
  }

  /** "vendredi 4 décembre", "Freitag, den 4. Dezember", "Thursday, December 3", "morgen vrijdag". */
  private readSameDay(atom: Atom): boolean {
    if (atom.base.kind === 'weekday') {
      let look = this.pos;
      if (isPunct(this.tokens[look], ',')) look++;
      while (is(this.tokens[look], 'filler') && !this.hasBaseMeaning(this.tokens[look])) look++;
      const token = this.tokens[look];
      const calendar =
        token?.type === 'date' ||
        isDayNumber(token) ||
        (is(token, 'month') && isDayNumber(this.tokens[look + 1]));
      if (!calendar) return false;
      for (let i = this.pos; i < look; i++) if (is(this.tokens[i], 'filler')) this.take(i, 'filler');
      this.pos = look;
      atom.same = this.readCalendar();
      return true;
    }
    const token = this.tokens[this.pos];
    const weekday = meaningOf(entriesOf(token), 'weekday');
    if (weekday === undefined || is(token, 'relative')) return false;
    this.take(this.pos, 'weekday');
    this.pos++;
    atom.same = { kind: 'weekday', weekday: weekday.weekday };
    return true;
  }

  private endsChronoWindow(token: Token): boolean {
    if (token.type === 'punct') return ',;&+'.includes(token.char);
    return (is(token, 'part') && !is(token, 'relative')) || is(token, 'and');
  }

  private hasBaseMeaning(token: Token | undefined): boolean {
    return BASE_KINDS.some((kind) => is(token, kind));
  }

  /** A day starts at `i` (after the words that lead into one). */
  private startsBase(i: number): boolean {
    const token = this.tokens[i];
    if (token === undefined) return false;
    if (token.type === 'date' || isDayNumber(token)) return true;
    return is(token, 'relative') || is(token, 'weekday') || is(token, 'modifier') || is(token, 'month');
  }

  private startsAtom(i: number): boolean {
    const token = this.tokens[i];
    return this.startsBase(i) || is(token, 'part') || is(token, 'filler');
  }

  // ---- building -----------------------------------------------------------------------------

  private build(): Command {
    const language = this.language();
    const [week, other] = this.weeks;
    if (week !== undefined && other !== undefined && other.phrase.week !== week.phrase.week) {
      this.fail('UNREADABLE_DATE', other.token, other.token);
    }
    const listAsked = this.listAt !== undefined || this.weeks.some((w) => w.phrase.list === true);
    if (listAsked) {
      if (this.cancelAt !== undefined) this.fail('UNKNOWN_COMMAND', this.cancelAt, this.cancelAt);
      const item = this.items[0];
      if (item !== undefined) this.fail('UNKNOWN_COMMAND', ...this.span(item));
      return { intent: 'list', range: week?.phrase.week === 'next' ? 'next-week' : 'this-week', language };
    }
    const intent = this.cancelAt === undefined ? 'declare' : 'cancel';
    const weekdays = this.items.some((item) => {
      const atom = item.kind === 'single' ? item.atom : item.from;
      return atom.base.kind === 'weekday' && atom.modifier === undefined;
    });
    const inWeek = week !== undefined && week.phrase.all !== true && weekdays ? week.phrase.week : undefined;
    const days = this.resolveItems(inWeek);
    let pattern = false;
    if (week !== undefined && inWeek === undefined) {
      if (week.phrase.all === true || intent === 'cancel') days.push(...this.workingDaysOf(week.phrase.week));
      else if (week.phrase.week === 'next') pattern = true;
      else if (this.items.length === 0) return { intent: 'list', range: 'this-week', language };
      else this.fail('UNREADABLE_DATE', week.token, week.token);
    }
    if (days.length === 0 && !pattern) {
      // Only a greeting, a "merci", an article: the person gets the help.
      if (
        intent === 'declare' &&
        this.declareAt === undefined &&
        this.items.length === 0 &&
        week === undefined
      ) {
        return { intent: 'help', language };
      }
      this.fail('NO_DATE');
    }
    const sorted = normalise(days);
    if (intent === 'cancel') return { intent, days: sorted, language };
    return pattern
      ? { intent, days: sorted, language, pattern: 'next-week-structural' }
      : { intent, days: sorted, language };
  }

  /** Mondays to Fridays of this week (from today on) or of next week. */
  private workingDaysOf(week: 'this' | 'next'): DayRequest[] {
    const monday = addDays(startOfWeek(this.today), week === 'next' ? 7 : 0);
    return eachDay(monday, addDays(monday, 4))
      .filter((date) => date >= this.today)
      .map((date): DayRequest => ({ date, part: 'full' }));
  }

  private resolveItems(inWeek: 'this' | 'next' | undefined): DayRequest[] {
    const resolved: DayRequest[][] = [];
    const failures: Array<ParseFailure | undefined> = [];
    // Right to left, so that "3, 4 et 7 décembre" lends December to the 3rd and the 4th.
    let lender: LocalDate | undefined;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i] as Item;
      let lent: LocalDate | undefined;
      try {
        if (item.kind === 'single') {
          const { atom } = item;
          const dayOnly = atom.base.kind === 'calendar' && atom.base.month === undefined;
          const date =
            dayOnly && lender !== undefined && atom.same === undefined
              ? this.borrowMonth(atom, lender, atom)
              : this.resolveAtom(atom, inWeek);
          resolved[i] = [{ date, part: atom.part ?? 'full' }];
          if (atom.base.kind === 'calendar' && (!dayOnly || lender !== undefined)) lent = date;
        } else {
          resolved[i] = this.resolveRange(item, inWeek);
          if (item.from.base.kind === 'calendar') lent = resolved[i]?.[0]?.date;
        }
      } catch (error) {
        if (!(error instanceof ParseFailure)) throw error;
        failures[i] = error;
      }
      lender = lent;
    }
    const failure = failures.find((f) => f !== undefined);
    if (failure !== undefined) throw failure;
    return resolved.flat();
  }

  /** The 3rd said before "7 décembre": the 3rd of that month (or of the month before). */
  private borrowMonth(atom: Atom, lender: LocalDate, blame: Atom): LocalDate {
    const base = atom.base as Base & { kind: 'calendar' };
    const date = dayInMonthOf(base.day, lender, true);
    if (date === undefined) this.fail('IMPOSSIBLE_DATE', blame.first, blame.last);
    return date;
  }

  private resolveRange(item: Item & { kind: 'range' }, inWeek: 'this' | 'next' | undefined): DayRequest[] {
    const { from, to } = item;
    const blame = (): never => this.fail('IMPOSSIBLE_DATE', from.first, to.last);
    let start: LocalDate;
    let end: LocalDate;
    const monthless =
      from.base.kind === 'calendar' && from.base.month === undefined && from.same === undefined;
    if (monthless && to.base.kind === 'calendar' && to.base.month !== undefined) {
      // "du 7 au 9 décembre", "du 28 au 3 janvier": the start takes the end's month.
      end = this.resolveAtom(to, inWeek);
      start = this.borrowMonth(from, end, from);
    } else {
      start = this.resolveAtom(from, inWeek);
      end = this.resolveAtom(to, inWeek, start);
    }
    if (end < start || daysBetween(start, end) > MAX_RANGE_DAYS) blame();
    if (to.base.kind === 'calendar' && to.base.year === undefined && from.base.kind === 'calendar') {
      const dayOfMonth = (date: LocalDate) => Number(date.slice(8));
      const backwards = dayOfMonth(end) < dayOfMonth(start);
      // "du 9/12 au 7/12": a typo, not a range to next December.
      if (backwards && from.base.month !== undefined && from.base.month === to.base.month) blame();
      // "du 28 au 3 janvier" crosses a month end; "du 9 au 7 décembre" is a typo, not four weeks.
      const monthless = from.base.month === undefined || to.base.month === undefined;
      if (backwards && monthless && daysBetween(start, end) > MAX_WRAPPED_RANGE_DAYS) blame();
    }
    // From the morning of the first day (its afternoon if said) to the evening of the last.
    const begin: 'am' | 'pm' = from.part === 'pm' ? 'pm' : 'am';
    const finish: 'am' | 'pm' = to.part === 'am' ? 'am' : 'pm';
    if (start === end) {
      if (begin === 'pm' && finish === 'am') blame();
      return [{ date: start, part: begin === finish ? begin : 'full' }];
    }
    const days = eachDay(start, end).map(
      (date): DayRequest => ({
        date,
        part: date === start && begin === 'pm' ? 'pm' : date === end && finish === 'am' ? 'am' : 'full',
      }),
    );
    // Nobody means to telework on the Sunday inside "from Monday to next Monday".
    const working = days.filter((d) => isWorkingWeekday(d.date));
    return working.length > 0 ? working : days;
  }

  private resolveAtom(atom: Atom, inWeek: 'this' | 'next' | undefined, anchor?: LocalDate): LocalDate {
    const date = addDays(this.resolveBase(atom.base, atom, inWeek, anchor), 7 * atom.weeksLater);
    const { base, same } = atom;
    if (same === undefined) return date;
    // Two names for one day ("vendredi 4 décembre", "morgen vrijdag"): the weekday must agree.
    let named: LocalDate;
    let weekday: Weekday;
    if (base.kind === 'weekday') {
      named = this.resolveBase(same, atom, inWeek, anchor);
      weekday = base.weekday;
    } else if (same.kind === 'weekday') {
      named = date;
      weekday = same.weekday;
    } else {
      return this.fail('IMPOSSIBLE_DATE', atom.first, atom.last);
    }
    if (weekdayOf(named) !== weekday) this.fail('IMPOSSIBLE_DATE', atom.first, atom.last);
    return named;
  }

  private resolveBase(
    base: Base,
    atom: Atom,
    inWeek: 'this' | 'next' | undefined,
    anchor?: LocalDate,
  ): LocalDate {
    const today = this.today;
    switch (base.kind) {
      case 'relative':
        return addDays(today, base.offset);
      case 'absolute':
        return base.date;
      case 'weekday': {
        const { weekday } = base;
        switch (atom.modifier) {
          case 'next':
            return weekdayInWeek(today, weekday, 1);
          case 'last':
            return previousWeekday(today, weekday);
          case 'this':
            return nextWeekday(today, weekday, true);
          default:
            if (anchor !== undefined) return nextWeekday(anchor, weekday, true);
            if (inWeek !== undefined) return weekdayInWeek(today, weekday, inWeek === 'next' ? 1 : 0);
            return nextWeekday(today, weekday, false);
        }
      }
      case 'calendar': {
        const from = anchor ?? today;
        const date =
          base.year !== undefined && base.month !== undefined
            ? localDate(base.year, base.month, base.day)
            : base.month !== undefined
              ? nextDayMonth(base.day, base.month, from)
              : nextDayOfMonth(base.day, from);
        if (date === undefined) this.fail('IMPOSSIBLE_DATE', atom.first, atom.last);
        return date;
      }
    }
  }

  // ---- language -----------------------------------------------------------------------------

  private noteAlias(i: number): void {
    const token = this.tokens[i];
    const alias = meaningOf(entriesOf(token), 'alias');
    const language = languagesOf(entriesOf(token), 'alias')[0];
    if (alias === undefined || language === undefined) return;
    if (this.alias === undefined || (this.alias.weak && !alias.weak))
      this.alias = { language, weak: alias.weak };
  }

  private take(i: number, kind: MeaningKind): void {
    this.chosen.set(i, languagesOf(entriesOf(this.tokens[i]), kind));
  }

  /**
   * A French, Dutch or German command word decides; then the words after it (each votes for the
   * languages that use it with the meaning it was read with); then "telework"; then the Teams
   * locale.
   */
  private language(): Locale {
    if (this.alias !== undefined && !this.alias.weak) return this.alias.language;
    const tally = new Map<Locale, number>();
    const vote = (language: Locale) => tally.set(language, (tally.get(language) ?? 0) + 1);
    for (const [i, token] of this.tokens.entries()) {
      if (token.type !== 'word' || is(token, 'alias')) continue;
      for (const language of this.chosen.get(i) ?? languagesOf(token.entries)) vote(language);
    }
    for (const language of this.chronoLanguages) vote(language);
    if (tally.size > 0) {
      const best = Math.max(...tally.values());
      const tied = LOCALES.filter((l) => tally.get(l) === best);
      if (tied.includes(this.fallback)) return this.fallback;
      return TIE_ORDER.find((l) => tied.includes(l)) as Locale;
    }
    return this.alias?.language ?? this.fallback;
  }

  // ---- problems -----------------------------------------------------------------------------

  private span(item: Item): [number, number] {
    return item.kind === 'single' ? [item.atom.first, item.atom.last] : [item.from.first, item.to.last];
  }

  private fail(code: ParseProblemCode, first?: number, last?: number): never {
    if (first === undefined) throw new ParseFailure({ code });
    const from = this.tokens[first] as Token;
    const to = this.tokens[Math.max(first, last ?? first)] ?? from;
    // A word's full stop ends the sentence; a number's belongs to it ("31.11.").
    const fragment = this.text
      .slice(from.start, to.end)
      .replace(to.type === 'word' ? /[.,;:!?]+$/ : /[,;:!?]+$/, '')
      .trim();
    throw new ParseFailure(fragment === '' ? { code } : { code, fragment });
  }
}

/** Sorted by date, one entry per date; a morning and an afternoon make a full day. */
function normalise(days: readonly DayRequest[]): DayRequest[] {
  const halves = new Map<LocalDate, Set<'am' | 'pm'>>();
  for (const { date, part } of days) {
    const set = halves.get(date) ?? new Set();
    if (part === 'full' || part === 'am') set.add('am');
    if (part === 'full' || part === 'pm') set.add('pm');
    halves.set(date, set);
  }
  return [...halves.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([date, set]): DayRequest => ({ date, part: set.size === 2 ? 'full' : set.has('am') ? 'am' : 'pm' }),
    );
}
