import { describe, expect, it } from 'vitest';
import type { DayPart } from '../../core/calendar/local-date.js';
import type { Person, Regime } from '../../core/organisation/organisation.js';
import { monthlyAllowance, monthlyTally } from '../../core/policy/allowance.js';
import type { AllowancePolicy } from '../../core/policy/policy.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import { cpasPeople, FOUR_FIFTHS_MON_THU } from './fixtures.js';

/** `full` full days and `half` half days. */
function days(full: number, half = 0): Array<{ part: DayPart }> {
  return [
    ...Array.from({ length: full }, () => ({ part: 'full' as const })),
    ...Array.from({ length: half }, (_, i) => ({ part: i % 2 === 0 ? ('am' as const) : ('pm' as const) })),
  ];
}

const LEUVEN = leuvenPreset.allowance;
const FOUR_FIFTHS_FIVE_DAYS: Regime = { ...FOUR_FIFTHS_MON_THU, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
const FEDERAL = federalPreset.allowance;

describe('Leuven: EUR 3 per telework day, structural teleworkers only', () => {
  it.each([
    ['5 structural days', days(5), 'structural', 1500],
    ['4 days and a half day: the half day is EUR 1.50', days(4, 1), 'structural', 1350],
    ['2 half days', days(0, 2), 'structural', 300],
    ['5 days of an occasional teleworker', days(5), 'occasional', 0],
    ['nobody without an arrangement', days(5), 'none', 0],
    ['no day', days(0), 'structural', 0],
  ] as const)('%s → %i cents', (_label, month, arrangement, cents) => {
    expect(monthlyAllowance(month, arrangement, LEUVEN).totalCents).toBe(cents);
  });

  it('explains the amount in a per-day line', () => {
    expect(monthlyAllowance(days(4, 1), 'structural', LEUVEN).lines).toEqual([
      { rule: 'per-day', label: 'per day', cents: 1350, countedDays: 4.5 },
    ]);
  });
});

describe('federal: EUR 20 from 1 day, EUR 30 from 4 days, no pro rata', () => {
  it.each([
    ['no day', days(0), 0, []],
    ['a half day counts 0.5: below 1 day', days(0, 1), 0, []],
    ['1 day', days(1), 2000, ['internet']],
    ['2 half days make 1 day', days(0, 2), 2000, ['internet']],
    ['3.5 days', days(3, 1), 2000, ['internet']],
    ['4 days', days(4), 5000, ['internet', 'office']],
    ['20 days: still the same flat amounts', days(20), 5000, ['internet', 'office']],
  ] as const)('%s → %i cents', (_label, month, cents, labels) => {
    const allowance = monthlyAllowance(month, 'occasional', FEDERAL);
    expect(allowance.totalCents).toBe(cents);
    expect(allowance.lines.map((line) => line.label)).toEqual(labels);
  });

  it('reaches 4 days with 3 days and a half day when a half day counts as a day', () => {
    expect(monthlyAllowance(days(3, 1), 'structural', { ...FEDERAL, halfDay: 'full' }).totalCents).toBe(5000);
  });
});

describe('other settings', () => {
  it('Rumst pays nothing', () => {
    expect(monthlyAllowance(days(8), 'structural', rumstPreset.allowance)).toEqual({
      totalCents: 0,
      lines: [],
    });
  });

  it.each([
    ['a cap under the total', 1000, 1000, [1500, -500]],
    ['a cap over the total', 2000, 1500, [1500]],
    ['a cap of exactly the total', 1500, 1500, [1500]],
  ])('%s (%i cents) → %i cents', (_label, cap, total, lineCents) => {
    const capped: AllowancePolicy = { ...LEUVEN, monthlyCapCents: cap };
    const allowance = monthlyAllowance(days(5), 'structural', capped);
    expect(allowance.totalCents).toBe(total);
    expect(allowance.lines.map((line) => line.cents)).toEqual(lineCents);
  });

  it('caps flat and per-day amounts together', () => {
    const mixed: AllowancePolicy = {
      ...FEDERAL,
      perDayCents: 100,
      perDayArrangements: ['occasional'],
      monthlyCapCents: 2500,
    };
    const allowance = monthlyAllowance(days(4), 'occasional', mixed);
    expect(allowance.lines.map((line) => [line.rule, line.cents])).toEqual([
      ['per-day', 400],
      ['flat', 2000],
      ['flat', 3000],
      ['cap', -2900],
    ]);
    expect(allowance.totalCents).toBe(2500);
  });

  it.each([
    ['full', 2 * 301],
    ['half', 2 * 150],
    ['none', 0],
  ] as const)(
    'an odd daily amount for two half days counted as %s → %i cents, whole cents only',
    (halfDay, cents) => {
      const odd: AllowancePolicy = { ...LEUVEN, perDayCents: 301, halfDay };
      const allowance = monthlyAllowance(days(0, 2), 'structural', odd);
      expect(allowance.totalCents).toBe(cents);
      expect(Number.isInteger(allowance.totalCents)).toBe(true);
    },
  );

  it('refuses a part of a day that does not exist', () => {
    expect(() => monthlyAllowance([{ part: 'night' as DayPart }], 'structural', LEUVEN)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DAY_PART' }),
    );
  });
});

describe('monthly tally for HR', () => {
  const anna = cpasPeople().find((p) => p.id === 'sw-anna') as Person;

  it('counts days, halves, time and money of a structural teleworker (Leuven)', () => {
    expect(monthlyTally(days(3, 2), anna, leuvenPreset)).toEqual({
      fullDays: 3,
      halfDays: 2,
      teleworkHalves: 8,
      teleworkDays: 4,
      minutes: 3 * 456 + 2 * 228,
      allowance: {
        totalCents: 1200,
        lines: [{ rule: 'per-day', label: 'per day', cents: 1200, countedDays: 4 }],
      },
    });
  });

  it.each<[string, Regime, number]>([
    ['4/5 over Monday–Thursday keeps 7h36 days', FOUR_FIFTHS_MON_THU, 2 * 456 + 228],
    ['4/5 over five days shortens them', FOUR_FIFTHS_FIVE_DAYS, 2 * 365 + 182],
  ])('%s: 2.5 days = %i minutes', (_label, regime, minutes) => {
    const tally = monthlyTally(days(2, 1), { ...anna, regime }, federalPreset);
    expect(tally.minutes).toBe(minutes);
    expect([tally.teleworkHalves, tally.teleworkDays]).toEqual([5, 2.5]);
    expect(tally.allowance.totalCents).toBe(2000);
  });
});
