import type { Kysely } from 'kysely';
import type { SyncClock } from '../../adapters/calendar-sync/sync-clock.js';
import { dateInBrussels } from '../../adapters/clock/brussels-clock.js';
import { type AppTokenProvider, appTokenProvider } from '../../adapters/entra/app-token-provider.js';
import { pinnedCaNetworkClient } from '../../adapters/entra/pinned-ca-network-client.js';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import type { Database } from '../../adapters/store/database.js';
import type { Organisation, Person } from '../../core/organisation/organisation.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import type { DirectoryEntry, FaultSettings } from '../../local-m365/graph/index.js';
import { type LocalGraphServer, startLocalGraphServer } from '../../local-m365/graph/local-graph-server.js';
import { graphTokenVerifier } from '../../local-m365/identity/graph-token-verifier.js';
import {
  type LocalIdentityProvider,
  startLocalIdentityProvider,
} from '../../local-m365/identity/identity-provider-server.js';
import { GRAPH_AUDIENCE } from '../../local-m365/identity/token-claims.js';

// A small Microsoft 365 for the calendar-sync suites: the local identity provider (msal-node gets
// real tokens over HTTPS) and the local Graph holding every request to Calendar.yml.

export const TENANT = '0a0a0a0a-0000-4000-8000-00000000d001';
const CLIENT = {
  clientId: '0a0a0a0a-0000-4000-8000-00000000c001',
  clientSecret: 'graph-suite',
  graphRoles: ['Calendars.ReadWrite'],
};

const FULL_TIME = {
  numerator: 1,
  denominator: 1,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Person['regime']['days'],
};

function person(
  id: string,
  upn: string,
  displayName: string,
  locale: Person['locale'],
  teams: string[],
): Person {
  return {
    id,
    upn,
    displayName,
    locale,
    teams,
    function: 'social-worker',
    regime: FULL_TIME,
    arrangement: {
      type: 'structural',
      pattern: [
        { weekday: 'tue', part: 'full' },
        { weekday: 'thu', part: 'full' },
      ],
    },
    roles: [],
  };
}

export const ANNA = person(
  'aaaaaaaa-0000-4000-8000-000000000001',
  'anna.dubois@cpas.example',
  'Anna Dubois',
  'fr',
  ['social'],
);
export const BRAM = person(
  'aaaaaaaa-0000-4000-8000-000000000002',
  'bram.peeters@cpas.example',
  'Bram Peeters',
  'nl',
  ['social'],
);
export const CHRIS = person(
  'aaaaaaaa-0000-4000-8000-000000000003',
  'chris.smith@cpas.example',
  'Chris Smith',
  'en',
  ['social'],
);
export const DORA = person(
  'aaaaaaaa-0000-4000-8000-000000000004',
  'dora.schmitz@cpas.example',
  'Dora Schmitz',
  'de',
  ['admin'],
);
/** In the organisation file, but her team's permanence mailbox does not exist in the tenant. */
export const GHOST_TEAM_MAILBOX = 'permanence-ghost@cpas.example';
export const SOCIAL_MAILBOX = 'permanence-social@cpas.example';

/** A bilingual CPAS; `extraPeople` grows it for the load tests. */
export function testOrganisation(extraPeople: Person[] = []): Organisation {
  return {
    employer: {
      name: 'CPAS Test',
      holidayRegion: 'BRU',
      closingDays: { dates: [], yearly: [] },
      timeZone: 'Europe/Brussels',
    },
    people: [ANNA, BRAM, CHRIS, DORA, ...extraPeople],
    teams: [
      { id: 'social', name: 'Social', managers: [], permanence: [], permanenceMailbox: SOCIAL_MAILBOX },
      { id: 'admin', name: 'Admin', managers: [], permanence: [], permanenceMailbox: GHOST_TEAM_MAILBOX },
    ],
    policy: leuvenPreset,
  };
}

export const workingCalendar = belgianWorkingCalendar({
  region: 'BRU',
  closingDays: { dates: [], yearly: [] },
});

/** The tenant's directory: the people, and the shared mailboxes that exist (not the ghost one). */
export function directoryOf(organisation: Organisation): DirectoryEntry[] {
  const people = organisation.people.map((p) => ({
    id: p.id,
    userPrincipalName: p.upn,
    displayName: p.displayName,
    mail: p.upn,
  }));
  const shared = [SOCIAL_MAILBOX].map((mailbox, index) => ({
    id: `bbbbbbbb-0000-4000-8000-00000000000${index}`,
    userPrincipalName: mailbox,
    displayName: `Permanence ${index}`,
    mail: mailbox,
  }));
  return [...people, ...shared];
}

/** Time that moves only when told, or when the sync sleeps: backoffs cost no real time. */
export class FakeClock implements SyncClock {
  constructor(public ms = Date.parse('2026-03-02T08:00:00.000Z')) {}
  now = () => new Date(this.ms).toISOString();
  today = () => dateInBrussels(new Date(this.ms));
  sleep = async (ms: number) => {
    this.ms += Math.max(0, ms);
  };
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestM365 {
  provider: LocalIdentityProvider;
  graph: LocalGraphServer;
  tokens: AppTokenProvider;
  /** A delegated Graph token of one person: what Outlook uses when that person edits. */
  userToken(person: Person): Promise<string>;
  /** A request to the local Graph with the app's token (or a given one). */
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T }>;
  /** Every event of a mailbox, with our tag expanded. */
  events(mailbox: string): Promise<GraphEventJson[]>;
  close(): Promise<void>;
}

export interface GraphEventJson {
  id: string;
  subject: string;
  isAllDay: boolean;
  showAs: string;
  categories: string[];
  isReminderOn: boolean;
  responseRequested: boolean;
  attendees: unknown[];
  transactionId?: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  singleValueExtendedProperties?: Array<{ id: string; value: string }>;
}

export async function startM365(
  organisation: Organisation,
  options: { faults?: Partial<FaultSettings> } = {},
): Promise<TestM365> {
  const provider = await startLocalIdentityProvider({ tenantId: TENANT, clients: [CLIENT] });
  const graph = await startLocalGraphServer({
    directory: directoryOf(organisation),
    verifyToken: graphTokenVerifier(provider.identity),
    contract: 'enforce',
    faults: { latencyMs: 0, retryAfterSeconds: 0, ...options.faults },
  });
  const tokens = appTokenProvider({
    tenantId: TENANT,
    clientId: CLIENT.clientId,
    credential: { kind: 'secret', secret: CLIENT.clientSecret },
    authority: provider.authority,
    networkClient: pinnedCaNetworkClient(provider.caCertificate),
  });
  const call: TestM365['call'] = async (method, path, { token, body, headers = {} } = {}) => {
    const url = path.startsWith('http') ? path : `${graph.baseUrl}${path}`;
    const response = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${token ?? (await tokens(GRAPH_AUDIENCE))}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    provider,
    graph,
    tokens,
    userToken: (who) => provider.identity.issueUserToken(who, GRAPH_AUDIENCE),
    call,
    async events(mailbox) {
      const expand = encodeURIComponent(
        `singleValueExtendedProperties($filter=id eq 'String {3c1f0c52-8a4e-4d7b-9c61-5e2b7f0a9d14} Name TeleworkEntryId' or id eq 'String {3c1f0c52-8a4e-4d7b-9c61-5e2b7f0a9d14} Name TeleworkDutyId')`,
      );
      const found: GraphEventJson[] = [];
      let next: string | undefined =
        `/users/${encodeURIComponent(mailbox)}/events?$top=1000&$expand=${expand}`;
      while (next) {
        const page: { status: number; body: { value: GraphEventJson[]; '@odata.nextLink'?: string } } =
          await call('GET', next, { headers: { Prefer: 'outlook.timezone="Europe/Brussels"' } });
        if (page.status !== 200)
          throw new Error(`listing ${mailbox}: ${page.status} ${JSON.stringify(page.body)}`);
        found.push(...page.body.value);
        next = page.body['@odata.nextLink'];
      }
      return found;
    },
    async close() {
      await graph.close();
      await provider.close();
    },
  };
}

export function tagOf(event: GraphEventJson): string | undefined {
  return event.singleValueExtendedProperties?.[0]?.value;
}

/** Empties the calendar-sync tables and the ledger between tests. */
export async function emptyAll(db: Kysely<Database>): Promise<void> {
  for (const table of [
    'calendar_outbox',
    'calendar_events',
    'calendar_delta_links',
    'calendar_delta_rounds',
    'calendar_delta_seen',
    'corrections',
    'month_counted_days',
    'months',
    'ledger_events',
    'duties',
    'entries',
  ] as const)
    await db.deleteFrom(table).execute();
}
