import { describe, expect, it } from 'vitest';
import type { DayPart, Month } from '../../core/calendar/local-date.js';
import type { Correction } from '../../core/ledger/ledger.js';
import type { Person, Regime, TeleworkArrangement } from '../../core/organisation/organisation.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import { correctionLines, type OriginalMonth } from '../../core/tally/correction-effects.js';
import { personMonthTally } from '../../core/tally/monthly-tally.js';
import { FULL_TIME } from './fixtures.js';

// The rule: a correction is priced in its ORIGINAL month (that month's allowance without and with
// it, thresholds and cap included); the difference is carried in the month it lands in.
const STRUCTURAL: TeleworkArrangement = { type: 'structural', pattern: [{ weekday: 'tue', part: 'full' }] };
const person = (regime: Regime = FULL_TIME, arrangement: TeleworkArrangement = STRUCTURAL) => ({
  regime,
  arrangement,
});

let sequence = 0;
function correction(part: DayPart, deltaHalves: number, originalMonth: Month = '2026-10'): Correction {
  sequence += 1;
  return {
    id: `c-${sequence}`,
    entryId: `e-${sequence}`,
    personId: 'p-1',
    entryDate: `${originalMonth}-${String((sequence % 28) + 1).padStart(2, '0')}`,
    part,
    kind: 'structural',
    deltaHalves,
    originalMonth,
    appliedMonth: '2026-11',
    createdAt: `2026-11-0${Math.min(sequence, 9)}T10:00:00.000Z`,
  };
}

function frozen(full: number, half = 0, earlier: Correction[] = []): OriginalMonth {
  return {
    frozenDays: [
      ...Array.from({ length: full }, () => ({ part: 'full' as const })),
      ...Array.from({ length: half }, () => ({ part: 'am' as const })),
    ],
    earlierCorrections: earlier,
  };
}

const capped = (cap: number): TeleworkPolicy => ({
  ...leuvenPreset,
  allowance: { ...leuvenPreset.allowance, monthlyCapCents: cap },
});

function cents(
  policy: TeleworkPolicy,
  original: OriginalMonth,
  changes: Correction[],
  who = person(),
): number[] {
  return correctionLines(changes, new Map([['2026-10', original]]), who, policy).map((line) => line.cents);
}

describe('federal: the thresholds of the original month decide', () => {
  it('4 days → 3 after the close loses the EUR 30 office amount: -3000 in the next month', () => {
    expect(cents(federalPreset, frozen(4), [correction('full', -2)])).toEqual([-3000]);
  });
  it('3.5 days → 4 with a half day approved late gains it: +3000', () => {
    expect(cents(federalPreset, frozen(3, 1), [correction('pm', +1)])).toEqual([3000]);
  });
  it('10 days → 9 changes nothing: the flat amounts do not depend on the number of days above 4', () => {
    expect(cents(federalPreset, frozen(10), [correction('full', -2)])).toEqual([0]);
  });
  it('the only day cancelled takes back the EUR 20 internet amount', () => {
    expect(cents(federalPreset, frozen(1), [correction('full', -2)])).toEqual([-2000]);
  });
  it('a day added to an empty month pays the internet amount', () => {
    expect(cents(federalPreset, frozen(0), [correction('full', +2)])).toEqual([2000]);
  });
});

describe('Leuven: per day, structural teleworkers only, with a cap when set', () => {
  it.each([
    ['a full day cancelled', leuvenPreset, frozen(8), [correction('full', -2)], [-300]],
    ['a half day cancelled', leuvenPreset, frozen(8, 1), [correction('am', -1)], [-150]],
    ['a day added', leuvenPreset, frozen(8), [correction('full', +2)], [300]],
    ['under a cap still reached after: nothing', capped(6000), frozen(22), [correction('full', -2)], [0]],
    ['from exactly the cap: -300', capped(6000), frozen(20), [correction('full', -2)], [-300]],
    [
      'two cancellations over the cap: the first is absorbed by the cap, the second is not',
      capped(6000),
      frozen(21),
      [correction('full', -2), correction('full', -2)],
      [0, -300],
    ],
  ] as const)('%s', (_label, policy, original, changes, expected) => {
    expect(cents(policy, original, [...changes])).toEqual(expected);
  });

  it('an occasional teleworker’s corrections move time, not money', () => {
    const lines = correctionLines(
      [correction('full', -2)],
      new Map([['2026-10', frozen(3)]]),
      person(FULL_TIME, { type: 'occasional' }),
      leuvenPreset,
    );
    expect(lines).toMatchObject([{ days: -1, minutes: -456, cents: 0 }]);
  });

  it('Rumst pays nothing, so corrections cost nothing', () => {
    expect(cents(rumstPreset, frozen(8), [correction('full', -2)])).toEqual([0]);
  });
});

describe('several corrections of one month add up to what it should have paid in the end', () => {
  it('priced one on top of the other, in the order they were made', () => {
    // federal, 4 days: +1 (5 days: still 5000) then -2 days (3 days: 2000).
    expect(
      cents(federalPreset, frozen(4), [
        correction('full', +2),
        correction('full', -2),
        correction('full', -2),
      ]),
    ).toEqual([0, 0, -3000]);
  });

  it('on top of the corrections already carried into an earlier month', () => {
    // October closed at 4 days; a day was cancelled in November (-3000 then); it is approved
    // again in December: October is back at 4 days, +3000.
    const earlier = [correction('full', -2)];
    expect(cents(federalPreset, frozen(4, 0, earlier), [correction('full', +2)])).toEqual([3000]);
  });

  it('corrections of two original months are priced each in its own month', () => {
    const lines = correctionLines(
      [correction('full', -2, '2026-09'), correction('full', -2, '2026-10')],
      new Map([
        ['2026-09', frozen(4)],
        ['2026-10', frozen(7)],
      ]),
      person(),
      federalPreset,
    );
    expect(lines.map((line) => [line.originalMonth, line.cents])).toEqual([
      ['2026-09', -3000],
      ['2026-10', 0],
    ]);
  });
});

describe('the time of a correction is at the regime’s day value', () => {
  it.each([
    ['full time, a day', FULL_TIME, 'full', -2, -456],
    ['full time, a half day', FULL_TIME, 'pm', +1, 228],
    ['4/5 over five days, a day', { numerator: 4, denominator: 5, days: FULL_TIME.days }, 'full', -2, -365],
    [
      '4/5 over five days, a half day',
      { numerator: 4, denominator: 5, days: FULL_TIME.days },
      'am',
      -1,
      -182,
    ],
  ] as const)('%s', (_label, regime, part, delta, minutes) => {
    const [line] = correctionLines(
      [correction(part, delta)],
      new Map([['2026-10', frozen(5, 2)]]),
      person(regime),
      leuvenPreset,
    );
    expect(line?.minutes).toBe(minutes);
    expect(line?.days).toBe(delta / 2);
  });
});

describe('in the month’s tally', () => {
  it('the total to pay is the month’s own allowance plus the corrections', () => {
    const someone: Person = {
      id: 'p-1',
      upn: 'p1@cpas.example',
      displayName: 'P One',
      locale: 'fr',
      teams: ['social'],
      function: 'social-worker',
      regime: FULL_TIME,
      arrangement: { type: 'occasional' },
      roles: [],
    };
    const result = personMonthTally({
      person: someone,
      policy: federalPreset,
      days: [{ part: 'full' }, { part: 'full' }],
      corrections: [correction('full', -2)],
      originals: new Map([['2026-10', frozen(4)]]),
    });
    expect(result).toMatchObject({
      teleworkDays: 2,
      allowance: { cents: 2000, rule: 'flat:internet' },
      corrections: { days: -1, minutes: -456, cents: -3000 },
      totalCents: -1000,
    });
  });
});
