import type { ClosingDays, Locale } from '../organisation/organisation.js';
import type { LocalDate } from './local-date.js';

/**
 * What the domain needs to know about days off, handed in by the caller. `publicHoliday` is a
 * deterministic lookup (adapters/holidays builds it from date-holidays), so the rules stay pure.
 */
export interface WorkingCalendar {
  /** The name of the public holiday on that date, if there is one. */
  publicHoliday(date: LocalDate): string | undefined;
  /** The same holiday's name in a person's language (Kerstmis, Noël, Christmas Day, Weihnachten). */
  publicHolidayIn(date: LocalDate, language: Locale): string | undefined;
  closingDays: ClosingDays;
}
