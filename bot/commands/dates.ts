import {
  addDays,
  isLocalDate,
  type LocalDate,
  startOfWeek,
  WEEKDAYS,
  type Weekday,
  weekdayOf,
} from '../../core/calendar/local-date.js';

/** Calendar arithmetic on LocalDate strings only: nothing here reads a clock or a time zone. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDate(year: number, month: number, day: number): LocalDate | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isLocalDate(date) ? date : undefined;
}

function parts(date: LocalDate): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** The most days a month can have (29 for February: a year may come later). */
const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function dayMonthCanExist(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (MONTH_LENGTH[month - 1] as number);
}

/**
 * A day and month without a year: the next occurrence on or after `from`. February 29th in a
 * year that has none is impossible (we do not jump to the next leap year).
 */
export function nextDayMonth(day: number, month: number, from: LocalDate): LocalDate | undefined {
  if (!dayMonthCanExist(day, month)) return undefined;
  const [y, m, d] = parts(from);
  const year = month > m || (month === m && day >= d) ? y : y + 1;
  return localDate(year, month, day);
}

/** A day of the month alone ("le 3"): the next month, from `from` on, that has that day. */
export function nextDayOfMonth(day: number, from: LocalDate): LocalDate | undefined {
  if (day < 1 || day > 31) return undefined;
  let [y, m] = parts(from);
  for (let i = 0; i < 13; i++) {
    const date = localDate(y, m, day);
    if (date !== undefined && date >= from) return date;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return undefined;
}

/** The day `day` in the month of `date`, or in the month before when that comes after `date`. */
export function dayInMonthOf(day: number, date: LocalDate, notAfter: boolean): LocalDate | undefined {
  let [y, m] = parts(date);
  const [, , d] = parts(date);
  if (notAfter && day > d) {
    m--;
    if (m < 1) {
      m = 12;
      y--;
    }
  }
  return localDate(y, m, day);
}

export function weekdayIndex(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday);
}

/** The first `weekday` after `date` (strictly after, or on it when `inclusive`). */
export function nextWeekday(date: LocalDate, weekday: Weekday, inclusive: boolean): LocalDate {
  const gap = (weekdayIndex(weekday) - weekdayIndex(weekdayOf(date)) + 7) % 7;
  return addDays(date, gap === 0 && !inclusive ? 7 : gap);
}

/** The last `weekday` strictly before `date`. */
export function previousWeekday(date: LocalDate, weekday: Weekday): LocalDate {
  const gap = (weekdayIndex(weekdayOf(date)) - weekdayIndex(weekday) + 7) % 7;
  return addDays(date, -(gap === 0 ? 7 : gap));
}

/** `weekday` in the week (Monday to Sunday) that starts `weeks` weeks after the week of `date`. */
export function weekdayInWeek(date: LocalDate, weekday: Weekday, weeks: number): LocalDate {
  return addDays(startOfWeek(date), weeks * 7 + weekdayIndex(weekday));
}

export function isWorkingWeekday(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 'sat' && weekday !== 'sun';
}
