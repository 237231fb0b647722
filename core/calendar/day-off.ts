import { DomainError } from '../errors/error-catalogue.js';
import type { Regime } from '../organisation/organisation.js';
import {
  addDays,
  CALENDAR_YEARS,
  isLocalDate,
  isMonth,
  isWithinCalendarYears,
  type LocalDate,
  type Month,
  weekdayOf,
} from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * Why nobody works on a date. `name` is for people: the weekday for a weekend, the holiday's name
 * from the calendar, and for a closing day the entry of the employer's list that matched
 * (a date such as 2026-05-15, or MM-DD such as 07-11 for a yearly one).
 */
export interface DayOff {
  kind: 'weekend' | 'public-holiday' | 'closing-day';
  name: string;
}

/**
 * Throws DATE_OUT_OF_RANGE for a date written YYYY-MM-DD outside CALENDAR_YEARS (0000-01-01,
 * 9999-12-31), INVALID_DATE for anything else that is not a real calendar day (2026-02-30).
 */
export function assertLocalDate(value: string): asserts value is LocalDate {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isWithinCalendarYears(value)) {
    throw new DomainError('DATE_OUT_OF_RANGE', {
      value,
      from: `${CALENDAR_YEARS.first}-01-01`,
      to: `${CALENDAR_YEARS.last}-12-31`,
    });
  }
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new DomainError('INVALID_DATE', { value: String(value) });
  }
}

/** Throws MONTH_OUT_OF_RANGE for a month outside CALENDAR_YEARS, INVALID_MONTH for anything not written YYYY-MM. */
export function assertMonth(value: string): asserts value is Month {
  if (typeof value !== 'string' || !isMonth(value)) {
    throw new DomainError('INVALID_MONTH', { value: String(value) });
  }
  if (!isWithinCalendarYears(value)) {
    throw new DomainError('MONTH_OUT_OF_RANGE', {
      value,
      from: `${CALENDAR_YEARS.first}-01`,
      to: `${CALENDAR_YEARS.last}-12`,
    });
  }
}

/**
 * The reason a date is not worked by the employer, or undefined on a normal working day.
 * A weekend wins over a holiday on the same date (15 August 2026 is a Saturday), and a holiday
 * wins over a closing day, because that is the most precise thing to tell the person.
 */
export function dayOff(date: LocalDate, calendar: WorkingCalendar): DayOff | undefined {
  assertLocalDate(date);
  const weekday = weekdayOf(date);
  if (weekday === 'sat' || weekday === 'sun') return { kind: 'weekend', name: weekday };
  const holiday = calendar.publicHoliday(date);
  if (holiday !== undefined) return { kind: 'public-holiday', name: holiday };
  if (calendar.closingDays.dates.includes(date)) return { kind: 'closing-day', name: date };
  const monthDay = date.slice(5);
  if (calendar.closingDays.yearly.includes(monthDay)) return { kind: 'closing-day', name: monthDay };
  return undefined;
}

/**
 * True when the person works on that date: a weekday of their regime that is not a weekend,
 * a public holiday or a closing day. A regime that names Saturday still does not work on it here:
 * telework is declared for the employer's working week, Monday to Friday.
 */
export function isWorkingDayFor(regime: Regime, date: LocalDate, calendar: WorkingCalendar): boolean {
  return regime.days.includes(weekdayOf(date)) && dayOff(date, calendar) === undefined;
}

/** How many days from `from` to `to` (both included) the person works. */
export function workingDaysFor(
  regime: Regime,
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingCalendar,
): number {
  assertLocalDate(from);
  assertLocalDate(to);
  let count = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isWorkingDayFor(regime, date, calendar)) count++;
  }
  return count;
}
