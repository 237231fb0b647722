import { describe, expect, it } from 'vitest';
import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import {
  ASK_OCCASIONAL,
  contextFor,
  type Entry,
  entry,
  refused,
  request,
  verdict,
  weekdayEntries,
} from './fixtures.js';

const WEEKLY = refused('WEEKLY_QUOTA_EXCEEDED');
const MONTHLY = refused('MONTHLY_QUOTA_EXCEEDED');
const YEARLY = refused('YEARLY_QUOTA_EXCEEDED');

function decide(
  personId: string,
  date: LocalDate,
  part: DayPart,
  entries: ReadonlyArray<Entry>,
  policy: TeleworkPolicy = leuvenPreset,
  today: LocalDate = '2026-03-02',
): DayDecision {
  const context = contextFor({ entries: [...entries], policy, today });
  const [decision] = evaluateRequest(request(personId, [[date, part]]), context);
  return decision as DayDecision;
}

describe('Leuven: two days a week, pro-rated, half days count 0.5 (asking for Wednesday 11 March)', () => {
  const [LAST_THU, LAST_FRI, MON, TUE] = ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'];

  it.each([
    ['full time, Monday and Tuesday held: a full day', 'sw-bart', [MON, TUE], 'full', WEEKLY],
    ['full time, Monday and Tuesday held: a half day', 'sw-bart', [MON, TUE], 'am', WEEKLY],
    ['full time, Monday held: a second day', 'sw-bart', [MON], 'full', ASK_OCCASIONAL],
    // 4/5: 1.6 days rounded down to 1.5.
    ['4/5, Monday held: a second full day', 'adm-chloe', [MON], 'full', WEEKLY],
    ['4/5, Monday held: a half day', 'adm-chloe', [MON], 'pm', ASK_OCCASIONAL],
    ['days of the week before do not count', 'sw-bart', [LAST_THU, LAST_FRI], 'full', ASK_OCCASIONAL],
  ] as const)('%s (%s) → %s', (_label, personId, held, part, expected) => {
    const entries = held.map((date) => entry(personId, date));
    expect(verdict(decide(personId, '2026-03-11', part, entries))).toBe(expected);
  });

  it('counts three half days as 1.5 days: a full Thursday is too much, half a Thursday is not', () => {
    const halves = [
      entry('sw-bart', MON, 'am'),
      entry('sw-bart', TUE, 'pm'),
      entry('sw-bart', '2026-03-11', 'am'),
    ];
    expect(verdict(decide('sw-bart', '2026-03-12', 'full', halves))).toBe(WEEKLY);
    expect(verdict(decide('sw-bart', '2026-03-12', 'pm', halves))).toBe(ASK_OCCASIONAL);
  });

  it('counts the ISO week across two months (Monday 30 November – Friday 4 December 2026)', () => {
    const held = [entry('sw-bart', '2026-11-30'), entry('sw-bart', '2026-12-01', 'full', 'pending')];
    const decision = decide('sw-bart', '2026-12-03', 'full', held);
    expect(verdict(decision)).toBe(WEEKLY);
    expect(decision.figures.quotas[0]).toMatchObject({
      periodStart: '2026-11-30',
      usedHalves: 4,
      leftHalves: 0,
    });
    expect(verdict(decide('sw-bart', '2026-12-07', 'full', held))).toBe(ASK_OCCASIONAL);
  });
});

describe('Rumst: 8 days a month full time, 5 below full time, calendar month only', () => {
  const BART_8 = ['02', '03', '04', '05', '06', '09', '10', '12'].map((d) =>
    entry('sw-bart', `2026-11-${d}`),
  );
  const CHLOE_5 = ['02', '03', '04', '05', '09'].map((d) => entry('adm-chloe', `2026-11-${d}`));
  const CHLOE_4_5 = [...CHLOE_5.slice(0, 4), entry('adm-chloe', '2026-11-09', 'am')];

  it.each([
    ['full time, 8 November days held: 30 November', 'sw-bart', BART_8, '2026-11-30', 'full', MONTHLY],
    ['full time, 8 November days held: 1 December', 'sw-bart', BART_8, '2026-12-01', 'full', ASK_OCCASIONAL],
    ['full time, 7 days held: an eighth', 'sw-bart', BART_8.slice(1), '2026-11-30', 'full', ASK_OCCASIONAL],
    ['4/5, 5 days held: half a sixth', 'adm-chloe', CHLOE_5, '2026-11-30', 'am', MONTHLY],
    ['4/5, 4.5 days held: a full day', 'adm-chloe', CHLOE_4_5, '2026-11-30', 'full', MONTHLY],
    ['4/5, 4.5 days held: a half day', 'adm-chloe', CHLOE_4_5, '2026-11-30', 'pm', ASK_OCCASIONAL],
  ] as const)('%s (%s) → %s', (_label, personId, held, date, part, expected) => {
    expect(verdict(decide(personId, date, part, held, rumstPreset))).toBe(expected);
  });

  it('counts only the calendar month in a request across the month end', () => {
    const decisions = evaluateRequest(
      request('sw-bart', ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']),
      contextFor({ entries: BART_8, policy: rumstPreset }),
    );
    expect(decisions.map(verdict)).toEqual([MONTHLY, ASK_OCCASIONAL, ASK_OCCASIONAL, ASK_OCCASIONAL]);
    expect(decisions[1]?.figures.quotas[0]).toMatchObject({
      periodStart: '2026-12-01',
      limitHalves: 16,
      usedHalves: 0,
    });
  });
});

describe('federal: 3/5 of the working days of the year', () => {
  // 2026 full time: 251 working days → 301 halves (150.5 days).
  const held150 = weekdayEntries('sw-bart', '2026-01-05', 150);

  it.each([
    ['150 days held: a full day', held150, 'full', YEARLY],
    ['150 days held: the last half day', held150, 'am', ASK_OCCASIONAL],
    ['149 days held: a full day', held150.slice(1), 'full', ASK_OCCASIONAL],
  ] as const)('%s → %s', (_label, held, part, expected) => {
    expect(verdict(decide('sw-bart', '2026-09-02', part, held, federalPreset, '2026-09-01'))).toBe(expected);
  });

  it('starts again on 1 January', () => {
    const decision = decide('sw-bart', '2027-01-04', 'full', held150, federalPreset, '2026-12-30');
    expect(verdict(decision)).toBe(ASK_OCCASIONAL);
    expect(decision.figures.quotas[0]).toMatchObject({
      periodStart: '2027-01-01',
      limitHalves: 304,
      usedHalves: 0,
    });
  });

  it('pro-rates by the days of a 4/5 regime: 121 days in 2026', () => {
    const held = weekdayEntries('adm-chloe', '2026-01-05', 121);
    const decision = decide('adm-chloe', '2026-09-02', 'am', held, federalPreset, '2026-09-01');
    expect(verdict(decision)).toBe(YEARLY);
    expect(decision.figures.quotas[0]).toMatchObject({ limitHalves: 242, usedHalves: 242, leftHalves: 0 });
  });
});
