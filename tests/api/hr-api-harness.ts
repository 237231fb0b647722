import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { JWTPayload } from 'jose';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { databaseReadiness } from '../../adapters/store/database-readiness.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import { eachDay, type LocalDate, weekdayOf } from '../../core/calendar/local-date.js';
import type { Organisation, Person } from '../../core/organisation/organisation.js';
import { decideRequest } from '../../core/use-cases/decide-request.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import type { TellOnDuty } from '../../core/use-cases/plan-team-duties.js';
import type { TellRequester } from '../../core/use-cases/team-requests.js';
import { createLocalIdentity, type LocalIdentity } from '../../local-m365/identity/local-identity.js';
import { buildApp } from '../../server/app.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { LOCAL_API_AUDIENCE, LOCAL_TENANT_ID } from '../../server/connect-microsoft-365.js';
import type { TestBackend } from '../store/store-backends.js';

// The HR API as the product wires it (buildApp + registerHrApi), on a real store of the backend
// under test, the demo organisation, a clock the test moves, and tokens from a local identity
// provider whose keys the API trusts, exactly as in local mode.

export const ISSUER = `https://login.local.test/${LOCAL_TENANT_ID}/v2.0`;
export const AUDIENCE = LOCAL_API_AUDIENCE;

export const DEMO = {
  isabelle: '00000000-0000-4000-8000-000000000001', // manager of social-service
  sarah: '00000000-0000-4000-8000-000000000002', // structural tue, thu
  mehdi: '00000000-0000-4000-8000-000000000003', // structural mon, wed-pm
  lotte: '00000000-0000-4000-8000-000000000004', // 4/5 Mon–Thu, structural wed
  julie: '00000000-0000-4000-8000-000000000005', // 19/38, occasional
  pieter: '00000000-0000-4000-8000-000000000006', // structural fri, tue-am
  amelie: '00000000-0000-4000-8000-000000000007', // occasional
  marc: '00000000-0000-4000-8000-000000000008', // manager of reception
  nathalie: '00000000-0000-4000-8000-000000000009', // reception, no telework
  karim: '00000000-0000-4000-8000-000000000010',
  els: '00000000-0000-4000-8000-000000000011', // manager of administration, structural fri
  sophie: '00000000-0000-4000-8000-000000000012', // HR, 4/5, structural wed
  jonas: '00000000-0000-4000-8000-000000000013', // structural mon, thu-pm
  lukas: '00000000-0000-4000-8000-000000000014', // Admin, occasional
} as const;

export interface Harness {
  app: FastifyInstance;
  opened: OpenedStore;
  organisation: Organisation;
  identity: LocalIdentity;
  clock: { today: LocalDate; now(): string };
  /** A token as local sign-in gives it: the person's roles from the organisation file. */
  tokenOf(personId: string, extra?: JWTPayload): Promise<string>;
  get(url: string, token?: string): Promise<LightMyRequestResponse>;
  post(url: string, token?: string): Promise<LightMyRequestResponse>;
  dispose(): Promise<void>;
}

export async function openHarness(
  backend: TestBackend,
  options: {
    organisation?: Organisation;
    rateLimitPerMinute?: number;
    tellRequester?: TellRequester;
    tellOnDuty?: TellOnDuty;
  } = {},
): Promise<Harness> {
  const { opened, dispose } = await backend.open();
  const organisation = options.organisation ?? (await loadOrganisation(DEMO_ORGANISATION_FILE));
  const identity = createLocalIdentity({ tenantId: LOCAL_TENANT_ID, issuer: ISSUER });
  const clock = {
    today: '2026-12-02',
    now() {
      return `${this.today}T09:00:00.000Z`;
    },
  };
  const app = buildApp(
    { logLevel: 'silent' },
    {
      readiness: [databaseReadiness(opened.db)],
      hrApi: {
        organisation,
        store: opened.store,
        clock: { today: () => clock.today, now: () => clock.now() },
        tokens: { issuer: ISSUER, audience: AUDIENCE, tenantId: LOCAL_TENANT_ID, keys: identity.keys },
        rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
        planning: {
          calendar: belgianWorkingCalendar({
            region: organisation.employer.holidayRegion,
            closingDays: organisation.employer.closingDays,
          }),
          store: opened.store,
          ...(options.tellRequester ? { tellRequester: options.tellRequester } : {}),
          ...(options.tellOnDuty ? { tellOnDuty: options.tellOnDuty } : {}),
        },
      },
    },
  );
  const person = (id: string): Person => {
    const found = organisation.people.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no person ${id}`);
    return found;
  };
  const withToken = (token?: string) => (token ? { authorization: `Bearer ${token}` } : {});
  return {
    app,
    opened,
    organisation,
    identity,
    clock,
    async tokenOf(personId, extra) {
      const token = await identity.issueUserToken(person(personId), AUDIENCE);
      if (!extra) return token;
      const [, payload] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString()) as JWTPayload;
      return identity.sign({ ...claims, ...extra });
    },
    get: (url, token) => app.inject({ method: 'GET', url, headers: withToken(token) }),
    post: (url, token) => app.inject({ method: 'POST', url, headers: withToken(token) }),
    async dispose() {
      await app.close();
      await dispose();
    },
  };
}

/**
 * November 2026 at the demo CPAS, declared through the use cases (so the policy decides, holidays
 * included) on 26 October: everyone's structural pattern for the whole month, three occasional
 * days approved by Isabelle, a receptionist refused, one request of Lukas left pending.
 */
export async function declareNovember(
  harness: Harness,
): Promise<{ lukasPending: string; sarahThu26: string }> {
  const { organisation, opened } = harness;
  const calendar = belgianWorkingCalendar({
    region: organisation.employer.holidayRegion,
    closingDays: organisation.employer.closingDays,
  });
  const deps = { organisation, calendar, store: opened.store };
  const at = '2026-10-26T08:00:00.000Z';
  const declare = (personId: string, days: Array<{ date: LocalDate; part: 'full' | 'am' | 'pm' }>) =>
    declareTelework(deps, { request: { personId, days }, today: '2026-10-26', at, source: 'bot' });
  const november = eachDay('2026-11-01', '2026-11-30');
  const ids: Record<string, string> = {};
  for (const person of organisation.people) {
    if (person.arrangement.type !== 'structural') continue;
    const pattern = person.arrangement.pattern;
    const days = november.flatMap((date) =>
      pattern.filter((day) => day.weekday === weekdayOf(date)).map((day) => ({ date, part: day.part })),
    );
    const declared = await declare(person.id, days);
    for (const day of declared) ids[`${person.id}/${day.decision.date}`] = day.recorded.entry.id;
  }
  const approve = async (personId: string, days: Array<{ date: LocalDate; part: 'full' | 'am' | 'pm' }>) => {
    for (const day of await declare(personId, days)) {
      await decideRequest(
        { organisation, store: opened.store },
        {
          entryId: day.recorded.entry.id,
          deciderId: DEMO.isabelle,
          decision: 'approved',
          note: 'ok',
          at,
          source: 'tab',
        },
      );
    }
  };
  await approve(DEMO.julie, [
    { date: '2026-11-20', part: 'full' },
    { date: '2026-11-25', part: 'am' },
  ]);
  await approve(DEMO.amelie, [{ date: '2026-11-10', part: 'full' }]);
  await declare(DEMO.nathalie, [{ date: '2026-11-12', part: 'full' }]);
  const [pending] = await declare(DEMO.lukas, [{ date: '2026-11-12', part: 'full' }]);
  return {
    lukasPending: pending?.recorded.entry.id as string,
    sarahThu26: ids[`${DEMO.sarah}/2026-11-26`] as string,
  };
}
