import type { InjectOptions } from 'fastify';
import { WEB_PAGES } from '../../api/plugins/web-pages.js';
import type { Case, Expected, Tokens } from './bad-request-cases.js';

// The personal tab's API (/me/week, /me/days), the crisis switch (/crisis) and the web pages
// (/tab, /addin, /web). Monday 23 November 2026; a crisis ran from 1 to 31 March 2027, none is under way.

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };
const huge = 'x'.repeat(100_000);
const invalid = { status: 400, code: 'REQUEST_INVALID' };
const noToken = { status: 401, code: 'AUTH_MISSING_TOKEN' };
const outOfRange = { status: 400, code: 'DATE_OUT_OF_RANGE' };
const notADate = { status: 400, code: 'INVALID_DATE' };

type Who = keyof Tokens | 'nobody';

/** [label, payload (an object is sent as JSON), who, expected]. */
function bodies(route: string, rows: ReadonlyArray<readonly [string, unknown, Who, Expected]>): Case[] {
  const [method, url] = route.split(' ') as ['POST' | 'DELETE', string];
  return rows.map(([label, payload, who, expected]) => ({
    route,
    label,
    request: (token): InjectOptions => ({
      method,
      url,
      headers: { ...(who === 'nobody' ? {} : bearer(token[who])), ...json },
      ...(payload === undefined
        ? {}
        : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    }),
    expected,
  }));
}

const days = (...list: Array<[string, string]>) => ({ days: list.map(([date, part]) => ({ date, part })) });

/** The same bad days on declaring and cancelling. */
const dayRows = [
  ['no token', days(['2026-11-27', 'full']), 'nobody', noToken],
  ['no body', undefined, 'employee', invalid],
  ['JSON that does not parse', '{"days":[', 'employee', invalid],
  ['an array', '[]', 'employee', invalid],
  ['no days', { days: [] }, 'employee', invalid],
  [
    '32 days',
    { days: Array.from({ length: 32 }, () => ({ date: '2026-11-27', part: 'full' })) },
    'employee',
    invalid,
  ],
  ['a part that is none', days(['2026-11-27', 'evening']), 'employee', invalid],
  ['a date as a number', { days: [{ date: 20261127, part: 'full' }] }, 'employee', invalid],
  ['a huge date', days([huge.slice(0, 50_000), 'full']), 'employee', invalid],
  ['an unknown property', { ...days(['2026-11-27', 'full']), personId: 'someone' }, 'employee', invalid],
  ['year 0', days(['0000-01-03', 'full']), 'employee', outOfRange],
  ['year 9999', days(['9999-12-29', 'full']), 'employee', outOfRange],
  ['30 February', days(['2027-02-30', 'full']), 'employee', notADate],
  // In the calendar, but its quota week ends in 2100; the day before the calendar's first.
  ['31 December 2099', days(['2099-12-31', 'full']), 'employee', outOfRange],
  ['31 December 1999', days(['1999-12-31', 'full']), 'employee', outOfRange],
  [
    'a good day and one in year 9999',
    days(['2026-11-27', 'full'], ['9999-12-29', 'full']),
    'employee',
    outOfRange,
  ],
  ['the same day twice', days(['2026-11-30', 'full'], ['2026-11-30', 'full']), 'employee', invalid],
  ['a good day and 30 February', days(['2026-11-27', 'full'], ['2027-02-30', 'am']), 'employee', notADate],
] as const;

export const TAB_CASES: Case[] = [
  // GET /me/week
  ...(
    [
      ['no token', '', 'nobody', noToken],
      ['year 0', 'weekOf=0000-01-03', 'employee', outOfRange],
      ['year 9999', 'weekOf=9999-12-29', 'employee', outOfRange],
      ['30 February', 'weekOf=2027-02-30', 'employee', notADate],
      ['the week of 31 December 2099', 'weekOf=2099-12-31', 'employee', outOfRange],
      ['the week of 1 January 2000', 'weekOf=2000-01-01', 'employee', outOfRange],
      ['a date in words', 'weekOf=tomorrow', 'employee', invalid],
      ['two weeks', 'weekOf=2026-11-23&weekOf=2026-11-30', 'employee', invalid],
      ['a huge date', `weekOf=${huge.slice(0, 50_000)}`, 'employee', invalid],
      // Fastify drops a query parameter its schema does not name: never someone else's week.
      ['an unknown parameter', 'weekOf=2026-11-23&personId=someone', 'employee', { ignored: 200 }],
    ] as const
  ).map(
    ([label, query, who, expected]): Case => ({
      route: 'GET /api/v1/me/week',
      label,
      request: (token) => ({
        url: `/api/v1/me/week?${query}`,
        headers: who === 'nobody' ? {} : bearer(token[who]),
      }),
      expected,
    }),
  ),
  {
    route: 'HEAD /api/v1/me/week',
    label: 'no token',
    request: () => ({ method: 'HEAD', url: '/api/v1/me/week?weekOf=0000-01-01' }),
    expected: noToken,
  },

  // POST and DELETE /me/days
  ...bodies('POST /api/v1/me/days', dayRows),
  // Cancelling needs no quota week: 31 December 2099 is a day with nothing on, like any other.
  ...bodies(
    'DELETE /api/v1/me/days',
    dayRows.map(([label, payload, who, expected]) =>
      label === '31 December 2099'
        ? ([label, payload, who, { ignored: 200 }] as const)
        : ([label, payload, who, expected] as const),
    ),
  ),
  {
    route: 'POST /api/v1/me/days',
    label: 'text/plain',
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/me/days',
      headers: { ...bearer(t.employee), 'content-type': 'text/plain' },
      payload: 'Friday',
    }),
    expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  },

  // The crisis switch.
  {
    route: 'GET /api/v1/crisis',
    label: 'no token',
    request: () => ({ url: '/api/v1/crisis' }),
    expected: noToken,
  },
  {
    route: 'GET /api/v1/crisis',
    label: 'a huge query string',
    request: (t) => ({ url: `/api/v1/crisis?x=${huge.slice(0, 50_000)}`, headers: bearer(t.employee) }),
    expected: { ignored: 200 },
  },
  {
    route: 'HEAD /api/v1/crisis',
    label: 'no token',
    request: () => ({ method: 'HEAD', url: '/api/v1/crisis' }),
    expected: noToken,
  },
  ...bodies('POST /api/v1/crisis', [
    ['no token', { from: '2027-06-01', reason: 'Strike' }, 'nobody', noToken],
    [
      'an employee',
      { from: '2027-06-01', reason: 'Strike' },
      'employee',
      { status: 403, code: 'FORBIDDEN_ROLE' },
    ],
    [
      'a manager',
      { from: '2027-06-01', reason: 'Strike' },
      'manager',
      { status: 403, code: 'FORBIDDEN_ROLE' },
    ],
    ['no body', undefined, 'hr', invalid],
    ['JSON that does not parse', '{"from":', 'hr', invalid],
    ['no reason', { from: '2027-06-01' }, 'hr', invalid],
    ['an empty reason', { from: '2027-06-01', reason: '' }, 'hr', invalid],
    ['a reason of spaces', { from: '2027-06-01', reason: '    ' }, 'hr', invalid],
    ['a reason over 500 characters', { from: '2027-06-01', reason: huge.slice(0, 501) }, 'hr', invalid],
    ['a reason that is a number', { from: '2027-06-01', reason: 5 }, 'hr', invalid],
    ['a date over 10 characters', { from: '2027-06-01T00:00', reason: 'Strike' }, 'hr', invalid],
    ['a date in words', { from: 'tomorrow', reason: 'Strike' }, 'hr', notADate],
    ['year 0', { from: '0000-01-03', reason: 'Strike' }, 'hr', outOfRange],
    ['year 9999', { from: '9999-12-29', reason: 'Strike' }, 'hr', outOfRange],
    ['30 February', { from: '2027-02-30', reason: 'Strike' }, 'hr', notADate],
    ['an unknown property', { from: '2027-06-01', reason: 'Strike', to: '2027-06-30' }, 'hr', invalid],
    [
      'overlapping the crisis of March 2027',
      { from: '2027-03-15', reason: 'Strike' },
      'hr',
      { status: 409, code: 'CRISIS_OVERLAPS' },
    ],
  ]),
  ...bodies('POST /api/v1/crisis/end', [
    ['no token', { to: '2027-03-31' }, 'nobody', noToken],
    ['an employee', { to: '2027-03-31' }, 'employee', { status: 403, code: 'FORBIDDEN_ROLE' }],
    ['no body', undefined, 'hr', invalid],
    ['a date as a number', { to: 20270331 }, 'hr', invalid],
    ['a date in words', { to: 'soon' }, 'hr', notADate],
    ['year 0', { to: '0000-01-03' }, 'admin', outOfRange],
    ['year 9999', { to: '9999-12-29' }, 'admin', outOfRange],
    ['30 February', { to: '2027-02-30' }, 'hr', notADate],
    ['an unknown property', { to: '2027-03-31', from: '2027-03-01' }, 'hr', invalid],
    ['no crisis under way', { to: '2027-04-30' }, 'hr', { status: 409, code: 'NO_CRISIS_UNDER_WAY' }],
  ]),

  // The web pages: no input; junk in the query changes nothing. Their assets stay in their folder.
  ...[...Object.keys(WEB_PAGES), '/web/sign-in.json'].flatMap((url): Case[] =>
    ['GET', 'HEAD'].map((method) => ({
      route: `${method} ${url}`,
      label: 'a huge query string',
      request: () => ({ method: method as 'GET', url: `${url}?x=${huge.slice(0, 50_000)}&y[z]=1` }),
      expected: { ignored: 200 },
    })),
  ),
  ...['/addin/assets/', '/web/assets/'].flatMap((prefix): Case[] =>
    ['GET', 'HEAD'].flatMap((method) =>
      ['..%2f..%2fpackage.json', '..%2f..%2f..%2fweb-dist%2fteams-app%2fweek.html', 'no-such-file.js'].map(
        (file): Case => ({
          route: `${method} ${prefix}*`,
          label: `a path out of the folder: ${file.slice(0, 24)}`,
          request: () => ({ method: method as 'GET', url: `${prefix}${file}` }),
          expected: { status: 404, code: 'ROUTE_NOT_FOUND' },
        }),
      ),
    ),
  ),
];
