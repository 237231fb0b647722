import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../core/calendar/local-date.js';
import type { Team } from '../../../core/organisation/organisation.js';
import { assertDutyPossible } from '../../../core/permanence/duty-checks.js';
import { essentialFunctionOf, type LoanDays, teamLoansBetween } from '../../../core/permanence/loans.js';
import { proposeRoster } from '../../../core/permanence/roster-proposal.js';
import { teamCoverage } from '../../../core/permanence/team-coverage.js';
import type { TeleworkPolicy } from '../../../core/policy/policy.js';
import { leuvenPreset } from '../../../core/policy/presets/leuven.js';
import { calendar, cpasPeople, cpasTeams } from '../fixtures.js';

// A crisis from Monday 9 to Friday 13 March 2026. Chloé (administrative, 4/5 Monday to Thursday,
// social service) has her mission suspended; the reception keeps two receptionists on site and
// has only Dirk. HR agreed to lend Chloé to the reception as a receptionist.
const CRISIS = { from: '2026-03-09', to: '2026-03-13' } as const;
const LOAN: LoanDays = { personId: 'adm-chloe', teamId: 'reception', function: 'reception', ...CRISIS };
const policy: TeleworkPolicy = {
  ...leuvenPreset,
  crisis: {
    ...leuvenPreset.crisis,
    essentialFunctions: ['reception', 'social-worker'],
    functions: { administrative: { suspendable: true, teleworkable: false } },
  },
};
const teams = cpasTeams().map(
  (team): Team =>
    team.id === 'reception'
      ? {
          ...team,
          permanence: [{ minimumOnSite: 0, byFunction: { reception: 2 }, weekdays: [], halves: [] }],
        }
      : team,
);
const team = (id: string) => teams.find((t) => t.id === id) as Team;
const context = (loans: LoanDays[]) => ({
  organisation: { people: cpasPeople(), policy },
  calendar,
  activeEntries: [],
  duties: [],
  crisisPeriods: [CRISIS],
  loans,
});

/** What a duty check reads: no entry or duty in the way, today 1 March. */
const dutyContext = (loans: LoanDays[]) => ({
  people: cpasPeople(),
  calendar,
  today: '2026-03-01',
  activeEntries: [],
  duties: [],
  loans,
  policy,
  crisisPeriods: [CRISIS],
});

describe('a person lent to an essential team counts there on the crisis days, and is lent in her own team', () => {
  it.each([
    [
      'a crisis day: on site at the reception, lent in the social service',
      '2026-03-10',
      'onSite',
      ['adm-chloe'],
      [],
    ],
    ['before the crisis: the social service’s, on site there', '2026-03-05', 'absent', [], []],
    [
      'a crisis Friday, her day off: not working at the reception',
      '2026-03-13',
      'notWorking',
      ['adm-chloe'],
      [],
    ],
  ] as const)('%s (%s)', (_label, date: LocalDate, atReception, lent, suspended) => {
    const [reception] = teamCoverage(team('reception'), date, date, context([LOAN]));
    const [social] = teamCoverage(team('social'), date, date, context([LOAN]));
    const where = reception?.onSite.includes('adm-chloe')
      ? 'onSite'
      : reception?.notWorking.includes('adm-chloe')
        ? 'notWorking'
        : 'absent';
    expect(where).toBe(atReception);
    expect([social?.lent, social?.suspended]).toEqual([lent, suspended]);
  });

  it('without the loan she is suspended in her team and the reception is short', () => {
    const [reception] = teamCoverage(team('reception'), '2026-03-10', '2026-03-10', context([]));
    const [social] = teamCoverage(team('social'), '2026-03-10', '2026-03-10', context([]));
    expect(reception?.conflicts.map((c) => c.code)).toContain('FUNCTION_MINIMUM_UNMET');
    expect([social?.suspended, social?.lent]).toEqual([['adm-chloe'], []]);
  });

  it('the roster names her with Dirk Monday to Thursday; Friday stays one short', () => {
    const request = { team: team('reception'), from: CRISIS.from, to: CRISIS.to, today: '2026-03-01' };
    const lent = proposeRoster(request, context([LOAN]));
    const alone = proposeRoster(request, context([]));
    expect(lent.duties.filter((duty) => duty.personId === 'adm-chloe').map((d) => d.date)).toEqual([
      '2026-03-09',
      '2026-03-09',
      '2026-03-10',
      '2026-03-10',
      '2026-03-11',
      '2026-03-11',
      '2026-03-12',
      '2026-03-12',
    ]);
    expect(lent.uncovered.map((u) => `${u.date} ${u.part} ${u.missing}`)).toEqual([
      '2026-03-13 am 1',
      '2026-03-13 pm 1',
    ]);
    expect(alone.uncovered).toHaveLength(10);
  });

  it.each([
    // Chloé works Monday to Thursday; the crisis runs from Monday 9 to Friday 13 March.
    ['the reception, lent, a crisis day', 'reception', '2026-03-10', [LOAN], undefined],
    ['the reception, lent, the crisis’s first day', 'reception', CRISIS.from, [LOAN], undefined],
    ['the reception, lent, before the crisis', 'reception', '2026-03-05', [LOAN], 'DUTY_OUTSIDE_TEAM'],
    ['the reception, not lent, a crisis day', 'reception', '2026-03-10', [], 'DUTY_OUTSIDE_TEAM'],
    ['the reception, lent, a crisis Friday (her day off)', 'reception', CRISIS.to, [LOAN], 'DUTY_ON_DAY_OFF'],
    ['her own team, suspended, a crisis day', 'social', '2026-03-10', [], 'DUTY_PERSON_SUSPENDED'],
    ['her own team, suspended, the crisis’s first day', 'social', CRISIS.from, [], 'DUTY_PERSON_SUSPENDED'],
    ['her own team, lent elsewhere, a crisis day', 'social', '2026-03-11', [LOAN], 'DUTY_PERSON_SUSPENDED'],
    ['her own team, the Thursday before the crisis', 'social', '2026-03-05', [LOAN], undefined],
    ['her own team, the Monday after the crisis', 'social', '2026-03-16', [LOAN], undefined],
    ['her own team, a crisis Friday (her day off first)', 'social', CRISIS.to, [], 'DUTY_ON_DAY_OFF'],
  ] as const)('a duty for Chloé in %s (%s on %s): %s', (_label, teamId, date, loans, code) => {
    const check = () =>
      assertDutyPossible(team(teamId), { date, part: 'am', personId: 'adm-chloe' }, dutyContext([...loans]));
    if (code) expect(check).toThrow(expect.objectContaining({ code }));
    else expect(check).not.toThrow();
  });

  it('a social worker, whose mission the crisis does not suspend, holds her team’s duty on a crisis day', () => {
    const duty = { date: '2026-03-10', part: 'am', personId: 'sw-bart' } as const;
    expect(() => assertDutyPossible(team('social'), duty, dutyContext([]))).not.toThrow();
  });

  it.each([
    ['the reception keeps its receptionists', 'reception', 'reception'],
    ['the social service keeps a social worker', 'social', 'social-worker'],
    ['HR keeps nothing: not essential', 'hr', undefined],
  ] as const)('%s: %s', (_label, id, fn) => {
    expect(essentialFunctionOf(team(id), policy.crisis)).toBe(fn);
  });
});

describe('a suspended person is never named on a crisis day', () => {
  // Duties named before the crisis started (or before the loan): the coverage says they hold nothing.
  it.each([
    ['suspended, a crisis day', '2026-03-10', [], ['DUTY_PERSON_SUSPENDED']],
    ['lent to the reception, a crisis day', '2026-03-10', [LOAN], ['DUTY_PERSON_SUSPENDED']],
    ['the Thursday before the crisis', '2026-03-05', [LOAN], []],
  ] as const)('Chloé’s social-service duty, %s (%s): %j', (_label, date, loans, codes) => {
    const duties = [
      { personId: 'adm-chloe', teamId: 'social', date, half: 'am' as const, status: 'assigned' as const },
    ];
    const [morning] = teamCoverage(team('social'), date, date, { ...context([...loans]), duties });
    const hers = morning?.conflicts.filter((conflict) => conflict.personId === 'adm-chloe');
    expect(hers?.map((conflict) => conflict.code)).toEqual(codes);
  });

  it.each([
    ['the crisis keeps every minimum', 'all', 0],
    ['the crisis keeps the essential ones', 'essential-only', 0],
  ] as const)('%s (%s): Chloé named %i times in the social service', (_label, permanence, times) => {
    const all = { ...policy, crisis: { ...policy.crisis, permanence } };
    const proposal = proposeRoster(
      { team: team('social'), from: CRISIS.from, to: CRISIS.to, today: '2026-03-01' },
      { ...context([]), organisation: { people: cpasPeople(), policy: all } },
    );
    expect(proposal.duties.filter((duty) => duty.personId === 'adm-chloe')).toHaveLength(times);
  });
});

describe('the loans a team’s week names: lent to it, or lent by it', () => {
  const people = [
    { id: 'jonas', teams: ['administration'] },
    { id: 'anna', teams: ['social-service'] },
  ];
  const loan = (personId: string, teamId: string, from: LocalDate, to: LocalDate | null): LoanDays => ({
    personId,
    teamId,
    function: 'reception',
    from,
    to,
  });
  it.each([
    [
      'lent to the team, the crisis under way',
      'reception',
      loan('jonas', 'reception', '2026-12-02', null),
      'in',
    ],
    ['a member lent away', 'administration', loan('jonas', 'reception', '2026-12-02', null), 'out'],
    [
      'a loan between two other teams',
      'social-service',
      loan('jonas', 'reception', '2026-12-02', null),
      undefined,
    ],
    [
      'a crisis that ended before the week',
      'reception',
      loan('jonas', 'reception', '2026-11-02', '2026-11-27'),
      undefined,
    ],
    [
      'a crisis that starts after the week',
      'reception',
      loan('jonas', 'reception', '2026-12-07', null),
      undefined,
    ],
    [
      'a crisis whose last day is the week’s first',
      'administration',
      loan('jonas', 'reception', '2026-11-02', '2026-11-30'),
      'out',
    ],
  ] as const)('%s: %s sees %s', (_case, teamId, given, direction) => {
    const shown = teamLoansBetween({ id: teamId }, people, '2026-11-30', '2026-12-04', [given]);
    expect(shown).toEqual(
      direction
        ? [{ personId: 'jonas', teamId: 'reception', direction, from: given.from, to: given.to }]
        : [],
    );
  });
});
