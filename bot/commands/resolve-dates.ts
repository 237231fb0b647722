import {
  addDays,
  daysBetween,
  eachDay,
  type LocalDate,
  startOfWeek,
  type Weekday,
  weekdayOf,
} from '../../core/calendar/local-date.js';
import { mondayOfWeekShown } from '../../core/calendar/week-shown.js';
import type { DayRequest } from '../../core/policy/decision.js';
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
import { type Fail, ParseFailure } from './parse-problem.js';
import type { Atom, Base, Item } from './read-dates.js';

/**
 * Resolving a command: from the date expressions read (read-dates.ts) to dates, given today.
 * A date that does not exist or contradicts itself fails here with IMPOSSIBLE_DATE.
 */

/** A range may not cover more days than this (it would be a typo in a year). */
export const MAX_RANGE_DAYS = 366;

/**
 * "du 28 au 3 janvier" runs from the 28th of the month before; such a range that wraps round a
 * month end on a day number alone may not last longer than this ("du 9 au 7 décembre" is a typo).
 */
export const MAX_WRAPPED_RANGE_DAYS = 14;

export class DateResolver {
  constructor(
    private readonly today: LocalDate,
    private readonly fail: Fail,
  ) {}

  /**
   * Mondays to Fridays of this week (from today on) or of next week. On a weekend "this week" is
   * the coming one, as the week card shows it (mondayOfWeekShown): the week ending has no working
   * day left.
   */
  workingDaysOf(week: 'this' | 'next'): DayRequest[] {
    const monday = week === 'next' ? addDays(startOfWeek(this.today), 7) : mondayOfWeekShown(this.today);
    return eachDay(monday, addDays(monday, 4))
      .filter((date) => date >= this.today)
      .map((date): DayRequest => ({ date, part: 'full' }));
  }

  resolveItems(items: readonly Item[], inWeek: 'this' | 'next' | undefined): DayRequest[] {
    const resolved: DayRequest[][] = [];
    const failures: Array<ParseFailure | undefined> = [];
    // Right to left, so that "3, 4 et 7 décembre" lends December to the 3rd and the 4th.
    let lender: LocalDate | undefined;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i] as Item;
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
}

/** Sorted by date, one entry per date; a morning and an afternoon make a full day. */
export function normalise(days: readonly DayRequest[]): DayRequest[] {
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
