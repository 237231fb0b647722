import { describe, expect, it } from 'vitest';
import {
  addDays,
  isLocalDate,
  lastDayOfMonth,
  nextMonth,
  startOfWeek,
  weekdayOf,
} from '../../core/calendar/local-date.js';

describe('local dates', () => {
  it.each([
    ['2026-12-03', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-12-03', false],
    ['2026-12-3', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it.each([
    // Summer-time changes in Brussels do not move a local date.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i day = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-11-23', 'mon', '2026-11-23'],
    ['2026-11-29', 'sun', '2026-11-23'],
    ['2027-01-01', 'fri', '2026-12-28'],
  ])('%s is a %s in the week of %s', (date, weekday, monday) => {
    expect(weekdayOf(date)).toBe(weekday);
    expect(startOfWeek(date)).toBe(monday);
  });

  it('knows month ends and the next month', () => {
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-11')).toBe('2026-11-30');
    expect(nextMonth('2026-12')).toBe('2027-01');
  });
});
