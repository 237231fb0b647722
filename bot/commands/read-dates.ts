import type { DayPart, LocalDate, Weekday } from '../../core/calendar/local-date.js';
import { LOCALES } from '../../core/organisation/organisation.js';
import { readWithChrono } from './chrono-reader.js';
import type { LanguageVote } from './command-language.js';
import { type MeaningKind, meaningOf } from './lexicon.js';
import type { Fail } from './parse-problem.js';
import type { WeekdayModifier, WeekPhrase } from './phrases.js';
import { entriesOf, is, isDayNumber, isPunct, type Token } from './tokens.js';

/**
 * Reading a command: from tokens to the date expressions as said ("vendredi prochain", "du 7 au 9
 * décembre", "morgen vrijdag"), before any of them is placed in the calendar (resolve-dates.ts).
 * A malformed expression fails here with UNREADABLE_DATE or UNKNOWN_COMMAND.
 */

export type Base =
  | { kind: 'relative'; offset: number }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'calendar'; day: number; month?: number; year?: number }
  | { kind: 'absolute'; date: LocalDate };

/** One day as said, before it is placed in the calendar. */
export interface Atom {
  base: Base;
  modifier?: WeekdayModifier;
  weeksLater: number;
  part?: DayPart;
  /** A second name for the same day that must agree: "vendredi 4 décembre", "morgen vrijdag". */
  same?: Base;
  first: number;
  last: number;
}

export type Item = { kind: 'single'; atom: Atom } | { kind: 'range'; from: Atom; to: Atom };

/** A week word ("semaine prochaine", "deze week") and the token it stands at. */
export interface WeekMention {
  phrase: WeekPhrase;
  token: number;
}

/** What a message says, as read: the days, the week words, and where the command words stand. */
export interface Reading {
  items: Item[];
  weeks: WeekMention[];
  cancelAt: number | undefined;
  listAt: number | undefined;
  declareAt: number | undefined;
}

const BASE_KINDS: readonly MeaningKind[] = ['relative', 'weekday', 'month'];

function mergeParts(a: DayPart | undefined, b: DayPart): DayPart {
  if (a === undefined || a === b) return b;
  return 'full';
}

export class DateReader {
  private pos = 0;
  private readonly items: Item[] = [];
  private readonly weeks: WeekMention[] = [];
  private cancelAt: number | undefined;
  private listAt: number | undefined;
  private declareAt: number | undefined;
  /** A list word ("et", ",") came after the last day. */
  private connector = false;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    /** chrono places "dans 3 jours" from today. */
    private readonly today: LocalDate,
    /** Each word read is noted with the meaning it was read with: it votes for a language. */
    private readonly votes: LanguageVote,
    private readonly fail: Fail,
  ) {}

  /** Reads the whole message: the items, the week words and the command words, in order. */
  read(): Reading {
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
        this.votes.take(this.pos, flag);
        if (flag === 'cancel') this.cancelAt ??= this.pos;
        else if (flag === 'list') this.listAt ??= this.pos;
        else this.declareAt ??= this.pos;
        this.pos++;
        continue;
      }
      const quiet = (['greeting', 'polite'] as const).find((kind) => is(token, kind));
      if (quiet !== undefined) {
        this.votes.take(this.pos, quiet);
        this.pos++;
        continue;
      }
      const week = meaningOf(token.entries, 'week');
      if (week !== undefined) {
        this.votes.take(this.pos, 'week');
        this.weeks.push({ phrase: week.phrase, token: this.pos });
        this.pos++;
        continue;
      }
      if (is(token, 'and')) {
        this.votes.take(this.pos, 'and');
        this.connector = true;
        this.pos++;
        continue;
      }
      if (is(token, 'from') && is(this.tokens[this.pos + 1], 'week')) {
        // "maandag van volgende week": "van" is "of" here.
        this.votes.take(this.pos, 'from');
        this.pos++;
        continue;
      }
      if (is(token, 'part') && !is(token, 'relative') && this.connector) {
        const last = this.items.at(-1);
        if (last?.kind === 'single' && !this.startsBase(this.pos + 1)) {
          // "vendredi matin et après-midi": the same day again.
          const part = meaningOf(token.entries, 'part')?.part as DayPart;
          this.votes.take(this.pos, 'part');
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
        this.votes.take(this.pos, 'filler');
        this.pos++;
        continue;
      }
      // "of" alone: Dutch "or", which we refuse to guess.
      this.fail('UNKNOWN_COMMAND', this.pos, this.pos);
    }
    return {
      items: this.items,
      weeks: this.weeks,
      cancelAt: this.cancelAt,
      listAt: this.listAt,
      declareAt: this.declareAt,
    };
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
      this.votes.take(first, 'from');
      this.pos++;
      fromWord = true;
    } else if (is(token, 'to') && !this.hasBaseMeaning(token)) {
      // "jusqu'à vendredi", "tot vrijdag": from today.
      this.votes.take(first, 'to');
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
      if (joiner?.type === 'word') this.votes.take(this.pos, 'to');
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
        this.votes.take(this.pos, 'modifier');
        this.pos++;
        continue;
      }
      const half = meaningOf(token.entries, 'part');
      if (half !== undefined) {
        if (is(token, 'filler') && this.startsBase(this.pos + 1)) {
          // German "am Freitag": "on", not "a.m.".
          this.votes.take(this.pos, 'filler');
          this.pos++;
          continue;
        }
        part = mergeParts(part, half.part);
        this.votes.take(this.pos, 'part');
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
        this.votes.take(this.pos, 'filler');
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
      this.votes.take(this.pos, 'relative');
      this.pos++;
      const base: Base = { kind: 'relative', offset: relative.offset };
      return relative.part === undefined ? { base } : { base, part: relative.part };
    }
    const weekday = meaningOf(token.entries, 'weekday');
    if (weekday !== undefined) {
      this.votes.take(this.pos, 'weekday');
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
    const languages = [this.votes.language(), ...LOCALES.filter((l) => l !== this.votes.language())];
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
    this.votes.noteChrono(reading.language);
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
    this.votes.take(this.pos, 'month');
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
    if (look > this.pos) this.votes.take(this.pos, 'of');
    this.votes.take(look, 'month');
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
          this.votes.take(this.pos, 'modifier');
          this.pos++;
          continue;
        }
        const later = meaningOf(token.entries, 'weeks-later');
        if (later !== undefined) {
          if (result.base.kind === 'calendar' || result.base.kind === 'absolute') {
            this.fail('UNREADABLE_DATE', result.first, this.pos);
          }
          result.weeksLater += later.weeks;
          this.votes.take(this.pos, 'weeks-later');
          this.pos++;
          continue;
        }
        if (is(token, 'filler') && is(next, 'part') && !is(next, 'relative')) {
          // "Freitag am Nachmittag", "morgen 's middags".
          this.votes.take(this.pos, 'filler');
          this.pos++;
          continue;
        }
        const half = meaningOf(token.entries, 'part');
        if (half !== undefined) {
          result.part = mergeParts(result.part, half.part);
          this.votes.take(this.pos, 'part');
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
      for (let i = this.pos; i < look; i++) if (is(this.tokens[i], 'filler')) this.votes.take(i, 'filler');
      this.pos = look;
      atom.same = this.readCalendar();
      return true;
    }
    const token = this.tokens[this.pos];
    const weekday = meaningOf(entriesOf(token), 'weekday');
    if (weekday === undefined || is(token, 'relative')) return false;
    this.votes.take(this.pos, 'weekday');
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
}
