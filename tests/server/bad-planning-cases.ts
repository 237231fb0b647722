import type { InjectOptions } from 'fastify';
import { ADMINISTRATION, JONAS, type Known, TEAM } from './bad-input-harness.js';
import type { Case, Expected, Tokens } from './bad-request-cases.js';

// The managers' permanence API (api/routes/team-*.ts): bad input as the manager of the social
// service (Isabelle), with the team's current If-Match unless the case is about it. Monday
// 23 November 2026; Mehdi holds the morning of Tuesday 1 December.

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };
const huge = 'x'.repeat(100_000);
const overLimit = `{"duties":[{"date":"${'x'.repeat(1_100_000)}"}]}`;
const invalid = { status: 400, code: 'REQUEST_INVALID' };
const MEHDI = '00000000-0000-4000-8000-000000000003';
const unknownPerson = 'abcdefab-0000-4000-8000-000000000000';
const base = `/api/v1/teams/${TEAM}`;
const noToken = { status: 401, code: 'AUTH_MISSING_TOKEN' };
const duty = (date: string, part = 'am', personId = MEHDI) => ({ date, part, personId });

type Who = keyof Tokens | 'nobody';
const as = (token: Tokens, who: Who) => (who === 'nobody' ? {} : bearer(token[who]));
/** The team's current version, a stale one, or none. */
type IfMatch = 'current' | 'none' | string;
const ifMatch = (known: Known, value: IfMatch): Record<string, string> =>
  value === 'none' ? {} : { 'if-match': value === 'current' ? known.teamIfMatch : value };

/** GET cases: [label, url after /api/v1, who, expected]. */
function reads(route: string, rows: ReadonlyArray<readonly [string, string, Who, Expected]>): Case[] {
  return rows.map(([label, url, who, expected]) => ({
    route,
    label,
    request: (token) => ({ url: `/api/v1${url}`, headers: as(token, who) }),
    expected,
  }));
}

/** Body cases: [label, payload (an object is sent as JSON), expected], as the manager. */
function writes(
  route: string,
  method: 'POST' | 'DELETE',
  url: string,
  match: IfMatch | undefined,
  rows: ReadonlyArray<readonly [string, unknown, Expected]>,
): Case[] {
  return rows.map(([label, payload, expected]) => ({
    route,
    label,
    request: (token, known): InjectOptions => ({
      method,
      url,
      headers: { ...bearer(token.manager), ...json, ...(match ? ifMatch(known, match) : {}) },
      ...(payload === undefined
        ? {}
        : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    }),
    expected,
  }));
}

/** Who may call, and the If-Match: [label, who, If-Match, expected], with a body that is fine. */
function guards(
  route: string,
  method: 'POST' | 'DELETE',
  url: (known: Known) => string,
  payload: object | undefined,
  rows: ReadonlyArray<readonly [string, Who, IfMatch, Expected]>,
): Case[] {
  return rows.map(([label, who, match, expected]) => ({
    route,
    label,
    request: (token, known): InjectOptions => ({
      method,
      url: url(known),
      headers: { ...as(token, who), ...ifMatch(known, match) },
      ...(payload === undefined ? {} : { payload }),
    }),
    expected,
  }));
}

const periodRows = [
  ['year 0', 'from=0000-01-03&to=0000-01-07', { status: 400, code: 'DATE_OUT_OF_RANGE' }],
  ['year 9999', 'from=9999-12-27&to=9999-12-31', { status: 400, code: 'DATE_OUT_OF_RANGE' }],
  ['30 February', 'from=2027-02-22&to=2027-02-30', { status: 400, code: 'INVALID_DATE' }],
  ['into 2100', 'from=2099-12-28&to=2100-01-01', { status: 400, code: 'DATE_OUT_OF_RANGE' }],
  ['from 1999', 'from=1999-12-27&to=2000-01-07', { status: 400, code: 'DATE_OUT_OF_RANGE' }],
  ['94 days', 'from=2026-12-07&to=2027-03-10', { status: 400, code: 'INVALID_PERIOD' }],
  ['ending before it starts', 'from=2026-12-11&to=2026-12-07', { status: 400, code: 'INVALID_PERIOD' }],
  ['no end', 'from=2026-12-07', invalid],
  ['a date in words', 'from=monday&to=friday', invalid],
  ['two starts', 'from=2026-12-07&from=2026-12-08&to=2026-12-11', invalid],
  ['a huge date', `from=${huge.slice(0, 50_000)}&to=2026-12-11`, invalid],
] as const;

const periodBody = (query: string) => Object.fromEntries(new URLSearchParams(query));

/**
 * A duty for Jonas in his own team (the administration, as its manager Els) on a day of the
 * crisis of March 2027, which suspends his mission: refused like any duty he cannot hold.
 */
function suspendedJonas(route: string, path: 'duties' | 'roster', payload: object): Case {
  return {
    route,
    label: 'Jonas, whose mission the crisis suspends, in his own team on a crisis day',
    request: (token, known) => ({
      method: 'POST',
      url: `/api/v1/teams/${ADMINISTRATION}/${path}`,
      headers: { ...bearer(token.adminManager), 'if-match': known.administrationIfMatch },
      payload,
    }),
    expected: { status: 422, code: 'DUTY_PERSON_SUSPENDED' },
  };
}

export const PLANNING_CASES: Case[] = [
  // GET /teams
  ...reads('GET /api/v1/teams', [
    ['no token', '/teams', 'nobody', noToken],
    ['an employee', '/teams', 'employee', { status: 403, code: 'FORBIDDEN_ROLE' }],
  ]),
  {
    route: 'GET /api/v1/teams',
    label: 'a token that is no JWT',
    request: () => ({ url: '/api/v1/teams', headers: bearer('x.y.z') }),
    expected: { status: 401, code: 'AUTH_INVALID_TOKEN' },
  },
  {
    route: 'GET /api/v1/teams',
    label: 'a huge query string',
    request: (t) => ({ url: `/api/v1/teams?x=${huge.slice(0, 50_000)}`, headers: bearer(t.manager) }),
    expected: { ignored: 200 },
  },

  // GET /me/teams: anyone signed in; nothing to pass but the token
  ...reads('GET /api/v1/me/teams', [['no token', '/me/teams', 'nobody', noToken]]),
  {
    route: 'GET /api/v1/me/teams',
    label: 'a token that is no JWT',
    request: () => ({ url: '/api/v1/me/teams', headers: bearer('x.y.z') }),
    expected: { status: 401, code: 'AUTH_INVALID_TOKEN' },
  },
  {
    route: 'GET /api/v1/me/teams',
    label: 'a huge query string, as a team mate without a role',
    request: (t) => ({ url: `/api/v1/me/teams?x=${huge.slice(0, 50_000)}`, headers: bearer(t.employee) }),
    expected: { ignored: 200 },
  },

  // GET /teams/{id}/coverage (its members read it: see tests/api/team-planning.test.ts)
  ...reads('GET /api/v1/teams/:teamId/coverage', [
    ['no token', `/teams/${TEAM}/coverage?from=2026-12-07&to=2026-12-11`, 'nobody', noToken],
    [
      'an unknown team',
      '/teams/finance/coverage?from=2026-12-07&to=2026-12-11',
      'manager',
      { status: 404, code: 'UNKNOWN_TEAM' },
    ],
    [
      'a team id with SQL',
      `/teams/${encodeURIComponent("x' or '1'='1")}/coverage?from=2026-12-07&to=2026-12-11`,
      'manager',
      invalid,
    ],
    [
      'a huge team id',
      `/teams/${huge.slice(0, 5000)}/coverage?from=2026-12-07&to=2026-12-11`,
      'manager',
      { status: 414, code: 'REQUEST_INVALID' },
    ],
    ...periodRows.map(
      ([label, query, expected]) => [label, `/teams/${TEAM}/coverage?${query}`, 'manager', expected] as const,
    ),
    // Fastify drops a query parameter its schema does not name (removeAdditional): the usual answer.
    [
      'an unknown parameter',
      `/teams/${TEAM}/coverage?from=2026-12-07&to=2026-12-11&team=reception`,
      'manager',
      { ignored: 200 },
    ],
  ]),

  // POST /teams/{id}/duties
  ...guards('POST /api/v1/teams/:teamId/duties', 'POST', () => `${base}/duties`, duty('2026-12-02'), [
    ['no token', 'nobody', 'current', noToken],
    ['a team mate without a role', 'employee', 'current', { status: 403, code: 'FORBIDDEN_TEAM' }],
    ['no If-Match', 'manager', 'none', { status: 428, code: 'TEAM_VERSION_REQUIRED' }],
    ['a stale If-Match', 'manager', '"stale"', { status: 412, code: 'TEAM_VERSION_STALE' }],
    ['If-Match *', 'manager', '*', { status: 412, code: 'TEAM_VERSION_STALE' }],
    ['a huge If-Match', 'manager', `"${huge.slice(0, 5000)}"`, { status: 412, code: 'TEAM_VERSION_STALE' }],
  ]),
  ...guards(
    'POST /api/v1/teams/:teamId/duties',
    'POST',
    () => '/api/v1/teams/finance/duties',
    duty('2026-12-02'),
    [['an unknown team', 'manager', 'current', { status: 404, code: 'UNKNOWN_TEAM' }]],
  ),
  ...writes('POST /api/v1/teams/:teamId/duties', 'POST', `${base}/duties`, 'current', [
    ['no body', undefined, invalid],
    ['JSON that does not parse', '{"date":', invalid],
    ['an array', '[]', invalid],
    ['a half day that is none', duty('2026-12-02', 'evening'), invalid],
    ['a date as a number', { date: 20261202, part: 'am', personId: MEHDI }, invalid],
    ['a person id that is no GUID', duty('2026-12-02', 'am', huge.slice(0, 5000)), invalid],
    ['an unknown property', { ...duty('2026-12-02'), teamId: 'reception' }, invalid],
    ['a body over the limit', overLimit, { status: 413, code: 'REQUEST_TOO_LARGE' }],
    ['year 0', duty('0000-01-03'), { status: 400, code: 'DATE_OUT_OF_RANGE' }],
    ['year 9999', duty('9999-12-29'), { status: 400, code: 'DATE_OUT_OF_RANGE' }],
    ['30 February', duty('2027-02-30'), { status: 400, code: 'INVALID_DATE' }],
    [
      'an unknown person',
      duty('2026-12-02', 'am', unknownPerson),
      { status: 422, code: 'DUTY_OUTSIDE_TEAM' },
    ],
    ['a Saturday', duty('2026-12-05'), { status: 422, code: 'DUTY_ON_WEEKEND' }],
    ['a day past', duty('2026-11-20'), { status: 422, code: 'DUTY_IN_PAST' }],
    ['a half day already held', duty('2026-12-01'), { status: 409, code: 'DUTY_ALREADY_ASSIGNED' }],
  ]),
  {
    route: 'POST /api/v1/teams/:teamId/duties',
    label: 'text/plain',
    request: (t, known) => ({
      method: 'POST',
      url: `${base}/duties`,
      headers: { ...bearer(t.manager), 'if-match': known.teamIfMatch, 'content-type': 'text/plain' },
      payload: 'Mehdi on Wednesday',
    }),
    expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  },

  // DELETE /teams/{id}/duties/{dutyId}
  ...guards(
    'DELETE /api/v1/teams/:teamId/duties/:dutyId',
    'DELETE',
    () => `${base}/duties/no-such-duty`,
    undefined,
    [
      ['no token', 'nobody', 'current', noToken],
      ['a team mate without a role', 'employee', 'current', { status: 403, code: 'FORBIDDEN_TEAM' }],
      ['no If-Match', 'manager', 'none', { status: 428, code: 'TEAM_VERSION_REQUIRED' }],
      ['a stale If-Match', 'manager', '"stale"', { status: 412, code: 'TEAM_VERSION_STALE' }],
      ['an unknown duty', 'manager', 'current', { status: 404, code: 'UNKNOWN_DUTY' }],
    ],
  ),
  ...guards(
    'DELETE /api/v1/teams/:teamId/duties/:dutyId',
    'DELETE',
    () => `${base}/duties/${'d'.repeat(65)}`,
    undefined,
    [['a duty id over 64 characters', 'manager', 'current', invalid]],
  ),
  ...guards(
    'DELETE /api/v1/teams/:teamId/duties/:dutyId',
    'DELETE',
    () => '/api/v1/teams/finance/duties/no-such-duty',
    undefined,
    [['an unknown team', 'manager', 'current', { status: 404, code: 'UNKNOWN_TEAM' }]],
  ),

  // POST /teams/{id}/roster-proposal: a dry run, yet the same checks.
  ...guards(
    'POST /api/v1/teams/:teamId/roster-proposal',
    'POST',
    () => `${base}/roster-proposal`,
    { from: '2026-12-07', to: '2026-12-11' },
    [
      ['no token', 'nobody', 'none', noToken],
      ['a team mate without a role', 'employee', 'none', { status: 403, code: 'FORBIDDEN_TEAM' }],
    ],
  ),
  ...writes('POST /api/v1/teams/:teamId/roster-proposal', 'POST', `${base}/roster-proposal`, undefined, [
    ['no body', undefined, invalid],
    ['JSON that does not parse', '{"from":', invalid],
    ...periodRows
      .filter(([label]) => label !== 'two starts')
      .map(([label, query, expected]) => [label, periodBody(query), expected] as const),
    ['two starts', { from: ['2026-12-07', '2026-12-08'], to: '2026-12-11' }, invalid],
    ['an unknown property', { from: '2026-12-07', to: '2026-12-11', team: 'reception' }, invalid],
  ]),

  suspendedJonas('POST /api/v1/teams/:teamId/duties', 'duties', duty('2027-03-02', 'am', JONAS)),

  // POST /teams/{id}/roster: all or nothing.
  ...guards(
    'POST /api/v1/teams/:teamId/roster',
    'POST',
    () => `${base}/roster`,
    { from: '2026-12-07', to: '2026-12-11', duties: [duty('2026-12-07')] },
    [
      ['no token', 'nobody', 'current', noToken],
      ['a team mate without a role', 'employee', 'current', { status: 403, code: 'FORBIDDEN_TEAM' }],
      ['no If-Match', 'manager', 'none', { status: 428, code: 'TEAM_VERSION_REQUIRED' }],
      ['a stale If-Match', 'manager', '"stale"', { status: 412, code: 'TEAM_VERSION_STALE' }],
    ],
  ),
  ...writes(
    'POST /api/v1/teams/:teamId/roster',
    'POST',
    `${base}/roster`,
    'current',
    (
      [
        ['no body', undefined, invalid],
        ['duties that are no list', { from: '2026-12-07', to: '2026-12-11', duties: 5 }, invalid],
        [
          '2001 duties',
          {
            from: '2026-12-07',
            to: '2026-12-11',
            duties: Array.from({ length: 2001 }, () => duty('2026-12-07')),
          },
          invalid,
        ],
        [
          'a duty with no half day',
          { from: '2026-12-07', to: '2026-12-11', duties: [{ date: '2026-12-07', personId: MEHDI }] },
          invalid,
        ],
        [
          'year 0',
          { from: '0000-01-03', to: '0000-01-07', duties: [duty('0000-01-03')] },
          { status: 400, code: 'DATE_OUT_OF_RANGE' },
        ],
        [
          'year 9999',
          { from: '9999-12-27', to: '9999-12-31', duties: [duty('9999-12-29')] },
          { status: 400, code: 'DATE_OUT_OF_RANGE' },
        ],
        [
          '30 February',
          { from: '2027-02-22', to: '2027-02-30', duties: [duty('2027-02-23')] },
          { status: 400, code: 'INVALID_DATE' },
        ],
        [
          '94 days',
          { from: '2026-12-07', to: '2027-03-10', duties: [duty('2026-12-07')] },
          { status: 400, code: 'INVALID_PERIOD' },
        ],
        [
          'a duty outside the period',
          { from: '2026-12-07', to: '2026-12-11', duties: [duty('2026-12-14')] },
          { status: 422, code: 'DUTY_OUTSIDE_PERIOD' },
        ],
        [
          'a good duty and a Saturday',
          { from: '2026-12-07', to: '2026-12-12', duties: [duty('2026-12-07'), duty('2026-12-12')] },
          { status: 422, code: 'DUTY_ON_WEEKEND' },
        ],
        [
          'a person of another team',
          {
            from: '2026-12-07',
            to: '2026-12-11',
            duties: [duty('2026-12-07', 'am', '00000000-0000-4000-8000-000000000009')],
          },
          { status: 422, code: 'DUTY_OUTSIDE_TEAM' },
        ],
        [
          'the same half day twice',
          { from: '2026-12-07', to: '2026-12-11', duties: [duty('2026-12-08'), duty('2026-12-08')] },
          { status: 409, code: 'DUTY_ALREADY_ASSIGNED' },
        ],
        [
          'a half day already held',
          { from: '2026-11-30', to: '2026-12-04', duties: [duty('2026-12-02'), duty('2026-12-01')] },
          { status: 409, code: 'DUTY_ALREADY_ASSIGNED' },
        ],
      ] as const
    ).map(([label, payload, expected]) => [label, payload, expected] as const),
  ),
  suspendedJonas('POST /api/v1/teams/:teamId/roster', 'roster', {
    from: '2027-03-01',
    to: '2027-03-05',
    duties: [duty('2027-03-01', 'am', JONAS), duty('2027-03-02', 'pm', JONAS)],
  }),

  // GET /teams/{id}/requests
  ...reads('GET /api/v1/teams/:teamId/requests', [
    ['no token', `/teams/${TEAM}/requests?status=pending`, 'nobody', noToken],
    [
      'a team mate without a role',
      `/teams/${TEAM}/requests?status=pending`,
      'employee',
      { status: 403, code: 'FORBIDDEN_TEAM' },
    ],
    [
      'an unknown team',
      '/teams/finance/requests?status=pending',
      'manager',
      { status: 404, code: 'UNKNOWN_TEAM' },
    ],
    ['no status', `/teams/${TEAM}/requests`, 'manager', invalid],
    ['another status', `/teams/${TEAM}/requests?status=accepted`, 'manager', invalid],
    ['a huge status', `/teams/${TEAM}/requests?status=${huge.slice(0, 50_000)}`, 'manager', invalid],
  ]),

  // POST /requests/{entryId}/decision
  ...(
    [
      ['no token', 'nobody', 'pending', { decision: 'approve' }, noToken],
      [
        'the requester herself',
        'employee',
        'pending',
        { decision: 'approve' },
        { status: 403, code: 'NOT_AN_APPROVER' },
      ],
      [
        'a request already approved',
        'manager',
        'decided',
        { decision: 'reject' },
        { status: 409, code: 'ENTRY_NOT_PENDING' },
      ],
      [
        'an unknown entry',
        'manager',
        'no-such-entry',
        { decision: 'approve' },
        { status: 404, code: 'UNKNOWN_ENTRY' },
      ],
      ['an entry id over 64 characters', 'manager', 'e'.repeat(65), { decision: 'approve' }, invalid],
      ['no body', 'manager', 'pending', undefined, invalid],
      ['a decision that is none', 'manager', 'pending', { decision: 'maybe' }, invalid],
      [
        'a reason over 1000 characters',
        'manager',
        'pending',
        { decision: 'reject', reason: huge.slice(0, 1001) },
        invalid,
      ],
      ['a reason that is a number', 'manager', 'pending', { decision: 'reject', reason: 5 }, invalid],
      ['an unknown property', 'manager', 'pending', { decision: 'approve', status: 'accepted' }, invalid],
    ] as const
  ).map(
    ([label, who, entry, payload, expected]): Case => ({
      route: 'POST /api/v1/requests/:entryId/decision',
      label,
      request: (token, known) => ({
        method: 'POST',
        url: `/api/v1/requests/${entry === 'pending' ? known.pendingEntryId : entry === 'decided' ? known.decidedEntryId : entry}/decision`,
        headers: { ...as(token, who), ...json },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      }),
      expected,
    }),
  ),

  ...['teams', 'me/teams', `teams/${TEAM}/coverage`, `teams/${TEAM}/requests`].map(
    (path): Case => ({
      route: `HEAD /api/v1/${path.replace(TEAM, ':teamId')}`,
      label: 'no token',
      request: () => ({ method: 'HEAD', url: `/api/v1/${path}?from=0000-01-01` }),
      expected: noToken,
    }),
  ),
];
