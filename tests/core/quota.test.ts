import { describe, expect, it } from 'vitest';
import type { Regime } from '../../core/organisation/organisation.js';
import type { Quota } from '../../core/policy/policy.js';
import { quotaFigures, quotaFiguresFor, quotaLimitHalves, quotaPeriod } from '../../core/policy/quota.js';
import { calendar, entry, FOUR_FIFTHS_MON_THU, FULL_TIME } from './fixtures.js';

const HALF_TIME: Regime = { numerator: 1, denominator: 2, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
const THREE_QUARTERS: Regime = { numerator: 3, denominator: 4, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };

const LEUVEN_WEEK: Quota = { period: 'week', days: 2, proRata: true };
const WEEK_NO_PRO_RATA: Quota = { period: 'week', days: 2, proRata: false };
const RUMST_MONTH: Quota = { period: 'month', days: 8, belowFullTimeDays: 5, proRata: false };
const MONTH_PRO_RATA: Quota = { period: 'month', days: 8, proRata: true };
const FEDERAL_YEAR: Quota = { period: 'year', shareOfWorkingDays: { numerator: 3, denominator: 5 } };

describe('quota periods', () => {
  it.each([
    ['week', '2026-12-03', '2026-11-30', '2026-12-06'],
    ['week', '2026-12-06', '2026-11-30', '2026-12-06'],
    ['week', '2027-01-01', '2026-12-28', '2027-01-03'],
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-14', '2028-02-01', '2028-02-29'],
    ['year', '2026-07-21', '2026-01-01', '2026-12-31'],
  ] as const)('the %s of %s runs from %s to %s', (period, date, start, end) => {
    expect(quotaPeriod(period, date)).toEqual({ start, end });
  });
});

describe('quota limits, in half days', () => {
  it.each([
    ['Leuven week, full time: 2 days', LEUVEN_WEEK, FULL_TIME, '2026-03-09', 4],
    ['Leuven week, 4/5: 1.6 days rounded down to 1.5', LEUVEN_WEEK, FOUR_FIFTHS_MON_THU, '2026-03-09', 3],
    ['Leuven week, 3/4: 1.5 days', LEUVEN_WEEK, THREE_QUARTERS, '2026-03-09', 3],
    ['Leuven week, 1/2: 1 day', LEUVEN_WEEK, HALF_TIME, '2026-03-09', 2],
    ['a week quota without pro rata, 4/5: 2 days', WEEK_NO_PRO_RATA, FOUR_FIFTHS_MON_THU, '2026-03-09', 4],
    ['Rumst month, full time: 8 days', RUMST_MONTH, FULL_TIME, '2026-11-01', 16],
    ['Rumst month, 4/5: 5 days', RUMST_MONTH, FOUR_FIFTHS_MON_THU, '2026-11-01', 10],
    ['Rumst month, 1/2: 5 days', RUMST_MONTH, HALF_TIME, '2026-11-01', 10],
    ['a pro-rated month of 8 days, 4/5: 6.4 → 6 days', MONTH_PRO_RATA, FOUR_FIFTHS_MON_THU, '2026-11-01', 12],
    ['a pro-rated month of 8 days, 1/2: 4 days', MONTH_PRO_RATA, HALF_TIME, '2026-11-01', 8],
    // 251 working days in 2026 (VLG, two closing days) × 3/5 = 150.6 → 150.5 days.
    ['federal year 2026, full time', FEDERAL_YEAR, FULL_TIME, '2026-01-01', 301],
    // 202 Monday–Thursday working days × 3/5 = 121.2 → 121 days.
    ['federal year 2026, 4/5 Monday–Thursday', FEDERAL_YEAR, FOUR_FIFTHS_MON_THU, '2026-01-01', 242],
    // 2027: 254 working days × 3/5 = 152.4 → 152 days.
    ['federal year 2027, full time', FEDERAL_YEAR, FULL_TIME, '2027-01-01', 304],
  ])('%s → %i halves', (_label, quota, regime, periodStart, expected) => {
    expect(quotaLimitHalves(quota, regime, periodStart, calendar)).toBe(expected);
  });
});

describe('quota use', () => {
  const bart = { id: 'sw-bart', regime: FULL_TIME };
  const entries = [
    entry('sw-bart', '2026-11-30', 'full'),
    entry('sw-bart', '2026-12-01', 'am', 'pending'),
    entry('sw-bart', '2026-12-02', 'pm', 'refused'),
    entry('sw-bart', '2026-12-03', 'full', 'cancelled'),
    entry('sw-anna', '2026-12-01', 'full'),
    entry('sw-bart', '2026-11-23', 'full'),
  ];

  it.each([
    // The week of Monday 30 November runs into December: only the week counts.
    ['week', LEUVEN_WEEK, '2026-12-04', '2026-11-30', 4, 3, 1],
    // Rumst's month counts the calendar month only: 30 November is in November.
    ['December', RUMST_MONTH, '2026-12-04', '2026-12-01', 16, 1, 15],
    ['November', RUMST_MONTH, '2026-11-10', '2026-11-01', 16, 4, 12],
  ])(
    '%s: accepted and pending entries of the person count, half days as 1',
    (_label, quota, date, periodStart, limitHalves, usedHalves, leftHalves) => {
      expect(quotaFigures(quota, bart, date, { calendar, activeEntries: entries })).toEqual({
        period: quota.period,
        periodStart,
        limitHalves,
        usedHalves,
        leftHalves,
      });
    },
  );

  it('counts a full day and a half day of the same date once', () => {
    const overlapping = [
      entry('sw-bart', '2026-03-10', 'full'),
      entry('sw-bart', '2026-03-10', 'am', 'pending'),
    ];
    const figures = quotaFigures(LEUVEN_WEEK, bart, '2026-03-10', { calendar, activeEntries: overlapping });
    expect(figures.usedHalves).toBe(2);
  });

  it('never shows less than nothing left', () => {
    const many = ['2026-03-09', '2026-03-10', '2026-03-11'].map((date) => entry('sw-bart', date));
    expect(quotaFigures(LEUVEN_WEEK, bart, '2026-03-12', { calendar, activeEntries: many })).toMatchObject({
      usedHalves: 6,
      leftHalves: 0,
    });
  });

  it('gives the figures of every quota, shortest period first', () => {
    const figures = quotaFiguresFor([FEDERAL_YEAR, RUMST_MONTH, LEUVEN_WEEK], bart, '2026-03-10', {
      calendar,
      activeEntries: [],
    });
    expect(figures.map((f) => [f.period, f.periodStart])).toEqual([
      ['week', '2026-03-09'],
      ['month', '2026-03-01'],
      ['year', '2026-01-01'],
    ]);
  });
});
