import { describe, expect, it } from 'vitest';
import { mondayOfWeekShown } from '../../core/calendar/week-shown.js';

describe('the week "/telework week" shows', () => {
  it.each([
    ['Monday 23 November 2026', '2026-11-23', '2026-11-23'],
    ['Wednesday 25 November 2026', '2026-11-25', '2026-11-23'],
    ['Friday 27 November 2026', '2026-11-27', '2026-11-23'],
    ['Saturday 28 November 2026: the coming week', '2026-11-28', '2026-11-30'],
    ['Sunday 29 November 2026: the coming week', '2026-11-29', '2026-11-30'],
    ['Saturday 26 December 2026, across the year end', '2026-12-26', '2026-12-28'],
    ['Sunday 3 January 2027', '2027-01-03', '2027-01-04'],
    ['Friday 1 January 2027, a holiday in the week of 28 December', '2027-01-01', '2026-12-28'],
    ['Sunday 28 February 2027, across the month end', '2027-02-28', '2027-03-01'],
  ])('%s → the week of %s', (_label, today, monday) => {
    expect(mondayOfWeekShown(today)).toBe(monday);
  });
});
