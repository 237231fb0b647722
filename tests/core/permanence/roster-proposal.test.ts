import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../../core/calendar/local-date.js';
import type { Team } from '../../../core/organisation/organisation.js';
import { proposeRoster, type RosterProposal } from '../../../core/permanence/roster-proposal.js';
import { calendar, contextFor, cpasPeople, cpasTeams, crisisPolicy, duty, entry } from '../fixtures.js';

const social = cpasTeams().find((team) => team.id === 'social') as Team;
type Options = Parameters<typeof contextFor>[0];

function propose(
  from: string,
  to: string,
  options: Options & { today?: string } = {},
  team: Team = social,
): RosterProposal {
  const { organisation, activeEntries, duties } = contextFor(options);
  return proposeRoster(
    { team, from, to, today: options.today ?? '2026-11-02' },
    { organisation, calendar, activeEntries, duties },
  );
}

/** "09 am: bart social" — the people named per half day, short ids in alphabetical order. */
function named(proposal: RosterProposal): string[] {
  const byHalf = new Map<string, string[]>();
  for (const d of proposal.duties) {
    const k = `${d.date.slice(8)} ${d.part}`;
    byHalf.set(k, [...(byHalf.get(k) ?? []), d.personId.replace(/^[a-z]+-/, '')]);
  }
  return [...byHalf].map(([k, ids]) => `${k}: ${ids.sort().join(' ')}`);
}

const uncovered = (proposal: RosterProposal) =>
  proposal.uncovered.map(
    (u) => `${u.date.slice(8)} ${u.part} ${u.code}${u.function ? `:${u.function}` : ''} ${u.missing}`,
  );

/** History: `count` duties of a person in the 12 weeks before 9 November 2026 (Mondays from 17 August). */
function history(personId: string, count: number) {
  return Array.from({ length: count }, (_, i) =>
    duty(personId, `2026-08-${String(17 + i).padStart(2, '0')}`, 'am'),
  );
}

describe('a roster for the social service (2 on site, 1 social worker)', () => {
  it('names two people per half day, one a social worker, turn by turn, and skips 11 November', () => {
    // Anna's structural days (Tuesday, Thursday morning) are declared; Chloe works Monday–Thursday.
    const entries = [entry('sw-anna', '2026-11-10'), entry('sw-anna', '2026-11-12', 'am')];
    const proposal = propose('2026-11-09', '2026-11-13', { entries });
    expect(named(proposal)).toEqual([
      // Nobody has duties yet: ties go by person id (adm-chloe < mgr-social < sw-anna < sw-bart).
      // Chloe is at 4/5: one duty weighs 1.25 for her. The comments give the first pass's loads.
      '09 am: anna chloe',
      // The first pass named the manager here; at the end he had 5 and Chloe 3 (3.75 at 4/5),
      // so the second pass moved this duty to her: 4 and 4 (5 at 4/5) are more even.
      '09 pm: bart chloe',
      '10 am: bart social', // Anna teleworks: Bart is the only social worker
      '10 pm: bart chloe', // the manager has 2, Chloe 1.25
      // 11 November: Armistice, no duty.
      '12 am: bart social', // Anna teleworks in the morning; the manager 2, Chloe 2.5
      '12 pm: anna chloe', // Anna 1 against Bart 4; Chloe 2.5 against the manager 3
      '13 am: anna social', // Chloe does not work on Fridays
      '13 pm: anna social', // Anna 3 against Bart 4; the manager and Bart tie at 4: by id
    ]);
    expect(proposal.uncovered).toEqual([]);
  });

  it('keeps the duties already planned: they count toward the minimum and the load', () => {
    const proposal = propose('2026-11-09', '2026-11-09', {
      duties: [duty('sw-bart', '2026-11-09', 'am'), duty('mgr-social', '2026-11-09', 'pm')],
    });
    // Morning: Bart holds the social worker's minimum, one more (by id). Afternoon: a social
    // worker; Bart already has one duty, so Anna.
    expect(named(proposal)).toEqual(['09 am: chloe', '09 pm: anna']);
  });

  it('proposes nothing where the planned duties already name the minimum', () => {
    const proposal = propose('2026-11-09', '2026-11-09', {
      duties: ['am', 'pm'].flatMap((half) => [
        duty('sw-bart', '2026-11-09', half as 'am'),
        duty('mgr-social', '2026-11-09', half as 'am'),
      ]),
    });
    expect(proposal).toEqual({ duties: [], uncovered: [] });
  });

  it('replaces a planned duty that no longer holds (the person now teleworks)', () => {
    const proposal = propose('2026-11-09', '2026-11-09', {
      entries: [entry('sw-bart', '2026-11-09', 'am', 'pending')],
      duties: [duty('sw-bart', '2026-11-09', 'am'), duty('mgr-social', '2026-11-09', 'am')],
    });
    expect(named(proposal)[0]).toBe('09 am: anna');
  });

  it('never names a person with an accepted or a pending request', () => {
    const entries = [
      entry('sw-anna', '2026-11-09', 'full', 'pending'),
      entry('adm-chloe', '2026-11-09', 'pm'),
    ];
    expect(named(propose('2026-11-09', '2026-11-09', { entries }))).toEqual([
      '09 am: bart chloe',
      '09 pm: bart social',
    ]);
  });

  it('says which half days cannot be covered, and why', () => {
    // Friday 13 November: Chloe does not work, both social workers telework (one pending).
    const entries = [entry('sw-anna', '2026-11-13'), entry('sw-bart', '2026-11-13', 'pm', 'pending')];
    const proposal = propose('2026-11-13', '2026-11-13', { entries });
    expect(named(proposal)).toEqual(['13 am: bart social', '13 pm: social']);
    expect(uncovered(proposal)).toEqual([
      '13 pm FUNCTION_UNAVAILABLE:social-worker 1',
      '13 pm NOBODY_AVAILABLE 1',
    ]);
  });

  it('in crisis mode names only the essential functions', () => {
    const proposal = propose('2026-11-09', '2026-11-09', { policy: crisisPolicy() });
    expect(named(proposal)).toEqual(['09 am: anna', '09 pm: bart']);
  });

  it('proposes nothing before today', () => {
    const proposal = propose('2026-11-09', '2026-11-13', { today: '2026-11-13' });
    expect(proposal.duties.every((d) => d.date === '2026-11-13')).toBe(true);
    expect(proposal.duties).toHaveLength(4);
  });

  it('proposes nothing over Christmas and New Year closures', () => {
    const proposal = propose('2026-12-24', '2027-01-01', { today: '2026-12-01' });
    expect([...new Set(proposal.duties.map((d) => d.date))]).toEqual([
      '2026-12-24',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
    ]);
  });

  it('does not name a person already on duty in another team that half', () => {
    const duties = [{ ...duty('sw-anna', '2026-11-09', 'am'), teamId: 'reception' }];
    const people = cpasPeople().map((p) =>
      p.id === 'sw-anna' ? { ...p, teams: ['social', 'reception'] } : p,
    );
    expect(named(propose('2026-11-09', '2026-11-09', { duties, people }))[0]).toBe('09 am: bart chloe');
  });
});

describe('fairness', () => {
  it('names first whoever carried fewer duties over the last 12 weeks', () => {
    const duties = [...history('sw-anna', 6), ...history('sw-bart', 2), ...history('adm-chloe', 3)];
    expect(named(propose('2026-11-09', '2026-11-09', { duties }))[0]).toBe('09 am: bart social');
  });

  it('ignores duties older than 12 weeks', () => {
    const old = Array.from({ length: 5 }, (_, i) => duty('sw-anna', `2026-08-1${i}`, 'am'));
    // 10–14 August are more than 84 days before 9 November; 17 August is not.
    expect(
      named(propose('2026-11-09', '2026-11-09', { duties: [...old, ...history('sw-bart', 1)] }))[0],
    ).toBe('09 am: anna chloe');
  });

  it.each([
    // Chloe (4/5) with 4 duties carries as much as a full-timer with 5: the tie goes to fewer duties.
    ['4/5 with 4 duties against full time with 5', 4, 5, 'chloe'],
    ['4/5 with 4 duties against full time with 4', 4, 4, 'social'],
    ['4/5 with 3 duties against full time with 4', 3, 4, 'chloe'],
  ])('pro rata of the regime: %s → %s', (_label, chloe, manager, first) => {
    const duties = [
      ...history('adm-chloe', chloe),
      ...history('mgr-social', manager),
      ...history('sw-bart', 9),
    ];
    const [line] = named(propose('2026-11-09', '2026-11-09', { duties }));
    expect(line).toBe(`09 am: anna ${first}`);
  });

  it("keeps a person's agreed pattern day for last, and still names them rather than leave it short", () => {
    // Tuesday 10 November, Anna's pattern day, not declared. Bart has many duties, Anna none.
    const busyBart = history('sw-bart', 9);
    expect(named(propose('2026-11-10', '2026-11-10', { duties: busyBart }))[0]).toBe('10 am: bart chloe');
    const bartAway = [entry('sw-bart', '2026-11-10')];
    expect(named(propose('2026-11-10', '2026-11-10', { duties: busyBart, entries: bartAway }))[0]).toBe(
      '10 am: anna chloe',
    );
  });
});

describe('a 4/5 regime off on Wednesdays', () => {
  // Chloe at 4/5 over Monday, Tuesday, Thursday, Friday: Wednesday off, as many parents choose.
  const people = cpasPeople().map((p) =>
    p.id === 'adm-chloe'
      ? { ...p, regime: { numerator: 4, denominator: 5, days: ['mon', 'tue', 'thu', 'fri'] as Weekday[] } }
      : p,
  );

  it('never names her on a Wednesday, and names her on Friday', () => {
    const proposal = propose('2026-11-16', '2026-11-20', { people });
    const chloe = proposal.duties.filter((d) => d.personId === 'adm-chloe').map((d) => d.date);
    expect(chloe).not.toContain('2026-11-18');
    expect(named(propose('2026-11-20', '2026-11-20', { people }))[0]).toBe('20 am: anna chloe');
  });
});

describe('bad input', () => {
  it('refuses a member whose regime has no share', () => {
    const people = cpasPeople().map((p) =>
      p.id === 'sw-bart' ? { ...p, regime: { ...p.regime, numerator: 0 } } : p,
    );
    expect(() => propose('2026-11-09', '2026-11-13', { people })).toThrowError(
      expect.objectContaining({ code: 'INVALID_REGIME' }),
    );
  });

  it.each([
    ['a period ending before it starts', '2026-11-13', '2026-11-09', '2026-11-02', 'INVALID_PERIOD'],
    ['a period of 94 days', '2026-11-01', '2027-02-02', '2026-11-02', 'INVALID_PERIOD'],
    ['a today that is not a date', '2026-11-09', '2026-11-13', '2026-13-01', 'INVALID_DATE'],
  ])('%s', (_label, from, to, today, code) => {
    expect(() => propose(from, to, { today })).toThrowError(expect.objectContaining({ code }));
  });
});
