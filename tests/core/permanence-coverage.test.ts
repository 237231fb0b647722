import { describe, expect, it } from 'vitest';
import type { Team } from '../../core/organisation/organisation.js';
import {
  breaksPermanence,
  permanenceCoverage,
  presenceAfterLeaving,
} from '../../core/policy/permanence-coverage.js';
import { contextFor, cpasPeople, cpasTeams, crisisPolicy, entry } from './fixtures.js';

const social = cpasTeams().find((team) => team.id === 'social') as Team;

/** Coverage as "team 3/2" (on site / minimum) or "social-worker 1/1", one string per minimum. */
function onSite(
  date: string,
  half: 'am' | 'pm',
  entries = [entry('sw-bart', '2026-03-13', 'full')],
): string[] {
  return permanenceCoverage(social, date, half, contextFor({ entries })).map(
    (c) => `${c.function ?? 'team'} ${c.onSite}/${c.minimum}`,
  );
}

describe('permanence coverage of the social service', () => {
  it.each([
    // Monday: all four members work; Bart teleworks on the 13th only.
    ['Monday 9 March am', '2026-03-09', 'am', ['team 4/2', 'social-worker 2/1']],
    // Friday: Chloe (4/5 Monday–Thursday) does not work, Bart teleworks.
    ['Friday 13 March am', '2026-03-13', 'am', ['team 2/2', 'social-worker 1/1']],
    ['Friday 13 March pm', '2026-03-13', 'pm', ['team 2/2', 'social-worker 1/1']],
    // Easter Monday: the site is closed, no minimum applies.
    ['Easter Monday', '2026-04-06', 'am', []],
    ['a Saturday', '2026-03-07', 'am', []],
  ] as const)('%s (%s %s): on site / minimum = %j', (_label, date, half, expected) => {
    expect(onSite(date, half)).toEqual(expected);
  });

  it('takes a half day of telework off site for that half only', () => {
    const entries = [entry('sw-bart', '2026-03-09', 'am'), entry('sw-anna', '2026-03-09', 'pm', 'pending')];
    expect(onSite('2026-03-09', 'am', entries)).toEqual(['team 3/2', 'social-worker 1/1']);
    expect(onSite('2026-03-09', 'pm', entries)).toEqual(['team 3/2', 'social-worker 1/1']);
  });

  it('leaves refused and cancelled entries on site', () => {
    const entries = [
      entry('sw-bart', '2026-03-09', 'full', 'refused'),
      entry('sw-anna', '2026-03-09', 'full', 'cancelled'),
    ];
    expect(onSite('2026-03-09', 'am', entries)).toEqual(['team 4/2', 'social-worker 2/1']);
  });

  it('names who is present, for a week view', () => {
    const [teamWide] = permanenceCoverage(
      social,
      '2026-03-13',
      'am',
      contextFor({ entries: [entry('sw-bart', '2026-03-13')] }),
    );
    expect(teamWide?.present).toEqual(['mgr-social', 'sw-anna']);
  });

  it.each([
    ['a rule for Monday mornings, on Monday morning', ['mon'], ['am'], '2026-03-09', 'am', 2],
    ['a rule for Monday mornings, on Monday afternoon', ['mon'], ['am'], '2026-03-09', 'pm', 0],
    ['a rule for Monday mornings, on Tuesday morning', ['mon'], ['am'], '2026-03-10', 'am', 0],
    ['a rule for every day, on Wednesday afternoon', [], [], '2026-03-11', 'pm', 2],
  ])('%s gives %i minimums', (_label, weekdays, halves, date, half, count) => {
    const team: Team = {
      ...social,
      permanence: [
        {
          minimumOnSite: 1,
          byFunction: { 'social-worker': 1 },
          weekdays,
          halves,
        } as Team['permanence'][number],
      ],
    };
    expect(permanenceCoverage(team, date, half as 'am' | 'pm', contextFor())).toHaveLength(count);
  });

  it.each([
    ['outside crisis, every minimum', false, [null, 'social-worker', 'administrative']],
    ['in crisis, only essential functions (social workers)', true, ['social-worker']],
  ])('%s', (_label, crisis, functions) => {
    const team: Team = {
      ...social,
      permanence: [
        { minimumOnSite: 2, byFunction: { 'social-worker': 1, administrative: 1 }, weekdays: [], halves: [] },
      ],
    };
    const context = contextFor(crisis ? { policy: crisisPolicy() } : {});
    expect(permanenceCoverage(team, '2026-03-09', 'am', context).map((c) => c.function)).toEqual(functions);
  });
});

describe('presence after a person leaves', () => {
  const anna = cpasPeople().find((p) => p.id === 'sw-anna');
  const chloe = cpasPeople().find((p) => p.id === 'adm-chloe');
  if (anna === undefined || chloe === undefined) throw new Error('fixture people missing');

  it('counts the person out of the minimums they count towards', () => {
    const context = contextFor({ entries: [entry('sw-bart', '2026-03-13')] });
    const figures = presenceAfterLeaving(anna, '2026-03-13', ['am'], context);
    expect(figures).toEqual([
      { teamId: 'social', half: 'am', function: null, minimum: 2, onSiteAfter: 1 },
      { teamId: 'social', half: 'am', function: 'social-worker', minimum: 1, onSiteAfter: 0 },
    ]);
    expect(breaksPermanence(figures)).toBe(true);
  });

  it('gives an administrative officer only the team-wide minimum', () => {
    const context = contextFor({ entries: [entry('sw-bart', '2026-03-09')] });
    const figures = presenceAfterLeaving(chloe, '2026-03-09', ['am', 'pm'], context);
    expect(figures).toEqual([
      { teamId: 'social', half: 'am', function: null, minimum: 2, onSiteAfter: 2 },
      { teamId: 'social', half: 'pm', function: null, minimum: 2, onSiteAfter: 2 },
    ]);
    expect(breaksPermanence(figures)).toBe(false);
  });

  it('refuses a person in a team the organisation does not have', () => {
    expect(() =>
      presenceAfterLeaving({ ...anna, teams: ['ghost'] }, '2026-03-09', ['am'], contextFor()),
    ).toThrowError(expect.objectContaining({ code: 'UNKNOWN_TEAM' }));
  });
});
