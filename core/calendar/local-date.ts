// A calendar day as an ISO string (YYYY-MM-DD). The domain never needs a time of day or a time zone:
// the adapter that owns the clock turns "now" into today's date in Europe/Brussels and passes it in.
export type LocalDate = string;
/** A calendar month as YYYY-MM. */
export type Month = string;
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Part of a day: the whole day, the morning or the afternoon. */
export type DayPart = 'full' | 'am' | 'pm';
export type HalfDay = 'am' | 'pm';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const WORKING_WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * The years the product handles, both included. Outside them a date or a month is refused
 * (DATE_OUT_OF_RANGE, MONTH_OUT_OF_RANGE) before anything is read or written: the Belgian holiday
 * calendar, the quota weeks and months are only meaningful for years an employer can still book
 * or pay, and a date such as 9999-12-31 would otherwise run into year 10000, which YYYY-MM-DD
 * cannot write.
 */
export const CALENDAR_YEARS = { first: 2000, last: 2099 } as const;

/** True when the year a YYYY-MM-DD date or a YYYY-MM month starts with is within CALENDAR_YEARS. */
export function isWithinCalendarYears(dateOrMonth: string): boolean {
  const year = Number(dateOrMonth.slice(0, 4));
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is false). */
export function isLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

function toUtc(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay: 0 = Sunday.
  return WEEKDAYS[(new Date(toUtc(date)).getUTCDay() + 6) % 7] as Weekday;
}

export function monthOf(date: LocalDate): Month {
  return date.slice(0, 7);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** Monday of the ISO week (Monday to Sunday) that holds `date`. */
export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

export function firstDayOfMonth(month: Month): LocalDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: Month): LocalDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return fromUtc(Date.UTC(y, m, 0));
}

export function nextMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return fromUtc(Date.UTC(y, m, 1)).slice(0, 7);
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The half days a part of a day covers. */
export function halvesOf(part: DayPart): HalfDay[] {
  return part === 'full' ? ['am', 'pm'] : [part];
}

/** The later of two dates (ISO dates compare as strings). */
export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}
