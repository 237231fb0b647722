import { assertLocalDate } from '../calendar/day-off.js';
import { addDays, daysBetween, type LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';

/** A planning period: a quarter (13 weeks) and a little, so a roster can be planned a term ahead. */
export const MAX_PERIOD_DAYS = 93;

/** How far back the fairness of a roster looks: the last 12 weeks before the period. */
export const FAIRNESS_WINDOW_DAYS = 84;

/** Throws INVALID_DATE or INVALID_PERIOD (ends before it starts, or longer than 93 days, both ends included). */
export function assertPeriod(from: LocalDate, to: LocalDate): void {
  assertLocalDate(from);
  assertLocalDate(to);
  if (to < from || daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) {
    throw new DomainError('INVALID_PERIOD', { from, to, maxDays: MAX_PERIOD_DAYS });
  }
}

/** The dates whose duties a roster proposal needs: the 12 weeks before `from`, and the period itself. */
export function dutiesNeededFor(from: LocalDate, to: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(from, -FAIRNESS_WINDOW_DAYS), to };
}
