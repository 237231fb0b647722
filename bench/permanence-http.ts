import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { belgianWorkingCalendar } from '../adapters/holidays/belgian-holidays.js';
import { loadOrganisation } from '../adapters/organisation-file/load-organisation.js';
import { openStore } from '../adapters/store/open-store.js';
import { eachDay, weekdayOf } from '../core/calendar/local-date.js';
import { declareTelework } from '../core/use-cases/declare-telework.js';
import { createLocalIdentity } from '../local-m365/identity/local-identity.js';
import { buildApp } from '../server/app.js';
import { DEMO_ORGANISATION_FILE } from '../server/composition-root.js';
import { LOCAL_API_AUDIENCE, LOCAL_TENANT_ID } from '../server/connect-microsoft-365.js';

// Over HTTP on SQLite, the demo organisation with December's structural telework declared and the
// first half of the month rostered: a team's coverage for one month (GET .../coverage) and a
// roster proposal for the month (POST .../roster-proposal), each beside GET /healthz measured in
// the same run on the same server, one request at a time. Prints figures; it is not a test.

const ISSUER = `https://login.local.test/${LOCAL_TENANT_ID}/v2.0`;
const TEAM = 'social-service';
const MONTH = { from: '2026-12-01', to: '2026-12-31' };
const TODAY = '2026-11-30';
const REQUESTS = 200;

async function timings(requests: number, send: () => Promise<Response>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await (await send()).arrayBuffer(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const answer = await send();
    await answer.arrayBuffer();
    if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-permanence-'));
  const organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
  const calendar = belgianWorkingCalendar({
    region: organisation.employer.holidayRegion,
    closingDays: organisation.employer.closingDays,
  });
  const opened = await openStore({ sqliteFile: join(dir, 'bench.sqlite') });
  const identity = createLocalIdentity({ tenantId: LOCAL_TENANT_ID, issuer: ISSUER });
  const clock = { today: () => TODAY, now: () => `${TODAY}T09:00:00.000Z` };
  const app = buildApp(
    { logLevel: 'silent' },
    {
      hrApi: {
        organisation,
        store: opened.store,
        clock,
        tokens: {
          issuer: ISSUER,
          audience: LOCAL_API_AUDIENCE,
          tenantId: LOCAL_TENANT_ID,
          keys: identity.keys,
        },
        rateLimitPerMinute: 1_000_000_000,
        planning: { calendar, store: opened.store },
      },
    },
  );
  try {
    for (const person of organisation.people) {
      if (person.arrangement.type !== 'structural') continue;
      const pattern = person.arrangement.pattern;
      const days = eachDay(MONTH.from, MONTH.to).flatMap((date) =>
        pattern.filter((day) => day.weekday === weekdayOf(date)).map((day) => ({ date, part: day.part })),
      );
      await declareTelework(
        { organisation, calendar, store: opened.store },
        { request: { personId: person.id, days }, today: TODAY, at: clock.now(), source: 'bot' },
      );
    }
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const manager = organisation.people.find((p) => p.upn === 'isabelle.lambert@cpas-demo.be');
    if (!manager) throw new Error('the demo manager is missing');
    const authorization = `Bearer ${await identity.issueUserToken(manager, LOCAL_API_AUDIENCE)}`;
    const json = { authorization, 'content-type': 'application/json' };
    const coverageUrl = `${base}/api/v1/teams/${TEAM}/coverage?from=${MONTH.from}&to=${MONTH.to}`;
    const proposalUrl = `${base}/api/v1/teams/${TEAM}/roster-proposal`;
    // The first half of the month rostered, so the coverage has duties and the proposal keeps them.
    const half = { from: MONTH.from, to: '2026-12-15' };
    const first = (await (
      await fetch(proposalUrl, { method: 'POST', headers: json, body: JSON.stringify(half) })
    ).json()) as { version: string; duties: unknown[] };
    const applied = await fetch(`${base}/api/v1/teams/${TEAM}/roster`, {
      method: 'POST',
      headers: { ...json, 'if-match': `"${first.version}"` },
      body: JSON.stringify({ ...half, duties: first.duties }),
    });
    if (applied.status !== 201) throw new Error(`roster not applied: ${applied.status}`);

    const healthz = await timings(REQUESTS, () => fetch(`${base}/healthz`));
    const coverage = await timings(REQUESTS, () => fetch(coverageUrl, { headers: { authorization } }));
    const proposal = await timings(REQUESTS, () =>
      fetch(proposalUrl, { method: 'POST', headers: json, body: JSON.stringify(MONTH) }),
    );
    const f = (ms: number) => ms.toFixed(2);
    const line = (name: string, t: number[]) =>
      `  ${name}: p50 ${f(at(t, 0.5))} ms, p99 ${f(at(t, 0.99))} ms; ${(at(t, 0.5) / at(healthz, 0.5)).toFixed(1)}× /healthz's p50`;
    console.log(
      [
        `Permanence over HTTP (SQLite, demo social service, ${first.duties.length} duties planned, ${REQUESTS} requests one at a time)`,
        line('GET /healthz (baseline)', healthz),
        line('GET /teams/{id}/coverage, one month', coverage),
        line('POST /teams/{id}/roster-proposal, one month', proposal),
      ].join('\n'),
    );
  } finally {
    await app.close();
    await opened.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
