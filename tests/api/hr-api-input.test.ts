import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, snapshot } from '../store/store-backends.js';
import { DEMO, type Harness, openHarness } from './hr-api-harness.js';

// Bad input is a 400 that names the field, or a 404 for what does not exist, and changes nothing.
const sqlite = backends[0] as (typeof backends)[number];
let harness: Harness;
let hr: string;
beforeAll(async () => {
  harness = await openHarness(sqlite);
  hr = await harness.tokenOf(DEMO.sophie);
});
afterAll(() => harness.dispose());

const MONTH_HINT = 'querystring/month must be a month written YYYY-MM, such as 2026-11';

describe('400: the request names what is wrong', () => {
  it.each([
    ['2026-13', '/api/v1/tallies?month=2026-13', MONTH_HINT],
    ['26-01', '/api/v1/tallies?month=26-01', MONTH_HINT],
    ['december', '/api/v1/me/tally?month=december', MONTH_HINT],
    ['2026-1', '/api/v1/tallies.csv?month=2026-1', MONTH_HINT],
    [
      'a month with SQL in it',
      `/api/v1/timesheet.csv?month=${encodeURIComponent("2026-11' or 1=1 --")}`,
      MONTH_HINT,
    ],
    ['no month', '/api/v1/tallies', 'querystring/month is required'],
    [
      'a huge page size',
      '/api/v1/tallies?month=2026-11&pageSize=100000',
      'querystring/pageSize must be <= 1000',
    ],
    ['a page size of 0', '/api/v1/tallies?month=2026-11&pageSize=0', 'querystring/pageSize must be >= 1'],
    ['page 0', '/api/v1/tallies?month=2026-11&page=0', 'querystring/page must be >= 1'],
    [
      'a page size in words',
      '/api/v1/tallies?month=2026-11&pageSize=ten',
      'querystring/pageSize must be integer',
    ],
    [
      'a team id that cannot be one',
      `/api/v1/tallies?month=2026-11&team=${encodeURIComponent("x' or '1'='1")}`,
      'querystring/team must be a team id of the organisation file: lower-case letters, digits and hyphens',
    ],
    [
      'a person id that is no GUID',
      '/api/v1/tallies?month=2026-11&person=sarah',
      "querystring/person must be a person's Entra object id (a GUID)",
    ],
  ])('%s', async (_label, url, detail) => {
    const response = await harness.get(url, hr);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID', detail });
  });

  it('a month that is not one, in the path of a close, is refused and writes nothing', async () => {
    const before = await snapshot(harness.opened.db);
    for (const month of ['2026-13', '26-01', 'december']) {
      const response = await harness.post(`/api/v1/months/${month}/close`, hr);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'REQUEST_INVALID',
        detail: 'params/month must be a month written YYYY-MM, such as 2026-11',
        params: { in: 'params', field: 'month' },
      });
    }
    expect(await snapshot(harness.opened.db)).toEqual(before);
  });
});

describe('404: what does not exist', () => {
  it('an unknown team', async () => {
    const response = await harness.get('/api/v1/tallies?month=2026-11&team=finance', hr);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'UNKNOWN_TEAM',
      detail: 'No team finance in the organisation.',
    });
  });

  it('an unknown person, for HR', async () => {
    const id = 'abcdefab-0000-4000-8000-000000000000';
    const response = await harness.get(`/api/v1/tallies?month=2026-11&person=${id}`, hr);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'UNKNOWN_PERSON' });
  });

  it('an unknown route under /api/v1', async () => {
    const response = await harness.get('/api/v1/nothing-here', hr);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('ROUTE_NOT_FOUND');
  });
});
