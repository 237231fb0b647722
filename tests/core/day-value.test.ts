import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Regime } from '../../core/organisation/organisation.js';
import { dayValueMinutes, partValueMinutes } from '../../core/policy/day-value.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';

const FIVE_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_THU: Weekday[] = ['mon', 'tue', 'wed', 'thu'];

function regime(numerator: number, denominator: number, days: Weekday[]): Regime {
  return { numerator, denominator, days };
}

describe('value of a telework day (38h full-time week)', () => {
  it.each([
    ['full time over five days', regime(1, 1, FIVE_DAYS), 456, 228],
    ['38/38 over five days', regime(38, 38, FIVE_DAYS), 456, 228],
    ['4/5 over Monday–Thursday keeps full days', regime(4, 5, MON_THU), 456, 228],
    ['4/5 over five days shortens each day', regime(4, 5, FIVE_DAYS), 365, 182],
    ['1/2 over five days', regime(1, 2, FIVE_DAYS), 228, 114],
    ['1/2 over Monday–Wednesday keeps longer days', regime(1, 2, ['mon', 'tue', 'wed']), 380, 190],
  ])('%s: a day is worth %i minutes, a half day %i', (_label, r, day, half) => {
    expect(dayValueMinutes(r, leuvenPreset)).toBe(day);
    expect(partValueMinutes(r, 'full', leuvenPreset)).toBe(day);
    expect(partValueMinutes(r, 'am', leuvenPreset)).toBe(half);
    expect(partValueMinutes(r, 'pm', leuvenPreset)).toBe(half);
  });

  it('7h36 and 3h48 at full time', () => {
    expect(dayValueMinutes(regime(1, 1, FIVE_DAYS), leuvenPreset)).toBe(7 * 60 + 36);
    expect(partValueMinutes(regime(1, 1, FIVE_DAYS), 'pm', leuvenPreset)).toBe(3 * 60 + 48);
  });

  it.each([
    ['a share of 0', regime(0, 1, FIVE_DAYS)],
    ['a share of 2 (more than full time)', regime(2, 1, FIVE_DAYS)],
    ['a negative share', regime(-1, 5, FIVE_DAYS)],
    ['a fractional numerator', regime(0.5, 1, FIVE_DAYS)],
    ['a zero denominator', regime(1, 0, FIVE_DAYS)],
    ['no working day', regime(1, 1, [])],
    ['an unknown weekday', regime(1, 1, ['mon', 'xyz' as Weekday])],
    ['a weekday twice', regime(1, 1, ['mon', 'mon'])],
  ])('refuses %s as INVALID_REGIME', (_label, r) => {
    expect(() => dayValueMinutes(r, leuvenPreset)).toThrowError(
      expect.objectContaining({ name: 'DomainError', code: 'INVALID_REGIME' }),
    );
  });

  it('refuses a part of a day that is not full, am or pm', () => {
    try {
      partValueMinutes(regime(1, 1, FIVE_DAYS), 'evening' as 'am', leuvenPreset);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_DAY_PART');
      expect((error as DomainError).httpStatus).toBe(400);
    }
  });
});
