import { type DayPart, WEEKDAYS } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { Regime } from '../organisation/organisation.js';
import type { TeleworkPolicy } from './policy.js';

const DAY_PARTS: readonly string[] = ['full', 'am', 'pm'];

/**
 * A regime is a share of a full-time job in (0, 1], written as a fraction of positive integers,
 * worked on at least one weekday. Anything else would give a day value of zero or more than a
 * full-time week, and pro-rated quotas that make no sense.
 */
export function assertValidRegime(regime: Regime): void {
  const { numerator, denominator, days } = regime;
  const share = `${numerator}/${denominator}`;
  const validShare =
    Number.isInteger(numerator) && Number.isInteger(denominator) && numerator > 0 && denominator >= numerator;
  if (!validShare) throw new DomainError('INVALID_REGIME', { value: share });
  const validDays =
    Array.isArray(days) &&
    days.length > 0 &&
    days.every((day) => WEEKDAYS.includes(day)) &&
    new Set(days).size === days.length;
  if (!validDays) throw new DomainError('INVALID_REGIME', { value: `${share} over [${String(days)}]` });
}

/** Input from the bot or the API is not typed at run time: refuse anything but full, am or pm. */
export function assertValidDayPart(part: string): asserts part is DayPart {
  if (!DAY_PARTS.includes(part)) throw new DomainError('INVALID_DAY_PART', { value: String(part) });
}

/**
 * What one working day is worth for a person, in minutes: the regime's weekly minutes spread over
 * the regime's days, rounded to the nearest minute. 38h full time over five days gives 456 (7h36);
 * 4/5 over Monday–Thursday keeps 456; 4/5 over five days gives 364.8 → 365.
 */
export function dayValueMinutes(
  regime: Regime,
  policy: Pick<TeleworkPolicy, 'fullTimeWeeklyMinutes'>,
): number {
  assertValidRegime(regime);
  // One division at the end, so the only rounding is the final one.
  return Math.round(
    (policy.fullTimeWeeklyMinutes * regime.numerator) / (regime.denominator * regime.days.length),
  );
}

/**
 * What a part of a day is worth. A half day is the day value halved and rounded down, so that
 * a morning plus an afternoon never exceed the full day (365 → 182 + 182; 456 → 228 + 228 = 3h48).
 */
export function partValueMinutes(
  regime: Regime,
  part: DayPart,
  policy: Pick<TeleworkPolicy, 'fullTimeWeeklyMinutes'>,
): number {
  assertValidDayPart(part);
  const day = dayValueMinutes(regime, policy);
  return part === 'full' ? day : Math.floor(day / 2);
}

/** Full time is a share of exactly 1 (38/38, 5/5); quotas such as Rumst's depend on it. */
export function isFullTime(regime: Regime): boolean {
  return regime.numerator === regime.denominator;
}
