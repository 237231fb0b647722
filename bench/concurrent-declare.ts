import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { addDays } from '../core/calendar/local-date.js';
import { composeProduct } from '../server/composition-root.js';
import { readConfig } from '../server/config.js';
import { freePort } from '../tests/support/free-port.js';

// Declarations under the decision locks: the "declare" button (Action.Execute through
// POST /api/messages, loopback) pressed by many people of one team at once (they queue on the
// team's lock) and by one person for many days at once (they queue on the person's lock), beside
// the same declarations sent one at a time (no waiting on any lock) and GET /healthz, all in the
// same run. On SQLite, and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const TODAY = '2026-11-23'; // a Monday
const TEAM_SIZE = 40;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SOLO = id(2);
const ALONE = id(3);
const MEMBERS = Array.from({ length: TEAM_SIZE }, (_, i) => id(100 + i));

function personYaml(personId: string, team: string, roles = '[]'): string {
  return `
  - { id: ${personId}, upn: p${personId.slice(-4)}@bench.example, displayName: P${personId.slice(-4)}, locale: en,
      teams: [${team}], function: clerk, regime: full-time, telework: occasional, roles: ${roles} }`;
}

// Occasional days need no approval (each accepted day is written to Outlook, as in production);
// the team keeps half its members on site, so past 20 a week's declarations are refused.
const ORGANISATION = `
employer: { name: Bench CPAS, holidayRegion: BRU }
policy: { preset: leuven, occasionalNeedsApproval: false, permanenceBreach: refuse }
teams:
  - { id: board, name: Board, managers: [${id(1)}] }
  - { id: solo, name: Solo, managers: [${id(1)}] }
  - { id: alone, name: Alone, managers: [${id(1)}] }
  - { id: office, name: Office, managers: [${id(1)}], permanence: [{ minimumOnSite: ${TEAM_SIZE / 2} }] }
people:${personYaml(id(1), 'board', '[Manager, HR]')}${personYaml(SOLO, 'solo')}${personYaml(ALONE, 'alone')}${MEMBERS.map((m) => personYaml(m, 'office')).join('')}
`;

/** Request i of one person: Monday and Tuesday, morning and afternoon, one week after the other (the weekly quota). */
function personDay(index: number) {
  const date = addDays(TODAY, 7 * (1 + Math.floor(index / 4)) + (index % 4 >= 2 ? 1 : 0));
  return { date, part: index % 2 === 0 ? 'am' : 'pm' };
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

async function measure(
  count: number,
  concurrency: number,
  send: (index: number) => Promise<Response>,
): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const t0 = performance.now();
        const response = await send(index);
        const body = await response.text();
        if (response.status !== 200) throw new Error(`request ${index} answered ${response.status}: ${body}`);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { perSecond: count / seconds, p50: at(0.5), p99: at(0.99) };
}

async function runOn(backend: 'SQLite' | 'PostgreSQL', databaseUrl?: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-locks-'));
  const orgFile = join(dir, 'organisation.yaml');
  await writeFile(orgFile, ORGANISATION);
  const env: Record<string, string> = { DATA_DIR: dir, LOG_LEVEL: 'silent', ORG_CONFIG: orgFile };
  let dropSchema = async () => {};
  if (databaseUrl) {
    // A schema of its own, dropped afterwards: the server's pool works in it through search_path.
    const schema = `bench_locks_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    dropSchema = async () => {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    };
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
  }
  const port = await freePort();
  const product = await composeProduct(readConfig({ ...env, PORT: String(port) }, dir), {
    clock: { today: () => TODAY, now: () => new Date().toISOString() },
    runCalendarSync: false,
  });
  try {
    await product.app.listen({ port, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${port}`;
    let sequence = 0;
    const press = (personId: string, date: string, part: string) => {
      sequence += 1;
      return fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'invoke',
          name: 'adaptiveCard/action',
          id: `bench-${sequence}`,
          locale: 'en-GB',
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9/unused',
          from: { id: `teams-${personId}`, aadObjectId: personId },
          recipient: { id: 'bot' },
          conversation: { id: `bench-${personId}`, conversationType: 'personal' },
          value: { action: { type: 'Action.Execute', verb: 'declare', data: { date, part } } },
        }),
      });
    };
    const byPerson = (personId: string) => (index: number) => {
      const { date, part } = personDay(index);
      return press(personId, date, part);
    };
    // Member i % 40 on the Wednesday of week i / 40: forty mates on the same day at once.
    const byTeam = (index: number) =>
      press(
        MEMBERS[index % TEAM_SIZE] as string,
        addDays(TODAY, 2 + 7 * (1 + Math.floor(index / TEAM_SIZE))),
        'full',
      );

    await measure(20, 1, (i) => byPerson(ALONE)(REQUESTS + i)); // warm-up: JIT, token cache, pages
    const alone = await measure(REQUESTS, 1, byPerson(ALONE));
    const person = await measure(REQUESTS, CONCURRENCY, byPerson(SOLO));
    const team = await measure(REQUESTS, CONCURRENCY, byTeam);
    const healthz = await measure(REQUESTS, CONCURRENCY, () => fetch(`${base}/healthz`));

    const f = (n: number) => n.toFixed(1);
    const line = (label: string, figures: Figures, unit = 'declarations/s') =>
      console.log(
        `  ${label.padEnd(36)}: ${f(figures.perSecond).padStart(7)} ${unit}, p50 ${f(figures.p50)} ms, p99 ${f(figures.p99)} ms` +
          (unit === 'declarations/s'
            ? `, ${(figures.perSecond / alone.perSecond).toFixed(2)}× one at a time`
            : ''),
      );
    console.log(
      `Declarations under the decision locks on ${backend}: the declare button via POST /api/messages, ${REQUESTS} each`,
    );
    line('one at a time (no lock waited for)', alone);
    line(`one person, ${CONCURRENCY} at a time`, person);
    line(`${TEAM_SIZE} people of one team, ${CONCURRENCY} at a time`, team);
    const away = await product.store.activeEntries(MEMBERS, TODAY, addDays(TODAY, 400));
    console.log(
      `    (the team: ${away.length} accepted, ${REQUESTS - away.length} refused at its minimum of ${TEAM_SIZE / 2} on site)`,
    );
    line(`/healthz, ${CONCURRENCY} at a time`, healthz, 'requests/s');
  } finally {
    await product.close();
    await dropSchema();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await runOn('SQLite');
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (databaseUrl) await runOn('PostgreSQL', databaseUrl);
  else console.log('Declarations on PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
