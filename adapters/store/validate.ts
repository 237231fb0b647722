import type { HalfDay } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';

// The store's boundary checks run before any transaction opens, so a bad value changes nothing.
// Dates, months and parts of a day are checked with core's assertLocalDate, assertMonth and
// assertValidDayPart; a permanence duty's half day has no twin in core.

export function assertHalfDay(value: HalfDay): void {
  if (value !== 'am' && value !== 'pm') throw new DomainError('INVALID_DAY_PART', { value: String(value) });
}
