import { describe, expect, it } from 'vitest';
import { dayOff, isWorkingDayFor, workingDaysFor } from '../../core/calendar/day-off.js';
import type { Regime } from '../../core/organisation/organisation.js';
import { calendar, FOUR_FIFTHS_MON_THU, FULL_TIME } from './fixtures.js';

describe('days off on the 2026 Flemish calendar of the test CPAS', () => {
  it.each([
    ['2026-03-07', 'weekend', 'sat'],
    ['2026-03-08', 'weekend', 'sun'],
    // 15 August 2026 is a Saturday: the weekend is the more precise answer.
    ['2026-08-15', 'weekend', 'sat'],
    ['2026-04-06', 'public-holiday', 'Paasmaandag'],
    ['2026-05-14', 'public-holiday', 'Hemelvaartsdag'],
    ['2026-05-25', 'public-holiday', 'Pinkstermaandag'],
    ['2026-07-21', 'public-holiday', 'Nationale feestdag'],
    ['2026-11-11', 'public-holiday', 'Wapenstilstand'],
    ['2026-05-15', 'closing-day', '2026-05-15'],
    ['2026-12-31', 'closing-day', '2026-12-31'],
    // 11 July 2025 is a Friday: the yearly closing day of the Flemish community holiday.
    ['2025-07-11', 'closing-day', '07-11'],
    ['2028-07-11', 'closing-day', '07-11'],
  ])('%s is a %s (%s)', (date, kind, name) => {
    expect(dayOff(date, calendar)).toEqual({ kind, name });
  });

  it.each(['2026-03-09', '2026-05-13', '2026-12-24', '2026-12-30'])('%s is a working day', (date) => {
    expect(dayOff(date, calendar)).toBeUndefined();
  });

  it.each([
    ['full time', FULL_TIME, '2026-03-13', true],
    ['4/5 Monday–Thursday', FOUR_FIFTHS_MON_THU, '2026-03-13', false],
    ['4/5 Monday–Thursday', FOUR_FIFTHS_MON_THU, '2026-03-12', true],
    ['4/5 Monday–Thursday', FOUR_FIFTHS_MON_THU, '2026-04-06', false],
    ['a Saturday regime', { ...FULL_TIME, days: ['sat'] } as Regime, '2026-03-07', false],
  ])('%s works on %s: %s', (_label, regime, date, expected) => {
    expect(isWorkingDayFor(regime, date, calendar)).toBe(expected);
  });

  it.each([
    // 261 weekdays, minus 8 weekday holidays, minus the 2 closing days.
    ['full time in 2026', FULL_TIME, '2026-01-01', '2026-12-31', 251],
    ['4/5 Monday–Thursday in 2026', FOUR_FIFTHS_MON_THU, '2026-01-01', '2026-12-31', 202],
    // Ascension week: Thursday is a holiday and Friday the bridge day.
    ['full time in the week of Ascension 2026', FULL_TIME, '2026-05-11', '2026-05-17', 3],
    ['full time over one day', FULL_TIME, '2026-03-09', '2026-03-09', 1],
    ['an empty range', FULL_TIME, '2026-03-10', '2026-03-09', 0],
  ])('%s: %i working days', (_label, regime, from, to, expected) => {
    expect(workingDaysFor(regime, from, to, calendar)).toBe(expected);
  });

  it('refuses an impossible date with INVALID_DATE', () => {
    expect(() => dayOff('2026-02-30', calendar)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
