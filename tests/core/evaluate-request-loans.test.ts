import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { LoanDays } from '../../core/permanence/loans.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import { loanPolicy, loanTeams } from './crisis-loan-fixtures.js';
import { ACCEPT_CRISIS, contextFor, type Entry, entry, refused, request, verdict } from './fixtures.js';

// A crisis from Monday 9 to Friday 13 March 2026 (today is Monday 2 March), under the rules of
// crisis-loan-fixtures.ts: the social service keeps two social workers on site.
const CRISIS = { from: '2026-03-09', to: '2026-03-13' } as const;
const EARLIER = { from: '2026-02-02', to: '2026-02-06' } as const;
const WEDNESDAY = '2026-03-11';
const AFTER = '2026-03-16';
const GERT: LoanDays = {
  personId: 'tech-gert',
  teamId: 'social',
  function: 'social-worker',
  ...CRISIS,
};
const CHLOE: LoanDays = {
  personId: 'adm-chloe',
  teamId: 'reception',
  function: 'reception',
  ...CRISIS,
};

function decide(
  personId: string,
  date: LocalDate,
  loans: LoanDays[],
  entries: Entry[] = [],
  permanence: 'all' | 'essential-only' = 'essential-only',
): DayDecision {
  const context = {
    ...contextFor({ policy: loanPolicy(permanence), teams: loanTeams(), entries }),
    crisisPeriods: [CRISIS],
    loans,
  };
  return evaluateRequest(request(personId, [date]), context)[0] as DayDecision;
}

const AT_MINIMUM = refused('PERMANENCE_AT_MINIMUM');

describe('a person lent to an essential team counts on site there when a member asks telework', () => {
  it.each([
    ['a crisis day, nobody lent: Bart alone would be short', WEDNESDAY, [], AT_MINIMUM],
    ['a crisis day, Gert lent as a social worker: Bart and Gert stay', WEDNESDAY, [GERT], ACCEPT_CRISIS],
    ['the first day of the crisis, Gert lent', CRISIS.from, [GERT], ACCEPT_CRISIS],
    ['the last day of the crisis, Gert lent', CRISIS.to, [GERT], ACCEPT_CRISIS],
    ['Gert lent for an earlier crisis: not for this one', WEDNESDAY, [{ ...GERT, ...EARLIER }], AT_MINIMUM],
    ['the Monday after the crisis: the loan is over', AFTER, [GERT], AT_MINIMUM],
  ] as const)('Anna asks on %s (%s)', (_label, date, loans, expected) => {
    expect(verdict(decide('sw-anna', date, [...loans]))).toBe(expected);
  });

  it('a crisis still under way: the loan lasts as long as it does', () => {
    const lasting = [{ ...CRISIS, to: null }];
    const context = { ...contextFor({ policy: loanPolicy(), teams: loanTeams() }), crisisPeriods: lasting };
    const loans = [{ ...GERT, to: null }];
    expect(verdict(evaluateRequest(request('sw-anna', [AFTER]), { ...context, loans })[0])).toBe(
      ACCEPT_CRISIS,
    );
  });

  it('the figures count Gert: one social worker left after Anna without him, two with him', () => {
    const figures = (loans: LoanDays[]) =>
      decide('sw-anna', WEDNESDAY, loans).figures.presence.map(
        (f) => `${f.half} ${f.function} ${f.onSiteAfter}/${f.minimum}`,
      );
    expect(figures([])).toEqual(['am social-worker 1/2', 'pm social-worker 1/2']);
    expect(figures([GERT])).toEqual(['am social-worker 2/2', 'pm social-worker 2/2']);
  });

  it.each([
    ['Bart teleworks: Gert alone stays', [entry('sw-bart', WEDNESDAY)], AT_MINIMUM],
    ['Bart teleworks in the morning: the morning is short', [entry('sw-bart', WEDNESDAY, 'am')], AT_MINIMUM],
    ['Bart’s pending request holds his day', [entry('sw-bart', WEDNESDAY, 'full', 'pending')], AT_MINIMUM],
    [
      'Bart’s refused request leaves him on site',
      [entry('sw-bart', WEDNESDAY, 'full', 'refused')],
      ACCEPT_CRISIS,
    ],
    // A lent person's telework day would take him off site too (the entries read include his).
    ['Gert is (somehow) away in the afternoon', [entry('tech-gert', WEDNESDAY, 'pm')], AT_MINIMUM],
  ] as const)('with Gert lent, Anna asks when %s', (_label, entries, expected) => {
    expect(verdict(decide('sw-anna', WEDNESDAY, [GERT], [...entries]))).toBe(expected);
  });
});

describe('a suspended person counts for no minimum of her own team, lent or not', () => {
  // A crisis that keeps every minimum: the social service's two on site team-wide too. Bart
  // teleworks; the manager asks. Anna stays, and Chloé, whose mission is suspended, is no help.
  it.each([
    ['Chloé suspended in her team', []],
    ['Chloé lent to the reception', [CHLOE]],
  ] as const)('%s: the manager is refused, one on site would be left', (_label, loans) => {
    const decision = decide('mgr-social', WEDNESDAY, [...loans], [entry('sw-bart', WEDNESDAY)], 'all');
    expect(verdict(decision)).toBe(AT_MINIMUM);
    expect(decision.figures.presence.map((f) => `${f.half} ${f.function} ${f.onSiteAfter}`)).toEqual([
      'am null 1',
      'pm null 1',
    ]);
  });

  it('before the crisis Chloé is on site in her team (her loan has not begun): the manager may leave', () => {
    const THURSDAY_BEFORE = '2026-03-05';
    const entries = [entry('sw-bart', THURSDAY_BEFORE)];
    const decision = decide('mgr-social', THURSDAY_BEFORE, [CHLOE], entries, 'all');
    expect(decision.figures.presence.map((f) => `${f.half} ${f.function} ${f.onSiteAfter}`)).toEqual([
      'am null 2',
      'pm null 2',
    ]);
  });
});
