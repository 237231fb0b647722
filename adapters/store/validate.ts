import { type DayPart, type HalfDay, isLocalDate, isMonth } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';

// The store's boundary checks. They run before any transaction opens, so a bad value changes
// nothing. Values typed as strings can still arrive malformed from JSON, a card or a test.

export function assertDate(value: string): void {
  if (typeof value !== 'string' || !isLocalDate(value))
    throw new DomainError('INVALID_DATE', { value: String(value) });
}

export function assertMonth(value: string): void {
  if (typeof value !== 'string' || !isMonth(value))
    throw new DomainError('INVALID_MONTH', { value: String(value) });
}

export function assertDayPart(value: DayPart): void {
  if (value !== 'full' && value !== 'am' && value !== 'pm') {
    throw new DomainError('INVALID_DAY_PART', { value: String(value) });
  }
}

export function assertHalfDay(value: HalfDay): void {
  if (value !== 'am' && value !== 'pm') throw new DomainError('INVALID_DAY_PART', { value: String(value) });
}
