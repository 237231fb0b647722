import { describe, expect, it } from 'vitest';
import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import { teamCoverage } from '../../core/permanence/team-coverage.js';
import { allowanceOverCrisis } from '../../core/policy/allowance.js';
import { type CrisisPeriod, crisisRoleOf, inCrisis, policyOn } from '../../core/policy/crisis-days.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import { calendar, contextFor, cpasPeople, cpasTeams, request, verdict } from './fixtures.js';

// A crisis from Monday 9 to Friday 13 March 2026, ended; and one under way from 1 June.
const MARCH: Pick<CrisisPeriod, 'from' | 'to'> = { from: '2026-03-09', to: '2026-03-13' };
const JUNE: Pick<CrisisPeriod, 'from' | 'to'> = { from: '2026-06-01', to: null };
const PERIODS = [MARCH, JUNE];

describe('which days are crisis days', () => {
  it.each([
    ['the day before', '2026-03-08', false],
    ['the first day', '2026-03-09', true],
    ['the last day', '2026-03-13', true],
    ['the day after', '2026-03-14', false],
    ['a day of a crisis still under way', '2027-01-04', true],
  ] as const)('%s (%s): %s', (_label, date, expected) => {
    expect(inCrisis(date, leuvenPreset.crisis, PERIODS)).toBe(expected);
    expect(policyOn(leuvenPreset, date, PERIODS).crisis.active).toBe(expected);
  });

  it('the file’s crisis without dates covers every day', () => {
    expect(inCrisis('2026-03-02', { active: true }, [])).toBe(true);
  });

  it('a crisis day takes the crisis quotas, approval and allowance', () => {
    const day = policyOn(leuvenPreset, '2026-03-10', PERIODS);
    expect([day.quotas, day.occasionalNeedsApproval, day.allowance]).toEqual([
      [],
      false,
      leuvenPreset.crisis.allowance,
    ]);
  });
});

describe('decisions follow the rules of each day', () => {
  const withPlan: TeleworkPolicy = {
    ...leuvenPreset,
    crisis: {
      ...leuvenPreset.crisis,
      essentialFunctions: ['social-worker'],
      functions: { administrative: { suspendable: true, teleworkable: false } },
    },
  };
  it.each([
    [
      'an occasional day before the crisis',
      'sw-bart',
      '2026-03-06',
      'needs-approval OCCASIONAL_NEEDS_APPROVAL',
    ],
    ['an occasional day in the crisis', 'sw-bart', '2026-03-10', 'accept CRISIS_MODE'],
    ['an occasional day after it', 'sw-bart', '2026-03-16', 'needs-approval OCCASIONAL_NEEDS_APPROVAL'],
    ['no arrangement, before', 'tech-gert', '2026-03-06', 'refuse NO_TELEWORK_ARRANGEMENT'],
    ['no arrangement, in the crisis', 'tech-gert', '2026-03-11', 'accept CRISIS_MODE'],
    ['a receptionist, in the crisis', 'rec-dirk', '2026-03-11', 'refuse FUNCTION_EXCLUDED'],
    ['suspended, not teleworkable, in the crisis', 'adm-chloe', '2026-03-11', 'refuse FUNCTION_EXCLUDED'],
    [
      'not teleworkable in a crisis, before it',
      'adm-chloe',
      '2026-03-05',
      'needs-approval OCCASIONAL_NEEDS_APPROVAL',
    ],
  ] as const)('%s (%s, %s): %s', (_label, personId, date, expected) => {
    const context = { ...contextFor({ policy: withPlan }), crisisPeriods: PERIODS };
    expect(verdict(evaluateRequest(request(personId, [date]), context)[0])).toBe(expected);
  });

  it.each([
    ['a receptionist', 'reception', 'essential-on-site'],
    ['an administrative officer whose mission stops', 'administrative', 'suspended'],
    ['a social worker', 'social-worker', 'telework'],
  ] as const)('%s: %s', (_label, fn, role) => {
    expect(
      crisisRoleOf(fn, {
        essentialFunctions: ['reception'],
        functions: {
          reception: { suspendable: false, teleworkable: false },
          administrative: { suspendable: true, teleworkable: false },
        },
      }),
    ).toBe(role);
  });
});

/** Full days on these dates. */
function on(...dates: LocalDate[]): Array<{ date: LocalDate; part: DayPart }> {
  return dates.map((date) => ({ date, part: 'full' }));
}

describe('a month half in crisis pays each day by the rule of its day', () => {
  it.each([
    [
      'Leuven, occasional: 2 crisis days paid, 2 normal days not',
      leuvenPreset,
      'occasional',
      600,
      'crisis:per-day',
    ],
    ['Leuven, structural: EUR 3 either way', leuvenPreset, 'structural', 1200, 'per-day+crisis:per-day'],
    ['Leuven, no arrangement: only the crisis days', leuvenPreset, 'none', 600, 'crisis:per-day'],
    ['federal: one rule, thresholds over the whole month', federalPreset, 'occasional', 5000, 'flat+flat'],
    ['Rumst: nothing either way', rumstPreset, 'structural', 0, ''],
  ] as const)('%s → %i cents', (_label, policy, arrangement, cents, rules) => {
    const days = on('2026-03-05', '2026-03-06', '2026-03-10', '2026-03-11');
    const paid = allowanceOverCrisis(days, arrangement, policy, PERIODS);
    expect(paid.totalCents).toBe(cents);
    expect(paid.lines.map((line) => (line.crisis ? `crisis:${line.rule}` : line.rule)).join('+')).toBe(rules);
  });

  it('a frozen day keeps the rule it was paid by, whatever the periods say now', () => {
    const frozen = [{ date: '2026-03-10', part: 'full' as const, crisis: false }];
    expect(allowanceOverCrisis(frozen, 'occasional', leuvenPreset, PERIODS).totalCents).toBe(0);
  });
});

describe('coverage on a crisis day: a suspended mission is shown as suspended, not on site', () => {
  const policy: TeleworkPolicy = {
    ...leuvenPreset,
    crisis: {
      ...leuvenPreset.crisis,
      functions: { administrative: { suspendable: true, teleworkable: false } },
    },
  };
  it.each([
    ['before the crisis: on site', '2026-03-05', true, false],
    ['in the crisis: suspended', '2026-03-10', false, true],
  ] as const)('%s (%s)', (_label, date, onSite, suspended) => {
    const social = cpasTeams().find((team) => team.id === 'social');
    if (!social) throw new Error('the fixture has a social team');
    const context = {
      organisation: { people: cpasPeople(), policy },
      calendar,
      activeEntries: [],
      duties: [],
      crisisPeriods: PERIODS,
    };
    const [morning] = teamCoverage(social, date, date, context);
    expect([morning?.onSite.includes('adm-chloe'), morning?.suspended.includes('adm-chloe')]).toEqual([
      onSite,
      suspended,
    ]);
  });
});
