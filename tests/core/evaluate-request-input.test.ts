import { describe, expect, it } from 'vitest';
import type { DayPart } from '../../core/calendar/local-date.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import { contextFor, cpasPeople, crisisPolicy, entry, request, verdict } from './fixtures.js';

function withBartRegime(numerator: number, denominator: number) {
  return cpasPeople().map((p) =>
    p.id === 'sw-bart' ? { ...p, regime: { ...p.regime, numerator, denominator } } : p,
  );
}

describe('bad input throws a DomainError with its code', () => {
  it.each([
    ['an unknown person', request('nobody', ['2026-03-11']), {}, 'UNKNOWN_PERSON'],
    ['30 February', request('sw-bart', ['2026-02-30']), {}, 'INVALID_DATE'],
    ['a date written D/M/Y', request('sw-bart', ['11/03/2026']), {}, 'INVALID_DATE'],
    ['an impossible today', request('sw-bart', ['2026-03-11']), { today: '2026-13-01' }, 'INVALID_DATE'],
    ['no day', request('sw-bart', []), {}, 'EMPTY_REQUEST'],
    ['an evening', request('sw-bart', [['2026-03-11', 'evening' as DayPart]]), {}, 'INVALID_DAY_PART'],
    ['a regime of 0', request('sw-bart', ['2026-03-11']), { people: withBartRegime(0, 5) }, 'INVALID_REGIME'],
    ['a regime of 2', request('sw-bart', ['2026-03-11']), { people: withBartRegime(2, 1) }, 'INVALID_REGIME'],
  ] as const)('%s → %s', (_label, badRequest, options, code) => {
    expect(() => evaluateRequest(badRequest, contextFor(options))).toThrowError(
      expect.objectContaining({ name: 'DomainError', code }),
    );
  });

  it('decides nothing when one day of the request is impossible', () => {
    expect(() =>
      evaluateRequest(request('sw-bart', ['2026-03-11', '2026-02-30']), contextFor()),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('figures that go with every decision', () => {
  function decide(date: string, options: Parameters<typeof contextFor>[0] = {}, part: DayPart = 'full') {
    const [decision] = evaluateRequest(request('sw-bart', [[date, part]]), contextFor(options));
    if (decision === undefined) throw new Error('no decision');
    return decision;
  }

  it('gives the value of the part asked at the person’s day value', () => {
    expect(decide('2026-03-11').figures.valueMinutes).toBe(456);
    expect(decide('2026-03-11', {}, 'pm').figures.valueMinutes).toBe(228);
  });

  it('gives quota figures with a refusal, so the bot can say what is left', () => {
    const decision = decide('2026-03-07', { entries: [entry('sw-bart', '2026-03-02', 'am')] });
    expect(verdict(decision)).toBe('refuse WEEKEND');
    expect(decision.figures.quotas).toEqual([
      { period: 'week', periodStart: '2026-03-02', limitHalves: 4, usedHalves: 1, leftHalves: 3 },
    ]);
  });

  it('gives every quota of the policy (federal: the year)', () => {
    expect(decide('2026-03-11', { policy: federalPreset }).figures.quotas).toEqual([
      { period: 'year', periodStart: '2026-01-01', limitHalves: 301, usedHalves: 0, leftHalves: 301 },
    ]);
  });

  it('gives no quota figures in crisis, where no quota applies', () => {
    expect(decide('2026-03-11', { policy: crisisPolicy() }).figures.quotas).toEqual([]);
  });

  it('gives the presence the team would have, with the quota', () => {
    expect(decide('2026-03-11').figures.presence).toEqual([
      { teamId: 'social', half: 'am', function: null, minimum: 2, onSiteAfter: 3 },
      { teamId: 'social', half: 'am', function: 'social-worker', minimum: 1, onSiteAfter: 1 },
      { teamId: 'social', half: 'pm', function: null, minimum: 2, onSiteAfter: 3 },
      { teamId: 'social', half: 'pm', function: 'social-worker', minimum: 1, onSiteAfter: 1 },
    ]);
  });

  it('leaves the policy it was given unchanged', () => {
    const before = JSON.stringify(rumstPreset);
    decide('2026-03-11', { policy: rumstPreset });
    expect(JSON.stringify(rumstPreset)).toBe(before);
  });
});
