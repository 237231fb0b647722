import { describe, expect, it } from 'vitest';
import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { Person } from '../../core/organisation/organisation.js';
import type { DayDecision, TeleworkKind } from '../../core/policy/decision.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { quotasApplyTo } from '../../core/policy/quotas-apply.js';
import {
  ACCEPT_PATTERN,
  ACCEPT_WITHIN,
  ASK_OCCASIONAL,
  ASK_PERMANENCE,
  type ContextOptions,
  contextFor,
  cpasPeople,
  crisisPolicy,
  duty,
  entry,
  policyWith,
  refused,
  request,
  verdict,
} from './fixtures.js';

// Leuven preset, today Monday 2 March 2026, unless a case says otherwise.
function decide(
  personId: string,
  date: LocalDate,
  options: ContextOptions & { part?: DayPart; kind?: TeleworkKind } = {},
): DayDecision {
  const decisions = evaluateRequest(
    request(personId, [[date, options.part ?? 'full']], options.kind),
    contextFor(options),
  );
  expect(decisions).toHaveLength(1);
  return decisions[0] as DayDecision;
}

describe('which days can be declared (today: Monday 2 March 2026, horizon 365 days)', () => {
  it.each([
    ['yesterday', '2026-03-01', 'PAST_DATE'],
    ['a year and a day ahead', '2027-03-03', 'TOO_FAR_AHEAD'],
    ['a Saturday', '2026-03-07', 'WEEKEND'],
    ['15 August 2026, a Saturday holiday', '2026-08-15', 'WEEKEND'],
    ['11 July 2026, a Saturday closing day', '2026-07-11', 'WEEKEND'],
    ['Easter Monday', '2026-04-06', 'PUBLIC_HOLIDAY'],
    ['Ascension', '2026-05-14', 'PUBLIC_HOLIDAY'],
    ['Whit Monday', '2026-05-25', 'PUBLIC_HOLIDAY'],
    ['the national holiday, 21 July', '2026-07-21', 'PUBLIC_HOLIDAY'],
    ['Armistice, 11 November', '2026-11-11', 'PUBLIC_HOLIDAY'],
    ['the bridge day after Ascension', '2026-05-15', 'CLOSING_DAY'],
    ["New Year's Eve, closed by the employer", '2026-12-31', 'CLOSING_DAY'],
  ] as const)('%s (%s) is refused: %s', (_label, date, reason) => {
    expect(verdict(decide('sw-bart', date))).toBe(refused(reason));
  });

  it('refuses the Flemish community holiday on a weekday as a closing day (Friday 11 July 2025)', () => {
    expect(verdict(decide('sw-bart', '2025-07-11', { today: '2025-07-01' }))).toBe(refused('CLOSING_DAY'));
  });

  it('accepts the last day of the horizon', () => {
    // Tuesday 2 March 2027 is one of Anna's structural days.
    expect(verdict(decide('sw-anna', '2027-03-02'))).toBe(ACCEPT_PATTERN);
  });

  it.each([
    ['Friday is not in the 4/5 Monday–Thursday regime', '2026-03-13', refused('NOT_A_WORKING_DAY')],
    ['Thursday is', '2026-03-12', ASK_OCCASIONAL],
  ])('%s', (_label, date, expected) => {
    expect(verdict(decide('adm-chloe', date))).toBe(expected);
  });
});

describe('structural and occasional telework (Leuven)', () => {
  it.each([
    ['Tuesday, in the pattern', 'sw-anna', '2026-03-10', 'full', undefined, ACCEPT_PATTERN, 'structural'],
    ['Thursday am, in the pattern', 'sw-anna', '2026-03-12', 'am', undefined, ACCEPT_PATTERN, 'structural'],
    ['full Thursday, beyond it', 'sw-anna', '2026-03-12', 'full', undefined, ASK_OCCASIONAL, 'occasional'],
    ['Tuesday as occasional', 'sw-anna', '2026-03-10', 'full', 'occasional', ASK_OCCASIONAL, 'occasional'],
    ['Wednesday', 'sw-bart', '2026-03-11', 'full', undefined, ASK_OCCASIONAL, 'occasional'],
    // Structural is the agreed pattern only: a day outside it asked as structural is occasional.
    ['Wednesday as structural', 'sw-bart', '2026-03-11', 'full', 'structural', ASK_OCCASIONAL, 'occasional'],
  ] as const)('%s, for %s', (_label, personId, date, part, kind, expected, expectedKind) => {
    const decision = decide(personId, date, { part, kind });
    expect([verdict(decision), decision.kind]).toEqual([expected, expectedKind]);
  });

  it('sends an occasional day to the manager of the team', () => {
    const decision = decide('sw-bart', '2026-03-11');
    expect(decision.outcome === 'needs-approval' && decision.approvers).toEqual(['mgr-social']);
  });

  it('sends the manager of the team to HR, never to themselves', () => {
    const decision = decide('mgr-social', '2026-03-11');
    expect(decision.outcome === 'needs-approval' && decision.approvers).toEqual(['hr-eva']);
  });

  it('accepts an occasional day without approval where the policy does not ask for it', () => {
    const policy = policyWith({ occasionalNeedsApproval: false });
    expect(verdict(decide('sw-bart', '2026-03-11', { policy }))).toBe(ACCEPT_WITHIN);
  });

  it('refuses an occasional day asked on the day itself: approval comes before the day', () => {
    expect(verdict(decide('sw-bart', '2026-03-02'))).toBe(refused('OCCASIONAL_TOO_LATE'));
  });

  it('accepts a structural day asked on the day itself', () => {
    expect(verdict(decide('sw-anna', '2026-03-03', { today: '2026-03-03' }))).toBe(ACCEPT_PATTERN);
  });

  it('refuses a receptionist: reception cannot be done from home', () => {
    expect(verdict(decide('rec-dirk', '2026-03-11'))).toBe(refused('FUNCTION_EXCLUDED'));
  });

  it('refuses somebody without a telework arrangement', () => {
    expect(verdict(decide('tech-gert', '2026-03-11'))).toBe(refused('NO_TELEWORK_ARRANGEMENT'));
  });

  it.each([
    ['a full day on a morning of duty', 'full', 'assigned', refused('ON_PERMANENCE_DUTY')],
    ['the morning of duty', 'am', 'assigned', refused('ON_PERMANENCE_DUTY')],
    ['the afternoon after a morning of duty', 'pm', 'assigned', ASK_OCCASIONAL],
    ['a day whose duty was cancelled', 'full', 'cancelled', ASK_OCCASIONAL],
  ] as const)('%s → %s', (_label, part, status, expected) => {
    const duties = [duty('sw-bart', '2026-03-11', 'am', status)];
    expect(verdict(decide('sw-bart', '2026-03-11', { part, duties }))).toBe(expected);
  });
});

describe('a day already declared', () => {
  it.each([
    ['a morning inside an accepted full day', 'full', 'accepted', 'am', refused('ALREADY_DECLARED')],
    ['a full day over a pending full day', 'full', 'pending', 'full', refused('ALREADY_DECLARED')],
    ['the same morning again', 'am', 'accepted', 'am', refused('ALREADY_DECLARED')],
    ['the afternoon next to a morning', 'am', 'accepted', 'pm', ASK_OCCASIONAL],
    ['a full day over a morning', 'am', 'accepted', 'full', ASK_OCCASIONAL],
    ['a day whose entry was cancelled', 'full', 'cancelled', 'full', ASK_OCCASIONAL],
    ['a day whose entry was refused', 'full', 'refused', 'full', ASK_OCCASIONAL],
  ] as const)('%s → %s', (_label, heldPart, status, part, expected) => {
    const entries = [entry('sw-bart', '2026-03-11', heldPart, status)];
    expect(verdict(decide('sw-bart', '2026-03-11', { part, entries }))).toBe(expected);
  });

  it('counts only the extra half of a full day over a morning', () => {
    // Monday full + Wednesday morning = 3 halves of Leuven's 4: a full Wednesday adds 1, and fits.
    const entries = [entry('sw-bart', '2026-03-09'), entry('sw-bart', '2026-03-11', 'am')];
    expect(verdict(decide('sw-bart', '2026-03-11', { entries }))).toBe(ASK_OCCASIONAL);
    // Whereas a full Thursday adds 2 and does not.
    expect(verdict(decide('sw-bart', '2026-03-12', { entries }))).toBe(refused('WEEKLY_QUOTA_EXCEEDED'));
  });
});

describe('a request of several days is decided day by day, cumulatively, answered in date order', () => {
  it('hits the weekly quota on the third day', () => {
    // Asked out of order; Monday and Tuesday hold 4 halves of Leuven's 4 when Wednesday is decided.
    const decisions = evaluateRequest(
      request('sw-anna', ['2026-03-11', '2026-03-09', '2026-03-10']),
      contextFor(),
    );
    expect(decisions.map((d) => [d.date, verdict(d)])).toEqual([
      ['2026-03-09', ASK_OCCASIONAL],
      ['2026-03-10', ACCEPT_PATTERN],
      ['2026-03-11', refused('WEEKLY_QUOTA_EXCEEDED')],
    ]);
    expect(decisions[2]?.figures.quotas).toEqual([
      { period: 'week', periodStart: '2026-03-09', limitHalves: 4, usedHalves: 4, leftHalves: 0 },
    ]);
  });

  it('does not count a refused day against the days after it', () => {
    const decisions = evaluateRequest(
      request('sw-bart', ['2026-04-06', '2026-04-07', '2026-04-08']),
      contextFor(),
    );
    expect(decisions.map(verdict)).toEqual([refused('PUBLIC_HOLIDAY'), ASK_OCCASIONAL, ASK_OCCASIONAL]);
  });

  it('treats a date asked twice as already declared the second time', () => {
    const decisions = evaluateRequest(request('sw-bart', ['2026-03-11', ['2026-03-11', 'am']]), contextFor());
    expect(decisions.map(verdict)).toEqual([ASK_OCCASIONAL, refused('ALREADY_DECLARED')]);
  });

  it('asks only for the afternoon of a full day whose morning came earlier in the same request', () => {
    // Bart and Anna are away on Thursday: the manager and Chloe are the two left on site.
    const entries = [entry('sw-bart', '2026-03-12'), entry('sw-anna', '2026-03-12')];
    const ask = request('mgr-social', [
      ['2026-03-12', 'am'],
      ['2026-03-12', 'full'],
    ]);
    const decisions = evaluateRequest(ask, contextFor({ entries }));
    expect(decisions.map((d) => d.figures.presence.map((p) => [p.half, p.onSiteAfter]))).toEqual([
      [['am', 1]],
      [['pm', 1]],
    ]);
    expect(decisions.map(verdict)).toEqual([ASK_PERMANENCE, ASK_PERMANENCE]);
  });
});

describe('within one request, the agreed structural days are decided before the occasional ones', () => {
  // Fien, a social worker full time, teleworks structurally on Fridays; Leuven allows 2 days a week.
  const fien: Person = {
    ...(cpasPeople().find((p) => p.id === 'sw-bart') as Person),
    id: 'sw-fien',
    arrangement: { type: 'structural', pattern: [{ weekday: 'fri', part: 'full' }] },
  };
  const people = [...cpasPeople(), fien];
  const WEEKLY = refused('WEEKLY_QUOTA_EXCEEDED');
  const [MON, TUE, WED, THU, FRI] = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

  it.each([
    [
      'Fien, "from monday to friday": the agreed Friday first, then Monday fills the quota',
      'sw-fien',
      [MON, TUE, WED, THU, FRI],
      undefined,
      [ASK_OCCASIONAL, WEEKLY, WEEKLY, WEEKLY, ACCEPT_PATTERN],
    ],
    [
      'Fien, Thursday and Friday asked in reverse order',
      'sw-fien',
      [FRI, THU],
      undefined,
      [ASK_OCCASIONAL, ACCEPT_PATTERN],
    ],
    [
      'Fien asking the whole week as occasional: nothing is structural, date order decides',
      'sw-fien',
      [MON, TUE, WED, THU, FRI],
      'occasional',
      [ASK_OCCASIONAL, ASK_OCCASIONAL, WEEKLY, WEEKLY, WEEKLY],
    ],
    [
      'Anna (Tuesday, Thursday morning): both agreed halves first, Monday and Wednesday no longer fit',
      'sw-anna',
      [MON, TUE, WED, [THU, 'am']],
      undefined,
      [WEEKLY, ACCEPT_PATTERN, WEEKLY, ACCEPT_PATTERN],
    ],
    [
      'Bart, occasional only: date order, as before',
      'sw-bart',
      [MON, TUE, WED],
      undefined,
      [ASK_OCCASIONAL, ASK_OCCASIONAL, WEEKLY],
    ],
  ] as const)('%s', (_label, personId, days, kind, expected) => {
    const asked = days.map((day) =>
      typeof day === 'string' ? day : ([day[0], day[1]] as [LocalDate, DayPart]),
    );
    const decisions = evaluateRequest(request(personId, asked, kind), contextFor({ people }));
    const dates = decisions.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(decisions.map(verdict)).toEqual(expected);
  });

  it('counts the agreed Friday in the figures of the occasional Monday', () => {
    const [monday, friday] = evaluateRequest(request('sw-fien', [MON, FRI]), contextFor({ people }));
    expect(friday?.figures.quotas[0]).toMatchObject({ usedHalves: 0, leftHalves: 4 });
    expect(monday?.figures.quotas[0]).toMatchObject({ usedHalves: 2, leftHalves: 2 });
  });
});

describe('people who can never telework are given no quota figures', () => {
  it.each([
    ['a receptionist (excluded function)', 'rec-dirk', leuvenPreset, refused('FUNCTION_EXCLUDED'), 0],
    ['a technician without arrangement', 'tech-gert', leuvenPreset, refused('NO_TELEWORK_ARRANGEMENT'), 0],
    ['an occasional teleworker', 'sw-bart', leuvenPreset, ASK_OCCASIONAL, 1],
    ['the technician in crisis (quotas lifted)', 'tech-gert', crisisPolicy(), 'accept CRISIS_MODE', 0],
  ] as const)('%s', (_label, personId, policy, expected, quotaCount) => {
    const decision = decide(personId, '2026-03-11', { policy });
    expect(verdict(decision)).toBe(expected);
    expect(decision.figures.quotas).toHaveLength(quotaCount);
  });

  it.each<[string, Pick<Person, 'function' | 'arrangement'>, boolean]>([
    ['reception, excluded at Leuven', { function: 'reception', arrangement: { type: 'occasional' } }, false],
    ['no arrangement', { function: 'technician', arrangement: { type: 'none' } }, false],
    ['occasional', { function: 'technician', arrangement: { type: 'occasional' } }, true],
    ['structural', { function: 'social-worker', arrangement: { type: 'structural', pattern: [] } }, true],
  ])('quotasApplyTo: %s → %s', (_label, person, expected) => {
    expect(quotasApplyTo(person, leuvenPreset)).toBe(expected);
    expect(quotasApplyTo(person, crisisPolicy())).toBe(false);
  });
});
