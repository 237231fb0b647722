import type { InjectOptions } from 'fastify';
import { JONAS, type Known, TEAM } from './bad-input-harness.js';
import type { Case, Expected, Tokens } from './bad-request-cases.js';

// The crisis loans (/crisis/{crisisId}/loans...). Monday 23 November 2026; the crisis of March
// 2027 has Jonas asked for by the social service (and a first ask refused); the crisis of
// January 2026 is over.

const JULIE = '00000000-0000-4000-8000-000000000005';
const huge = 'x'.repeat(100_000);
const invalid = { status: 400, code: 'REQUEST_INVALID' };
const noToken = { status: 401, code: 'AUTH_MISSING_TOKEN' };

type Who = keyof Tokens | 'nobody';

/** [label, url from the known ids, payload (undefined: none), who, expected]. */
type Row = readonly [string, (k: Known) => string, unknown, Who, Expected];

function rows(route: string, list: ReadonlyArray<Row>): Case[] {
  const method = route.split(' ')[0] as 'GET' | 'HEAD' | 'POST';
  return list.map(([label, url, payload, who, expected]) => ({
    route,
    label,
    request: (token: Tokens, known: Known): InjectOptions => ({
      method,
      url: url(known),
      headers: {
        ...(who === 'nobody' ? {} : { authorization: `Bearer ${token[who]}` }),
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined
        ? {}
        : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    }),
    expected,
  }));
}

const loans = (k: Known) => `/api/v1/crisis/${k.crisisId}/loans`;
const ask = (personId: string, teamId = TEAM) => ({ personId, teamId });
const decision = (verb: 'approve' | 'reject', loan: (k: Known) => string) => (k: Known) =>
  `/api/v1/crisis/${k.crisisId}/loans/${loan(k)}/${verb}`;
const asked = (k: Known) => k.askedLoanId;
const rejected = (k: Known) => k.rejectedLoanId;

export const LOAN_CASES: Case[] = [
  ...rows('GET /api/v1/crisis/:crisisId/loans', [
    ['no token', loans, undefined, 'nobody', noToken],
    ['an employee', loans, undefined, 'employee', { status: 403, code: 'FORBIDDEN_ROLE' }],
    [
      'an unknown crisis',
      () => '/api/v1/crisis/no-such-crisis/loans',
      undefined,
      'hr',
      { status: 404, code: 'UNKNOWN_CRISIS' },
    ],
    [
      'a crisis id over 64 characters',
      () => `/api/v1/crisis/${huge.slice(0, 65)}/loans`,
      undefined,
      'hr',
      invalid,
    ],
  ]),
  ...rows('HEAD /api/v1/crisis/:crisisId/loans', [['no token', loans, undefined, 'nobody', noToken]]),
  ...rows('POST /api/v1/crisis/:crisisId/loans', [
    ['no token', loans, ask(JONAS), 'nobody', noToken],
    ['no body', loans, undefined, 'manager', invalid],
    ['JSON that does not parse', loans, '{"personId":', 'manager', invalid],
    ['a person id that is no GUID', loans, ask('jonas'), 'manager', invalid],
    ['a team id in capitals', loans, ask(JONAS, 'SOCIAL'), 'manager', invalid],
    ['an unknown property', loans, { ...ask(JONAS), days: 5 }, 'manager', invalid],
    [
      'an unknown crisis',
      () => '/api/v1/crisis/no-such-crisis/loans',
      ask(JONAS),
      'manager',
      { status: 404, code: 'UNKNOWN_CRISIS' },
    ],
    [
      'a crisis that is over',
      (k) => `/api/v1/crisis/${k.pastCrisisId}/loans`,
      ask(JONAS),
      'manager',
      { status: 409, code: 'CRISIS_ENDED' },
    ],
    [
      'an unknown person',
      loans,
      ask('00000000-0000-4000-8000-000000000999'),
      'manager',
      { status: 404, code: 'UNKNOWN_PERSON' },
    ],
    [
      'a person whose mission is not suspended',
      loans,
      ask(JULIE),
      'manager',
      { status: 409, code: 'LOAN_PERSON_NOT_SUSPENDED' },
    ],
    [
      'a team that keeps no essential minimum',
      loans,
      ask(JONAS, 'administration'),
      'adminManager',
      { status: 409, code: 'LOAN_TEAM_NOT_ESSENTIAL' },
    ],
    ['an employee', loans, ask(JONAS), 'employee', { status: 403, code: 'LOAN_ASKER_NOT_MANAGER' }],
    [
      'HR (not a manager of the team)',
      loans,
      ask(JONAS),
      'hr',
      { status: 403, code: 'LOAN_ASKER_NOT_MANAGER' },
    ],
    [
      'a manager of another team',
      loans,
      ask(JONAS),
      'adminManager',
      { status: 403, code: 'LOAN_ASKER_NOT_MANAGER' },
    ],
    [
      'the same person asked for again',
      loans,
      ask(JONAS),
      'manager',
      { status: 409, code: 'LOAN_ALREADY_ACTIVE' },
    ],
  ]),
  ...rows('POST /api/v1/crisis/:crisisId/loans/:loanId/approve', [
    ['no token', decision('approve', asked), {}, 'nobody', noToken],
    [
      'an employee',
      decision('approve', asked),
      {},
      'employee',
      { status: 403, code: 'LOAN_DECISION_FORBIDDEN' },
    ],
    [
      'the asking manager',
      decision('approve', asked),
      {},
      'manager',
      { status: 403, code: 'LOAN_DECISION_FORBIDDEN' },
    ],
    ['an unknown property', decision('approve', asked), { decision: 'yes' }, 'hr', invalid],
    [
      'a reason over 500 characters',
      decision('approve', asked),
      { reason: huge.slice(0, 501) },
      'hr',
      invalid,
    ],
    [
      'an unknown loan',
      decision('approve', () => 'no-such-loan'),
      {},
      'hr',
      { status: 404, code: 'UNKNOWN_LOAN' },
    ],
    [
      'a loan of another crisis',
      (k) => `/api/v1/crisis/${k.pastCrisisId}/loans/${k.askedLoanId}/approve`,
      {},
      'hr',
      { status: 404, code: 'UNKNOWN_LOAN' },
    ],
    [
      'a loan already refused',
      decision('approve', rejected),
      {},
      'admin',
      { status: 409, code: 'LOAN_ALREADY_DECIDED' },
    ],
  ]),
  ...rows('POST /api/v1/crisis/:crisisId/loans/:loanId/reject', [
    ['no token', decision('reject', asked), { reason: 'No' }, 'nobody', noToken],
    ['no body', decision('reject', asked), undefined, 'hr', invalid],
    ['no reason', decision('reject', asked), {}, 'hr', invalid],
    ['a reason of spaces', decision('reject', asked), { reason: '   ' }, 'hr', invalid],
    ['a reason that is a number', decision('reject', asked), { reason: 5 }, 'hr', invalid],
    [
      'an employee',
      decision('reject', asked),
      { reason: 'No' },
      'employee',
      { status: 403, code: 'LOAN_DECISION_FORBIDDEN' },
    ],
    [
      'an unknown loan',
      decision('reject', () => 'no-such-loan'),
      { reason: 'No' },
      'hr',
      { status: 404, code: 'UNKNOWN_LOAN' },
    ],
    [
      'a loan already refused',
      decision('reject', rejected),
      { reason: 'No' },
      'hr',
      { status: 409, code: 'LOAN_ALREADY_DECIDED' },
    ],
  ]),
];
