import type { InjectOptions } from 'fastify';
import { ACTIVITY_CASES } from './bad-activity-cases.js';
import { type BadInputHarness, type Known, UPN } from './bad-input-harness.js';
import { LOAN_CASES } from './bad-loan-cases.js';
import { PLANNING_CASES } from './bad-planning-cases.js';
import { TAB_CASES } from './bad-tab-cases.js';

// The bad requests of bad-input-every-route.test.ts, route by route, with what each must answer.
export type Tokens = BadInputHarness['token'];
export type Expected =
  /** A problem+json with this status and code. */
  | { status: number; code: string }
  /** The local Graph's own error (Graph's JSON shape), a 4xx. */
  | { graph: true }
  /** An input the route has no use for (a query string on /healthz): its usual answer. */
  | { ignored: number }
  /** The bot's error card with this code, or its plain answer (see bad-activity-cases.ts). */
  | { card: string }
  | { answered: number };

export interface Case {
  route: string;
  label: string;
  request: (token: Tokens, known: Known) => InjectOptions;
  expected: Expected;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };
const huge = 'x'.repeat(100_000);
const deepJson = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const overLimit = `{"ids":["${'x'.repeat(1_100_000)}"]}`;
const unknownPerson = 'abcdefab-0000-4000-8000-000000000000';
const invalid = (status = 400) => ({ status, code: 'REQUEST_INVALID' });

/** The same bad query strings on each month route, as the caller who may read it. */
function monthQueryCases(path: string, who: keyof Tokens): Case[] {
  const route = `GET /api/v1/${path}`;
  const get = (query: string) => (token: Tokens) => ({
    url: `/api/v1/${path}?${query}`,
    headers: bearer(token[who]),
  });
  return [
    {
      route,
      label: 'no token',
      request: () => ({ url: `/api/v1/${path}?month=2026-11` }),
      expected: { status: 401, code: 'AUTH_MISSING_TOKEN' },
    },
    {
      route,
      label: 'a token that is no JWT',
      request: () => ({ url: `/api/v1/${path}?month=2026-11`, headers: bearer('x.y.z') }),
      expected: { status: 401, code: 'AUTH_INVALID_TOKEN' },
    },
    {
      route,
      label: 'year 0',
      request: get('month=0000-01'),
      expected: { status: 400, code: 'MONTH_OUT_OF_RANGE' },
    },
    {
      route,
      label: 'year 9999',
      request: get('month=9999-12'),
      expected: { status: 400, code: 'MONTH_OUT_OF_RANGE' },
    },
    { route, label: 'month 13', request: get('month=2026-13'), expected: invalid() },
    { route, label: 'no month', request: get(''), expected: invalid() },
    { route, label: 'two months', request: get('month=2026-11&month=2026-12'), expected: invalid() },
    { route, label: 'a huge month', request: get(`month=${huge}`), expected: invalid() },
    { route, label: 'a month with a NUL', request: get('month=2026-11%00'), expected: invalid() },
  ];
}

export const CASES: Case[] = [
  // Liveness, readiness, docs, local sign-in's list: no input; junk in the query changes nothing.
  ...[
    '/healthz',
    '/readyz',
    '/local/users',
    '/docs',
    '/docs/json',
    '/docs/yaml',
    '/docs/static/index.html',
    '/docs/static/swagger-initializer.js',
  ].flatMap((url): Case[] =>
    ['GET', 'HEAD'].map((method) => ({
      route: `${method} ${url}`,
      label: 'a huge query string',
      request: () => ({ method: method as 'GET', url: `${url}?x=${huge.slice(0, 50_000)}&y[z]=1` }),
      expected: { ignored: url === '/docs/static/index.html' ? 302 : 200 },
    })),
  ),
  {
    route: 'HEAD /docs/',
    label: 'a huge query string',
    request: () => ({ method: 'HEAD', url: `/docs/?x=${huge.slice(0, 50_000)}` }),
    expected: { ignored: 200 },
  },
  ...['GET', 'HEAD'].map(
    (method): Case => ({
      route: `${method} /docs/static/*`,
      label: 'a path out of the folder',
      request: () => ({ method: method as 'GET', url: '/docs/static/..%2f..%2fpackage.json' }),
      expected: { status: 404, code: 'ROUTE_NOT_FOUND' },
    }),
  ),
  // Swagger UI's files by their own names (its baseDir route, api/plugins/openapi.ts).
  ...['GET', 'HEAD'].flatMap((method): Case[] => [
    {
      route: `${method} /docs/*`,
      label: 'a path out of the folder',
      request: () => ({ method: method as 'GET', url: '/docs/..%2f..%2fpackage.json' }),
      expected: { status: 403, code: 'REQUEST_INVALID' },
    },
    {
      route: `${method} /docs/*`,
      label: 'a file that is not there',
      request: () => ({ method: method as 'GET', url: '/docs/no-such-file.json' }),
      expected: { status: 404, code: 'ROUTE_NOT_FOUND' },
    },
  ]),

  // POST /local/token
  ...(
    [
      ['no body', undefined, json, invalid()],
      [
        'text/plain',
        'sophie',
        { 'content-type': 'text/plain' },
        { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      ],
      ['JSON that does not parse', '{"upn":', json, invalid()],
      ['an array', '[]', json, invalid()],
      ['null', 'null', json, invalid()],
      ['a number for the upn', '{"upn":12345,"resource":"api"}', json, invalid()],
      ['a huge upn', JSON.stringify({ upn: huge, resource: 'api' }), json, invalid()],
      ['an unknown resource', JSON.stringify({ upn: UPN.hr, resource: 'root' }), json, invalid()],
      [
        'an unknown property',
        JSON.stringify({ upn: UPN.hr, resource: 'api', roles: ['Admin'] }),
        json,
        invalid(),
      ],
      ['deep JSON', `{"upn":${deepJson},"resource":"api"}`, json, invalid()],
      ['a deep array', deepArray, json, invalid()],
      ['a body over the limit', overLimit, json, { status: 413, code: 'REQUEST_TOO_LARGE' }],
      [
        'an unknown person',
        JSON.stringify({ upn: 'nobody@cpas-demo.be', resource: 'api' }),
        json,
        { status: 404, code: 'UNKNOWN_UPN' },
      ],
    ] as const
  ).map(
    ([label, payload, headers, expected]): Case => ({
      route: 'POST /local/token',
      label,
      request: () => ({
        method: 'POST',
        url: '/local/token',
        headers,
        ...(payload === undefined ? {} : { payload }),
      }),
      expected,
    }),
  ),

  // The HR API's reads.
  ...monthQueryCases('tallies', 'hr'),
  ...monthQueryCases('me/tally', 'employee'),
  ...monthQueryCases('tallies.csv', 'hr'),
  ...monthQueryCases('timesheet.csv', 'hr'),
  ...(
    [
      ['page 0', 'page=0', invalid()],
      ['a negative page', 'page=-1', invalid()],
      ['a page of 1e30', 'page=1000000000000000000000000000000', invalid()],
      ['a fractional page', 'page=1.5', invalid()],
      ['a page size in words', 'pageSize=ten', invalid()],
      ['a huge page size', 'pageSize=100000', invalid()],
      ['an unknown team', 'team=finance', { status: 404, code: 'UNKNOWN_TEAM' }],
      ['a team id with SQL', `team=${encodeURIComponent("x' or '1'='1")}`, invalid()],
      ['an unknown person', `person=${unknownPerson}`, { status: 404, code: 'UNKNOWN_PERSON' }],
      ['a person id that is no GUID', `person=${huge.slice(0, 5000)}`, invalid()],
    ] as const
  ).map(
    ([label, query, expected]): Case => ({
      route: 'GET /api/v1/tallies',
      label,
      request: (token) => ({ url: `/api/v1/tallies?month=2026-11&${query}`, headers: bearer(token.hr) }),
      expected,
    }),
  ),
  {
    route: 'GET /api/v1/tallies.csv',
    label: 'an employee',
    request: (t) => ({ url: '/api/v1/tallies.csv?month=2026-11', headers: bearer(t.employee) }),
    expected: { status: 403, code: 'FORBIDDEN_ROLE' },
  },
  {
    route: 'GET /api/v1/months',
    label: 'no token',
    request: () => ({ url: '/api/v1/months' }),
    expected: { status: 401, code: 'AUTH_MISSING_TOKEN' },
  },
  {
    route: 'GET /api/v1/months',
    label: 'a huge query string',
    request: (t) => ({ url: `/api/v1/months?x=${huge.slice(0, 50_000)}`, headers: bearer(t.hr) }),
    expected: { ignored: 200 },
  },
  {
    route: 'GET /api/v1/admin/calendar-sync/parked',
    label: 'HR',
    request: (t) => ({ url: '/api/v1/admin/calendar-sync/parked', headers: bearer(t.hr) }),
    expected: { status: 403, code: 'FORBIDDEN_ROLE' },
  },
  {
    route: 'GET /api/v1/admin/calendar-sync/parked',
    label: 'no token',
    request: () => ({ url: '/api/v1/admin/calendar-sync/parked' }),
    expected: { status: 401, code: 'AUTH_MISSING_TOKEN' },
  },
  ...['tallies', 'me/tally', 'tallies.csv', 'timesheet.csv', 'months', 'admin/calendar-sync/parked'].map(
    (path): Case => ({
      route: `HEAD /api/v1/${path}`,
      label: 'no token',
      request: () => ({ method: 'HEAD', url: `/api/v1/${path}?month=0000-01` }),
      expected: { status: 401, code: 'AUTH_MISSING_TOKEN' },
    }),
  ),

  // Closing a month: nothing may be written for a month that is not one, or not over.
  ...(
    [
      ['year 0', '0000-01', 'hr', { status: 400, code: 'MONTH_OUT_OF_RANGE' }],
      ['year 9999', '9999-12', 'hr', { status: 400, code: 'MONTH_OUT_OF_RANGE' }],
      ['month 13', '2026-13', 'hr', invalid()],
      ['a month in words', 'december', 'hr', invalid()],
      ['a NUL', '2026-11%00', 'hr', invalid()],
      // Longer than Fastify's maxParamLength (100), refused by its router: 414 URI Too Long.
      ['a huge month', huge.slice(0, 5000), 'hr', { status: 414, code: 'REQUEST_INVALID' }],
      ['a path that is not valid percent-encoding', '%E0%A4%A', 'hr', invalid()],
      ['a month in the future', '2026-12', 'hr', { status: 409, code: 'MONTH_IN_FUTURE' }],
      ['the month under way', '2026-11', 'hr', { status: 409, code: 'MONTH_NOT_OVER' }],
      ['a month already closed', '2026-10', 'hr', { status: 409, code: 'MONTH_ALREADY_CLOSED' }],
      ['an employee', '2026-09', 'employee', { status: 403, code: 'FORBIDDEN_ROLE' }],
    ] as const
  ).map(
    ([label, month, who, expected]): Case => ({
      route: 'POST /api/v1/months/:month/close',
      label,
      request: (token) => ({
        method: 'POST',
        url: `/api/v1/months/${month}/close`,
        headers: bearer(token[who]),
      }),
      expected,
    }),
  ),
  {
    route: 'POST /api/v1/months/:month/close',
    label: 'no token',
    request: () => ({ method: 'POST', url: '/api/v1/months/2026-09/close' }),
    expected: { status: 401, code: 'AUTH_MISSING_TOKEN' },
  },
  {
    route: 'POST /api/v1/months/:month/close',
    label: 'text/plain body',
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/months/2026-09/close',
      headers: { ...bearer(t.hr), 'content-type': 'text/plain' },
      payload: 'close it',
    }),
    expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  },

  // Sending parked calendar changes again.
  ...(
    [
      ['a number for the ids', '{"ids":5}', invalid()],
      ['a word that is not "all"', '{"ids":"some"}', invalid()],
      ['numbers among the ids', '{"ids":[5]}', invalid()],
      ['no id', '{"ids":[]}', invalid()],
      ['no ids property', '{}', invalid()],
      ['an unknown property', '{"ids":"all","force":true}', invalid()],
      ['1001 ids', JSON.stringify({ ids: Array.from({ length: 1001 }, (_, i) => `id-${i}`) }), invalid()],
      ['a huge id', JSON.stringify({ ids: [huge] }), invalid()],
      ['deep JSON', `{"ids":${deepJson}}`, invalid()],
      ['JSON that does not parse', '{"ids":[', invalid()],
      ['a body over the limit', overLimit, { status: 413, code: 'REQUEST_TOO_LARGE' }],
      ['an unknown id', '{"ids":["no-such-change"]}', { status: 404, code: 'UNKNOWN_PARKED_CHANGE' }],
    ] as const
  ).map(
    ([label, payload, expected]): Case => ({
      route: 'POST /api/v1/admin/calendar-sync/requeue',
      label,
      request: (token) => ({
        method: 'POST',
        url: '/api/v1/admin/calendar-sync/requeue',
        headers: { ...bearer(token.admin), ...json },
        payload,
      }),
      expected,
    }),
  ),
  {
    route: 'POST /api/v1/admin/calendar-sync/requeue',
    label: 'text/plain',
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/admin/calendar-sync/requeue',
      headers: { ...bearer(t.admin), 'content-type': 'text/plain' },
      payload: 'all',
    }),
    expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  },
  {
    route: 'POST /api/v1/admin/calendar-sync/requeue',
    label: 'HR',
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/admin/calendar-sync/requeue',
      headers: bearer(t.hr),
      payload: { ids: 'all' },
    }),
    expected: { status: 403, code: 'FORBIDDEN_ROLE' },
  },

  // The local Graph: its own Graph errors, never a 500.
  ...(
    [
      ['no token', 'GET', '/graph/v1.0/users/julie.dubois@cpas-demo.be/events', undefined, undefined],
      ['an unknown mailbox', 'GET', '/graph/v1.0/users/nobody@cpas-demo.be/events', 'graph', undefined],
      [
        'a calendar view from year 9999',
        'GET',
        '/graph/v1.0/users/julie.dubois@cpas-demo.be/calendarView?startDateTime=9999-99-99&endDateTime=0000-01-01',
        'graph',
        undefined,
      ],
      [
        'an event that is not JSON',
        'POST',
        '/graph/v1.0/users/julie.dubois@cpas-demo.be/events',
        'graph',
        '{"subject":',
      ],
      [
        'an event with wrong types',
        'POST',
        '/graph/v1.0/users/julie.dubois@cpas-demo.be/events',
        'graph',
        '{"subject":5,"start":"tomorrow"}',
      ],
      ['deep JSON', 'POST', '/graph/v1.0/users/julie.dubois@cpas-demo.be/events', 'graph', deepJson],
      [
        'an unknown event',
        'PATCH',
        '/graph/v1.0/users/julie.dubois@cpas-demo.be/events/no-such-event',
        'graph',
        '{"subject":"x"}',
      ],
      ['a batch that is no batch', 'POST', '/graph/v1.0/$batch', 'graph', '{"requests":5}'],
      ['the root', 'DELETE', '/graph/v1.0', 'graph', undefined],
    ] as const
  ).map(
    ([label, method, url, auth, payload]): Case => ({
      route: url === '/graph/v1.0' ? `${method} /graph/v1.0` : `${method} /graph/v1.0/*`,
      label,
      request: () => ({
        method,
        url,
        headers: { ...json, ...(auth ? { authorization: 'graph' } : {}) },
        ...(payload === undefined ? {} : { payload }),
      }),
      expected: { graph: true },
    }),
  ),

  // The managers' permanence API; the personal tab's API, the crisis switch and the web pages.
  ...PLANNING_CASES,
  ...TAB_CASES,
  ...LOAN_CASES,

  // The bot.
  ...ACTIVITY_CASES.map(
    ({ label, payload, contentType, expected }): Case => ({
      route: 'POST /api/messages',
      label,
      request: () => ({
        method: 'POST',
        url: '/api/messages',
        payload: payload as string,
        headers: { 'content-type': contentType ?? 'application/json' },
      }),
      expected,
    }),
  ),
];
