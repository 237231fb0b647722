import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { databaseReadiness } from '../adapters/store/database-readiness.js';
import { type OpenedStore, openStore } from '../adapters/store/open-store.js';
import { type Month, nextMonth } from '../core/calendar/local-date.js';
import type { Organisation } from '../core/organisation/organisation.js';
import { createLocalIdentity, type LocalIdentity } from '../local-m365/identity/local-identity.js';
import { buildApp } from '../server/app.js';
import { LOCAL_API_AUDIENCE, LOCAL_TENANT_ID } from '../server/connect-microsoft-365.js';
import { generateEntries, generateOrganisation, personId } from './hr-tallies/generate-organisation.js';
import { load } from './hr-tallies/load-worker.js';
import { type BackendResult, type Line, printReport, summary } from './hr-tallies/report.js';
import { seedPostgres, seedSqlite } from './hr-tallies/seed-ledger.js';

// HR tallies at scale: 10,000 people and a year of entries (2025-11 … 2026-10), months closed up to
// 2026-09 with corrections carried into it. Measures the month tally as JSON (pages of 1,000) and
// as the payroll CSV, for a closed and an open month, on SQLite and (when a URL is given) on
// PostgreSQL, then /api/v1/me/tally's requests per second beside /healthz's. Prints figures; it is
// not a test. Bounded: a few seconds per measurement, about a minute per backend on 2 cores.

const PEOPLE = 10_000;
const PAGE_SIZE = 1_000;
const JSON_WALKS = 4;
const CSV_DOWNLOADS = 4;
const LOAD_MS = 3_000;
const CONNECTIONS = 16;
const CORRECTIONS = 300;
const ISSUER = `https://login.bench.test/${LOCAL_TENANT_ID}/v2.0`;
const CLOSED: Month = '2026-09';
const OPEN: Month = '2026-10';

async function timed(url: string, authorization: string): Promise<{ ms: number; body: string }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { authorization } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${body.slice(0, 200)}`);
  return { ms: performance.now() - start, body };
}

/** Closes 2025-11 … 2026-08, cancels some August days (corrections into September), closes September. */
async function prepareMonths(opened: OpenedStore): Promise<void> {
  const actor = { actorId: personId(1), source: 'api' as const, at: '2026-10-01T08:00:00.000Z' };
  for (let month: Month = '2025-11'; month <= '2026-08'; month = nextMonth(month)) {
    await opened.store.closeMonth(month, actor);
  }
  const sampled = Array.from({ length: CORRECTIONS }, (_, i) => personId(i * 31 + 3));
  const august = await opened.store.activeEntries(sampled, '2026-08-01', '2026-08-31');
  const firstOfEach = [...new Map(august.map((entry) => [entry.personId, entry])).values()];
  for (const entry of firstOfEach) await opened.store.cancelEntry(entry.id, 'bench correction', actor);
  await opened.store.closeMonth(CLOSED, actor);
}

async function measure(
  backend: string,
  organisation: Organisation,
  opened: OpenedStore,
  identity: LocalIdentity,
) {
  const app = buildApp(
    { logLevel: 'silent' },
    {
      readiness: [databaseReadiness(opened.db)],
      hrApi: {
        organisation,
        store: opened.store,
        clock: { today: () => '2026-11-23', now: () => '2026-11-23T09:00:00.000Z' },
        tokens: {
          issuer: ISSUER,
          audience: LOCAL_API_AUDIENCE,
          tenantId: LOCAL_TENANT_ID,
          keys: identity.keys,
        },
        rateLimitPerMinute: 1_000_000_000,
      },
    },
  );
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const hr = `Bearer ${await identity.issueUserToken(organisation.people[1] as Organisation['people'][number], LOCAL_API_AUDIENCE)}`;
  const lines: Line[] = [];
  try {
    for (const month of [CLOSED, OPEN]) {
      const pages = Math.ceil(organisation.people.length / PAGE_SIZE);
      const pageUrl = (page: number) =>
        `${base}/api/v1/tallies?month=${month}&page=${page}&pageSize=${PAGE_SIZE}`;
      await timed(pageUrl(1), hr); // warm-up
      const pageTimes: number[] = [];
      for (let walk = 0; walk < JSON_WALKS; walk++) {
        for (let page = 1; page <= pages; page++) pageTimes.push((await timed(pageUrl(page), hr)).ms);
      }
      const jsonRows = JSON_WALKS * organisation.people.length;
      lines.push(summary(backend, `tallies JSON, page of ${PAGE_SIZE}`, month, pageTimes, jsonRows));

      const csvUrl = `${base}/api/v1/tallies.csv?month=${month}`;
      const first = await timed(csvUrl, hr); // warm-up, and a check of the file
      const rows = first.body.trimEnd().split('\r\n').length - 1;
      if (rows !== organisation.people.length) throw new Error(`payroll file has ${rows} rows`);
      const csvTimes: number[] = [];
      for (let i = 0; i < CSV_DOWNLOADS; i++) csvTimes.push((await timed(csvUrl, hr)).ms);
      lines.push(summary(backend, 'tallies.csv, whole file', month, csvTimes, CSV_DOWNLOADS * rows));
    }
    const tokens = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const person = organisation.people[
          (i * 47) % organisation.people.length
        ] as Organisation['people'][number];
        return `Bearer ${await identity.issueUserToken(person, LOCAL_API_AUDIENCE)}`;
      }),
    );
    const healthz = await load(`${base}/healthz`, { durationMs: LOAD_MS, concurrency: CONNECTIONS });
    const me = await load(`${base}/api/v1/me/tally?month=${CLOSED}`, {
      authorizations: tokens,
      durationMs: LOAD_MS,
      concurrency: CONNECTIONS,
    });
    return { lines, healthz, me };
  } finally {
    await app.close();
  }
}

async function onBackend(
  backend: 'SQLite' | 'PostgreSQL',
  organisation: Organisation,
  identity: LocalIdentity,
  databaseUrl?: string,
): Promise<BackendResult> {
  const dir = backend === 'SQLite' ? await mkdtemp(join(tmpdir(), 'bench-hr-')) : undefined;
  const file = dir ? join(dir, 'bench.sqlite') : '';
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  try {
    const opened = dir ? await openStore({ sqliteFile: file }) : await openStore({ databaseUrl, schema });
    try {
      const seeding = performance.now();
      const rows = generateEntries(organisation, '2025-11-01', '2026-10-31');
      const entries = dir ? seedSqlite(file, rows) : await seedPostgres(opened.db, rows);
      await prepareMonths(opened);
      const seconds = ((performance.now() - seeding) / 1000).toFixed(1);
      console.log(
        `${backend}: ${entries.toLocaleString('en')} entries, months closed, ${CORRECTIONS} corrections, ready in ${seconds} s`,
      );
      return { backend, ...(await measure(backend, organisation, opened, identity)) };
    } finally {
      if (!dir) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(opened.db);
      await opened.close();
    }
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const started = performance.now();
  const organisation = generateOrganisation(PEOPLE);
  const identity = createLocalIdentity({ tenantId: LOCAL_TENANT_ID, issuer: ISSUER });
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  console.log(
    `HR tallies benchmark: ${PEOPLE.toLocaleString('en')} people, a year of entries (2025-11 … 2026-10)`,
  );
  const results = [await onBackend('SQLite', organisation, identity, undefined)];
  if (databaseUrl) results.push(await onBackend('PostgreSQL', organisation, identity, databaseUrl));
  else console.log('PostgreSQL part skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');

  printReport(results, { seconds: LOAD_MS / 1000, connections: CONNECTIONS });
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
