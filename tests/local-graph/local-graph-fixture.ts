import {
  type LocalGraphServer,
  type LocalGraphServerOptions,
  startLocalGraphServer,
} from '../../local-m365/graph/local-graph-server.js';
import { type GraphCaller, InvalidGraphTokenError } from '../../local-m365/identity/graph-caller.js';

export const TENANT = '00000000-0000-4000-8000-00000000d001';

export const ALICE = {
  id: '11111111-1111-4111-8111-111111111111',
  userPrincipalName: 'alice@agency.example.be',
  displayName: 'Alice Peeters',
  mail: 'alice@agency.example.be',
};
export const BOB = {
  id: '22222222-2222-4222-8222-222222222222',
  userPrincipalName: 'bob@agency.example.be',
  displayName: 'Bob Janssens',
};
export const PERMANENCE = {
  id: '33333333-3333-4333-8333-333333333333',
  userPrincipalName: 'permanence-finance@agency.example.be',
  displayName: 'Permanence Finance',
  mail: 'permanence-finance@agency.example.be',
  // Shared with Bob (a member of the team), not with Alice.
  readers: ['22222222-2222-4222-8222-222222222222'],
};

/** Fixed strings standing for tokens; the real verifier is local-m365/identity's. */
const CALLERS: Record<string, GraphCaller> = {
  app: { kind: 'app', appId: 'telework', tenantId: TENANT, roles: ['Calendars.ReadWrite'] },
  'app-read': { kind: 'app', appId: 'reader', tenantId: TENANT, roles: ['Calendars.Read'] },
  'app-directory': {
    kind: 'app',
    appId: 'telework',
    tenantId: TENANT,
    roles: ['Calendars.ReadWrite', 'User.Read.All'],
  },
  'app-no-role': { kind: 'app', appId: 'nobody', tenantId: TENANT, roles: [] },
  alice: { kind: 'user', userId: ALICE.id, tenantId: TENANT, scopes: ['Calendars.ReadWrite', 'User.Read'] },
  bob: { kind: 'user', userId: BOB.id, tenantId: TENANT, scopes: ['Calendars.ReadWrite', 'User.Read'] },
};

export async function verifyToken(authorization: string | undefined): Promise<GraphCaller> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new InvalidGraphTokenError('Access token is empty.');
  const caller = CALLERS[token];
  if (!caller) throw new InvalidGraphTokenError('Access token validation failure. Invalid audience.');
  return caller;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestGraph {
  server: LocalGraphServer;
  call<T = Record<string, unknown>>(
    method: string,
    pathOrUrl: string,
    options?: { token?: string | null; body?: unknown; headers?: Record<string, string> },
  ): Promise<Answer<T>>;
  close(): Promise<void>;
}

export async function startTestGraph(options: Partial<LocalGraphServerOptions> = {}): Promise<TestGraph> {
  const server = await startLocalGraphServer({
    directory: [ALICE, BOB, PERMANENCE],
    verifyToken,
    contract: 'enforce',
    ...options,
  });
  return {
    server,
    async call(method, pathOrUrl, { token = 'app', body, headers = {} } = {}) {
      const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${server.baseUrl}${pathOrUrl}`;
      const response = await fetch(url, {
        method,
        headers: {
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    close: () => server.close(),
  };
}

/** A one-hour timed event on a date, in Brussels time. */
export function timedEvent(date: string, extra: Record<string, unknown> = {}) {
  return {
    subject: 'Telework',
    start: { dateTime: `${date}T09:00:00`, timeZone: 'Europe/Brussels' },
    end: { dateTime: `${date}T10:00:00`, timeZone: 'Europe/Brussels' },
    ...extra,
  };
}

/** An all-day event on a date, as the product writes telework days. */
export function allDayEvent(date: string, next: string, extra: Record<string, unknown> = {}) {
  return {
    subject: 'Telework',
    isAllDay: true,
    showAs: 'workingElsewhere',
    start: { dateTime: `${date}T00:00:00`, timeZone: 'Europe/Brussels' },
    end: { dateTime: `${next}T00:00:00`, timeZone: 'Europe/Brussels' },
    ...extra,
  };
}

export const TAG_ID = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name TeleworkEntryId';
