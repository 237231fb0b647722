import { describe, expect, it } from 'vitest';
import type { DayPart } from '../../core/calendar/local-date.js';
import type { Person, Regime, TeleworkArrangement } from '../../core/organisation/organisation.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import { personMonthTally } from '../../core/tally/monthly-tally.js';
import { FOUR_FIFTHS_MON_THU, FULL_TIME } from './fixtures.js';

// One person's month, by hand: the days, the time at the regime's day value, the money by preset.
const FIVE_DAYS = FULL_TIME.days;
const FOUR_FIFTHS_FIVE_DAYS: Regime = { numerator: 4, denominator: 5, days: FIVE_DAYS };
const HALF_TIME: Regime = { numerator: 19, denominator: 38, days: FIVE_DAYS };
const STRUCTURAL: TeleworkArrangement = { type: 'structural', pattern: [{ weekday: 'tue', part: 'full' }] };

function someone(regime: Regime, arrangement: TeleworkArrangement = STRUCTURAL): Person {
  return {
    id: 'p-1',
    upn: 'p1@cpas.example',
    displayName: 'P One',
    locale: 'nl',
    teams: ['social'],
    function: 'social-worker',
    regime,
    arrangement,
    roles: [],
  };
}

function days(full: number, half = 0): Array<{ part: DayPart }> {
  return [
    ...Array.from({ length: full }, () => ({ part: 'full' as const })),
    ...Array.from({ length: half }, (_, i) => ({ part: i % 2 ? ('pm' as const) : ('am' as const) })),
  ];
}

function tally(person: Person, policy: TeleworkPolicy, full: number, half = 0) {
  return personMonthTally({ person, policy, days: days(full, half), corrections: [], originals: new Map() });
}

describe('time at the regime’s day value', () => {
  it.each([
    // regime, full, half, day value, minutes (by hand)
    ['full time: 7:36 a day, 3:48 a half day', FULL_TIME, 8, 2, 456, 8 * 456 + 2 * 228],
    ['4/5 over Mon–Thu keeps 7:36 days', FOUR_FIFTHS_MON_THU, 6, 1, 456, 6 * 456 + 228],
    ['4/5 over five days: 6:05 a day, 3:02 a half day', FOUR_FIFTHS_FIVE_DAYS, 4, 3, 365, 4 * 365 + 3 * 182],
    ['19/38 over five days: 3:48 a day, 1:54 a half day', HALF_TIME, 3, 1, 228, 3 * 228 + 114],
    ['no day at all', FULL_TIME, 0, 0, 456, 0],
  ])('%s', (_label, regime, full, half, dayValue, minutes) => {
    const result = tally(someone(regime), leuvenPreset, full, half);
    expect(result).toMatchObject({ fullDays: full, halfDays: half, teleworkDays: full + half / 2, minutes });
    expect(result.dayValueMinutes).toBe(dayValue);
  });

  it('describes the regime and the arrangement as HR reads them', () => {
    const person = someone(FOUR_FIFTHS_MON_THU, {
      type: 'structural',
      pattern: [
        { weekday: 'wed', part: 'full' },
        { weekday: 'thu', part: 'am' },
      ],
    });
    expect(tally(person, leuvenPreset, 0)).toMatchObject({
      regime: { share: '4/5', fraction: 0.8, days: ['mon', 'tue', 'wed', 'thu'] },
      arrangement: 'structural',
      pattern: ['wed', 'thu-am'],
    });
  });
});

describe('the allowance of the three presets, by hand', () => {
  it.each([
    // preset, arrangement, full, half, cents, rule
    ['leuven', 'structural', 8, 0, 2400, 'per-day'],
    ['leuven', 'structural', 4, 3, 1650, 'per-day'],
    ['leuven', 'structural', 0, 1, 150, 'per-day'],
    ['leuven', 'occasional', 8, 0, 0, 'none'],
    ['leuven', 'none', 0, 0, 0, 'none'],
    ['federal', 'occasional', 0, 1, 0, 'none'],
    ['federal', 'occasional', 1, 0, 2000, 'flat:internet'],
    ['federal', 'structural', 3, 1, 2000, 'flat:internet'],
    ['federal', 'structural', 3, 2, 5000, 'flat:internet+flat:office'],
    ['federal', 'structural', 4, 0, 5000, 'flat:internet+flat:office'],
    ['federal', 'structural', 12, 0, 5000, 'flat:internet+flat:office'],
    ['rumst', 'structural', 8, 0, 0, 'none'],
  ] as const)(
    '%s, %s, %i full + %i half days → %i cents (%s)',
    (preset, arrangement, full, half, cents, rule) => {
      const policy = { leuven: leuvenPreset, federal: federalPreset, rumst: rumstPreset }[preset];
      const type: TeleworkArrangement = arrangement === 'structural' ? STRUCTURAL : { type: arrangement };
      const result = tally(someone(FULL_TIME, type), policy, full, half);
      expect(result.allowance).toMatchObject({ cents, rule, preset });
      expect(result.totalCents).toBe(cents);
    },
  );

  it('a cap takes off what goes over it, and says so', () => {
    const capped = { ...leuvenPreset, allowance: { ...leuvenPreset.allowance, monthlyCapCents: 4500 } };
    const result = tally(someone(FULL_TIME), capped, 18);
    expect(result.allowance).toMatchObject({
      cents: 4500,
      rule: 'per-day+cap',
      lines: [
        { rule: 'per-day', cents: 5400, countedDays: 18 },
        { rule: 'cap', cents: -900, countedDays: 18 },
      ],
    });
  });

  it('a month at exactly the cap is not cut', () => {
    const capped = { ...leuvenPreset, allowance: { ...leuvenPreset.allowance, monthlyCapCents: 4500 } };
    expect(tally(someone(FULL_TIME), capped, 15).allowance).toMatchObject({ cents: 4500, rule: 'per-day' });
  });
});
