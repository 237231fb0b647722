import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../../core/calendar/local-date.js';
import type { Team } from '../../../core/organisation/organisation.js';
import { type HalfDayCoverage, teamCoverage } from '../../../core/permanence/team-coverage.js';
import { permanenceCoverage } from '../../../core/policy/permanence-coverage.js';
import { calendar, contextFor, cpasPeople, cpasTeams, crisisPolicy, duty, entry } from '../fixtures.js';

const social = cpasTeams().find((team) => team.id === 'social') as Team;
type Options = Parameters<typeof contextFor>[0];

function coverage(from: string, to: string, options: Options = {}, team: Team = social): HalfDayCoverage[] {
  const { organisation, activeEntries, duties } = contextFor(options);
  return teamCoverage(team, from, to, { organisation, calendar, activeEntries, duties });
}

/** One half day as a line: "2026-11-09 am min 2 sw 1 | site mgr,anna | tw bart | ... ! CODES". */
function line(c: HalfDayCoverage): string {
  const short = (ids: string[]) => ids.map((id) => id.replace(/^[a-z]+-/, '')).join(',') || '-';
  const fns = Object.entries(c.byFunction).map(([fn, f]) => ` ${fn} ${f.onSite}/${f.minimum}`);
  const conflicts = c.conflicts.map(
    (x) => `${x.code}${x.personId ? `:${short([x.personId])}` : ''}${x.function ? `:${x.function}` : ''}`,
  );
  return [
    `${c.date} ${c.part}${c.dayOff ? ` ${c.dayOff.kind}` : ''} min ${c.minimumOnSite}${fns.join('')}`,
    `site ${short(c.onSite)}`,
    `tw ${short(c.teleworking)}`,
    `pend ${short(c.pending)}`,
    `duty ${short(c.onDuty)}`,
    `off ${short(c.notWorking)}`,
    conflicts.length ? `! ${conflicts.join(' ')}` : 'ok',
  ].join(' | ');
}

describe('coverage of the social service, the week of 11 November 2026 (Armistice, Wednesday)', () => {
  const lines = coverage('2026-11-09', '2026-11-15', {
    entries: [
      entry('sw-anna', '2026-11-10'), // her structural Tuesday, declared
      entry('sw-anna', '2026-11-12', 'am'), // her structural Thursday morning
      entry('sw-bart', '2026-11-12', 'pm', 'pending'),
      entry('sw-bart', '2026-11-13', 'full', 'refused'),
    ],
    duties: [
      duty('mgr-social', '2026-11-09', 'am'),
      duty('sw-bart', '2026-11-09', 'am'),
      duty('sw-anna', '2026-11-09', 'pm'),
      duty('adm-chloe', '2026-11-09', 'pm'),
      duty('sw-anna', '2026-11-10', 'am'), // she teleworks that day
      duty('mgr-social', '2026-11-10', 'am'),
      duty('sw-bart', '2026-11-11', 'am'), // a public holiday
      duty('sw-bart', '2026-11-12', 'pm'), // he asked to telework that afternoon
      duty('adm-chloe', '2026-11-12', 'pm'),
      duty('adm-chloe', '2026-11-13', 'am'), // 4/5 Monday–Thursday: not her day
      duty('sw-bart', '2026-11-13', 'am'),
      { ...duty('mgr-social', '2026-11-13', 'pm'), status: 'cancelled' as const },
    ],
  }).map(line);

  it.each([
    [
      '2026-11-09 am min 2 social-worker 2/1 | site social,anna,bart,chloe | tw - | pend - | duty social,bart | off - | ok',
    ],
    [
      '2026-11-09 pm min 2 social-worker 2/1 | site social,anna,bart,chloe | tw - | pend - | duty chloe,anna | off - | ok',
    ],
    [
      '2026-11-10 am min 2 social-worker 1/1 | site social,bart,chloe | tw anna | pend - | duty social,anna | off - | ! DUTIES_BELOW_MINIMUM DUTIES_BELOW_MINIMUM:social-worker DUTY_ON_TELEWORK_DAY:anna',
    ],
    [
      '2026-11-10 pm min 2 social-worker 1/1 | site social,bart,chloe | tw anna | pend - | duty - | off - | ! DUTIES_BELOW_MINIMUM DUTIES_BELOW_MINIMUM:social-worker',
    ],
    [
      '2026-11-11 am public-holiday min 0 | site - | tw - | pend - | duty bart | off social,anna,bart,chloe | ! DUTY_ON_DAY_OFF:bart',
    ],
    [
      '2026-11-11 pm public-holiday min 0 | site - | tw - | pend - | duty - | off social,anna,bart,chloe | ok',
    ],
    [
      '2026-11-12 am min 2 social-worker 1/1 | site social,bart,chloe | tw anna | pend - | duty - | off - | ! DUTIES_BELOW_MINIMUM DUTIES_BELOW_MINIMUM:social-worker',
    ],
    [
      '2026-11-12 pm min 2 social-worker 1/1 | site social,anna,chloe | tw - | pend bart | duty chloe,bart | off - | ! DUTIES_BELOW_MINIMUM DUTIES_BELOW_MINIMUM:social-worker DUTY_ON_TELEWORK_DAY:bart',
    ],
    [
      '2026-11-13 am min 2 social-worker 2/1 | site social,anna,bart | tw - | pend - | duty chloe,bart | off chloe | ! DUTIES_BELOW_MINIMUM DUTY_ON_DAY_OFF:chloe',
    ],
    [
      '2026-11-13 pm min 2 social-worker 2/1 | site social,anna,bart | tw - | pend - | duty - | off chloe | ! DUTIES_BELOW_MINIMUM DUTIES_BELOW_MINIMUM:social-worker',
    ],
  ])('%s', (expected) => {
    expect(lines).toContain(expected);
  });

  it('lists the ten half days of the working week, the holiday included, and not the weekend', () => {
    expect(lines).toHaveLength(10);
  });
});

describe('Christmas to New Year 2026: public holidays, a closing day, a weekend', () => {
  it.each([
    // 25 December and 1 January are public holidays; 31 December is the employer's closing day.
    [
      'no duty: weekdays only',
      [],
      [
        '12-24',
        '12-25 public-holiday',
        '12-28',
        '12-29',
        '12-30',
        '12-31 closing-day',
        '01-01 public-holiday',
      ],
    ],
    [
      'a duty on Saturday 26 December lists it',
      [duty('sw-bart', '2026-12-26', 'am')],
      [
        '12-24',
        '12-25 public-holiday',
        '12-26 weekend',
        '12-28',
        '12-29',
        '12-30',
        '12-31 closing-day',
        '01-01 public-holiday',
      ],
    ],
  ])('%s', (_label, duties, expected) => {
    const days = coverage('2026-12-24', '2027-01-01', { duties })
      .filter((c) => c.part === 'am')
      .map((c) => `${c.date.slice(5)}${c.dayOff ? ` ${c.dayOff.kind}` : ''}`);
    expect(days).toEqual(expected);
  });

  it('asks nothing on a closed day and flags the duty there', () => {
    const [am] = coverage('2026-12-31', '2026-12-31', { duties: [duty('mgr-social', '2026-12-31', 'am')] });
    expect(am).toMatchObject({
      minimumOnSite: 0,
      byFunction: {},
      onSite: [],
      conflicts: [{ code: 'DUTY_ON_DAY_OFF', personId: 'mgr-social' }],
    });
    expect(am?.dayOff).toEqual({ kind: 'closing-day', name: '2026-12-31' });
  });
});

describe('a 4/5 regime off on Wednesdays', () => {
  // Chloe at 4/5 over Monday, Tuesday, Thursday, Friday, named on a Wednesday by mistake.
  const people = cpasPeople().map((p) =>
    p.id === 'adm-chloe'
      ? { ...p, regime: { numerator: 4, denominator: 5, days: ['mon', 'tue', 'thu', 'fri'] as Weekday[] } }
      : p,
  );
  const days = coverage('2026-11-17', '2026-11-20', {
    people,
    duties: [duty('adm-chloe', '2026-11-18', 'pm')],
  });

  it.each([
    ['Tuesday', '2026-11-17', false],
    ['Wednesday', '2026-11-18', true],
    ['Thursday', '2026-11-19', false],
    ['Friday', '2026-11-20', false],
  ])('%s: not working = %s', (_label, date, off) => {
    for (const half of days.filter((c) => c.date === date)) {
      expect(half.notWorking.includes('adm-chloe')).toBe(off);
      expect(half.onSite.includes('adm-chloe')).toBe(!off);
    }
  });

  it('flags the Wednesday duty as a day off', () => {
    const pm = days.find((c) => c.date === '2026-11-18' && c.part === 'pm');
    expect(pm?.conflicts).toContainEqual({ code: 'DUTY_ON_DAY_OFF', personId: 'adm-chloe' });
  });
});

describe('minimums', () => {
  const strict: Team = {
    ...social,
    permanence: [
      { minimumOnSite: 2, byFunction: { 'social-worker': 1, administrative: 1 }, weekdays: [], halves: [] },
      // Monday morning is the busiest: two social workers, three people.
      { minimumOnSite: 3, byFunction: { 'social-worker': 2 }, weekdays: ['mon'], halves: ['am'] },
    ],
  };

  it.each([
    [
      'Monday morning: the strictest of both rules',
      '2026-03-09',
      'am',
      false,
      3,
      { administrative: 1, 'social-worker': 2 },
    ],
    [
      'Monday afternoon: the every-day rule',
      '2026-03-09',
      'pm',
      false,
      2,
      { administrative: 1, 'social-worker': 1 },
    ],
    [
      'crisis, Monday morning: only the essential function',
      '2026-03-09',
      'am',
      true,
      0,
      { 'social-worker': 2 },
    ],
    ['crisis, Tuesday: only the essential function', '2026-03-10', 'pm', true, 0, { 'social-worker': 1 }],
  ] as const)('%s', (_label, date, part, crisis, minimumOnSite, byFunction) => {
    const found = coverage(date, date, crisis ? { policy: crisisPolicy() } : {}, strict).find(
      (c) => c.part === part,
    );
    expect(found?.minimumOnSite).toBe(minimumOnSite);
    expect(
      Object.fromEntries(Object.entries(found?.byFunction ?? {}).map(([fn, f]) => [fn, f.minimum])),
    ).toEqual(byFunction);
  });

  it.each([
    [
      'both social workers telework: the function minimum is unmet',
      ['sw-anna', 'sw-bart'],
      ['FUNCTION_MINIMUM_UNMET:social-worker'],
    ],
    [
      'three of four telework: below the team-wide minimum too',
      ['sw-anna', 'sw-bart', 'mgr-social'],
      ['BELOW_MINIMUM', 'FUNCTION_MINIMUM_UNMET:social-worker'],
    ],
    [
      'the administrative officer teleworks: her function is unmet',
      ['adm-chloe'],
      ['FUNCTION_MINIMUM_UNMET:administrative'],
    ],
  ])('Tuesday 10 March, %s', (_label, away, expected) => {
    const [am] = coverage(
      '2026-03-10',
      '2026-03-10',
      { entries: away.map((id) => entry(id, '2026-03-10')) },
      strict,
    );
    const codes = am?.conflicts
      .filter((c) => c.code !== 'DUTIES_BELOW_MINIMUM')
      .map((c) => `${c.code}${c.function ? `:${c.function}` : ''}`);
    expect(codes).toEqual(expected);
  });

  it('in crisis mode, telework of everyone but one social worker breaks nothing', () => {
    const away = ['mgr-social', 'sw-anna', 'adm-chloe'].map((id) => entry(id, '2026-03-10'));
    const [am] = coverage(
      '2026-03-10',
      '2026-03-10',
      { policy: crisisPolicy(), entries: away, duties: [duty('sw-bart', '2026-03-10', 'am')] },
      strict,
    );
    expect(am?.conflicts).toEqual([]);
    expect(am?.onSite).toEqual(['sw-bart']);
  });

  it('a duty for someone who is not in the team is flagged and does not hold the site', () => {
    const [am] = coverage('2026-03-10', '2026-03-10', {
      duties: [duty('rec-dirk', '2026-03-10', 'am'), duty('mgr-social', '2026-03-10', 'am')],
    });
    expect(am?.conflicts).toEqual([
      { code: 'DUTIES_BELOW_MINIMUM' },
      { code: 'DUTIES_BELOW_MINIMUM', function: 'social-worker' },
      { code: 'DUTY_OUTSIDE_TEAM', personId: 'rec-dirk' },
    ]);
  });
});

describe('one answer to who is on site', () => {
  it('the policy and the coverage agree on every half day of a busy month', () => {
    const people = cpasPeople().filter((p) => p.teams.includes('social'));
    // Every person teleworks on a different rhythm, some pending, some half days.
    const entries = people.flatMap((p, i) =>
      Array.from({ length: 31 }, (_, d) => `2026-03-${String(d + 1).padStart(2, '0')}`)
        .filter((_, d) => (d + i) % (i + 2) === 0)
        .map((date, d) =>
          entry(p.id, date, (['full', 'am', 'pm'] as const)[d % 3], d % 4 === 0 ? 'pending' : 'accepted'),
        ),
    );
    const context = contextFor({ entries });
    const halfDays = coverage('2026-03-01', '2026-03-31', { entries });
    expect(halfDays.length).toBeGreaterThan(40);
    for (const c of halfDays) {
      const teamWide = permanenceCoverage(social, c.date, c.part, context).find((x) => x.function === null);
      expect(teamWide?.present ?? []).toEqual(c.dayOff ? [] : c.onSite);
    }
  });
});

describe('bad periods', () => {
  it.each([
    ['ending before it starts', '2026-03-10', '2026-03-09', 'INVALID_PERIOD'],
    ['94 days', '2026-01-01', '2026-04-04', 'INVALID_PERIOD'],
    ['not a date', '2026-02-30', '2026-03-09', 'INVALID_DATE'],
  ])('%s: %s', (_label, from, to, code) => {
    expect(() => coverage(from, to)).toThrowError(expect.objectContaining({ code }));
  });

  it('accepts 93 days, both ends included', () => {
    expect(coverage('2026-01-01', '2026-04-03').at(-1)?.date).toBe('2026-04-03');
  });
});
