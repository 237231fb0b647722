import { describe, expect, it } from 'vitest';
import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import {
  ACCEPT_CRISIS,
  ASK_OCCASIONAL,
  ASK_PERMANENCE,
  contextFor,
  cpasTeams,
  crisisPolicy,
  type Entry,
  entry,
  policyWith,
  refused,
  request,
  verdict,
} from './fixtures.js';

const REFUSING = policyWith({ permanenceBreach: 'refuse' });
const LEUVEN = leuvenPreset;
const AT_MINIMUM = refused('PERMANENCE_AT_MINIMUM');
const NO_ARRANGEMENT = refused('NO_TELEWORK_ARRANGEMENT');
const WEEKLY = refused('WEEKLY_QUOTA_EXCEEDED');
const TOO_LATE = refused('OCCASIONAL_TOO_LATE');
const EXCLUDED = refused('FUNCTION_EXCLUDED');
const HOLIDAY = refused('PUBLIC_HOLIDAY');

function decide(
  personId: string,
  date: LocalDate,
  entries: ReadonlyArray<Entry>,
  policy: TeleworkPolicy = leuvenPreset,
  part: DayPart = 'full',
): DayDecision {
  const [decision] = evaluateRequest(
    request(personId, [[date, part]]),
    contextFor({ entries: [...entries], policy }),
  );
  return decision as DayDecision;
}

// Social service: 2 on site and 1 social worker, every half day. Members: the manager, Anna and
// Bart (social workers), Chloe (administrative, 4/5 Monday–Thursday).
const FRIDAY = '2026-03-13';
const MONDAY = '2026-03-09';
const BART_OFF_FRI = [entry('sw-bart', FRIDAY)];
const BART_OFF_MON = [entry('sw-bart', MONDAY)];
const BART_PENDING_MON = [entry('sw-bart', MONDAY, 'full', 'pending')];

describe('minimum presence on site', () => {
  it.each([
    // Friday: Chloe does not work and Bart teleworks, so Anna leaving leaves the manager alone.
    ['Anna on Friday: team at its minimum', 'sw-anna', FRIDAY, BART_OFF_FRI, LEUVEN, ASK_PERMANENCE],
    ['the same, permanenceBreach = refuse', 'sw-anna', FRIDAY, BART_OFF_FRI, REFUSING, AT_MINIMUM],
    ['Anna on Friday with Bart on site', 'sw-anna', FRIDAY, [], REFUSING, ASK_OCCASIONAL],
    // Monday: 2 stay on site (manager, Chloe) but no social worker does.
    ['Anna on Monday: the social-worker minimum', 'sw-anna', MONDAY, BART_OFF_MON, REFUSING, AT_MINIMUM],
    // Chloe is not a social worker: only the team-wide minimum counts her, and it holds.
    ['Chloe on Monday: not her function', 'adm-chloe', MONDAY, BART_OFF_MON, REFUSING, ASK_OCCASIONAL],
    // A pending request already takes its person off site.
    ['Anna on Monday, Bart pending', 'sw-anna', MONDAY, BART_PENDING_MON, REFUSING, AT_MINIMUM],
  ] as const)('%s (%s) → %s', (_label, personId, date, entries, policy, expected) => {
    expect(verdict(decide(personId, date, entries, policy))).toBe(expected);
  });

  it('checks presence on a structural day too', () => {
    // Tuesday is Anna's pattern day; with Bart away no social worker would be left.
    const decision = decide('sw-anna', '2026-03-10', [entry('sw-bart', '2026-03-10')]);
    expect([verdict(decision), decision.kind]).toEqual([ASK_PERMANENCE, 'structural']);
  });

  it('checks each half: Bart away in the morning only leaves Anna free in the afternoon', () => {
    const bartMorning = [entry('sw-bart', MONDAY, 'am')];
    expect(verdict(decide('sw-anna', MONDAY, bartMorning, REFUSING, 'am'))).toBe(AT_MINIMUM);
    expect(verdict(decide('sw-anna', MONDAY, bartMorning, REFUSING, 'pm'))).toBe(ASK_OCCASIONAL);
  });

  it('sends a breach to the manager with the presence that would be left', () => {
    const decision = decide('sw-anna', FRIDAY, BART_OFF_FRI, LEUVEN, 'am');
    expect(decision.outcome === 'needs-approval' && decision.approvers).toEqual(['mgr-social']);
    expect(decision.figures.presence).toEqual([
      { teamId: 'social', half: 'am', function: null, minimum: 2, onSiteAfter: 1 },
      { teamId: 'social', half: 'am', function: 'social-worker', minimum: 1, onSiteAfter: 0 },
    ]);
  });

  it('sends the manager of the team to HR', () => {
    const decision = decide('mgr-social', FRIDAY, [...BART_OFF_FRI, entry('sw-anna', FRIDAY)]);
    expect(verdict(decision)).toBe(ASK_PERMANENCE);
    expect(decision.outcome === 'needs-approval' && decision.approvers).toEqual(['hr-eva']);
  });
});

describe('crisis mode (business continuity plan): the same request, another outcome', () => {
  const BART_2_DAYS = [entry('sw-bart', MONDAY), entry('sw-bart', '2026-03-10')];
  const BOTH_OFF_FRI = [...BART_OFF_FRI, entry('sw-anna', FRIDAY)];

  it.each([
    ['no telework arrangement', 'tech-gert', '2026-03-11', [], NO_ARRANGEMENT, ACCEPT_CRISIS],
    ['a third day in the week', 'sw-bart', '2026-03-11', BART_2_DAYS, WEEKLY, ACCEPT_CRISIS],
    ['an occasional day', 'sw-bart', '2026-03-11', [], ASK_OCCASIONAL, ACCEPT_CRISIS],
    ['an occasional day, asked that day', 'sw-bart', '2026-03-02', [], TOO_LATE, ACCEPT_CRISIS],
    // The team-wide minimum is lifted: the manager may leave the site.
    ['the manager, both others away', 'mgr-social', FRIDAY, BOTH_OFF_FRI, ASK_PERMANENCE, ACCEPT_CRISIS],
    // Social workers are essential: their own minimum stays.
    ['the last social worker on site', 'sw-anna', FRIDAY, BART_OFF_FRI, ASK_PERMANENCE, ASK_PERMANENCE],
    ['a receptionist', 'rec-dirk', '2026-03-11', [], EXCLUDED, EXCLUDED],
    ['Easter Monday', 'sw-bart', '2026-04-06', [], HOLIDAY, HOLIDAY],
  ] as const)('%s (%s): normally %s, in crisis %s', (_label, personId, date, entries, normal, inCrisis) => {
    expect(verdict(decide(personId, date, entries))).toBe(normal);
    expect(verdict(decide(personId, date, entries, crisisPolicy()))).toBe(inCrisis);
  });

  it('lifts the minimum of a function that is not essential', () => {
    // An administrative officer must be on site too; Chloe is the only one.
    const rule = { minimumOnSite: 2, byFunction: { administrative: 1 }, weekdays: [], halves: [] };
    const teams = cpasTeams().map((team) => (team.id === 'social' ? { ...team, permanence: [rule] } : team));
    const ask = request('adm-chloe', [MONDAY]);
    const [normal] = evaluateRequest(ask, contextFor({ teams, policy: REFUSING }));
    const [inCrisis] = evaluateRequest(ask, contextFor({ teams, policy: crisisPolicy(REFUSING) }));
    expect([verdict(normal), verdict(inCrisis)]).toEqual([AT_MINIMUM, ACCEPT_CRISIS]);
  });
});
