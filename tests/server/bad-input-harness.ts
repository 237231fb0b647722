import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { type OpenedStore, openStore } from '../../adapters/store/open-store.js';
import { WEB_PAGES } from '../../api/plugins/web-pages.js';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';
import { messageActivity } from '../bot-turns/bot-harness.js';
import { snapshot, type TestBackend } from '../store/store-backends.js';

// The whole product (composeProduct, local mode) on a real store of the backend under test, with
// the routes it registers listed as Fastify registers them, and a view of every table a bad
// request must leave alone. Monday 23 November 2026.
export const TODAY = '2026-11-23';

export const UPN = {
  hr: 'sophie.leclercq@cpas-demo.be',
  admin: 'lukas.schmitz@cpas-demo.be',
  employee: 'julie.dubois@cpas-demo.be',
  manager: 'isabelle.lambert@cpas-demo.be',
  /** Manages the administration, which keeps no essential minimum in a crisis. */
  adminManager: 'els.maes@cpas-demo.be',
} as const;
/** An administrative officer: his mission is suspended in a crisis, so he can be lent. */
export const JONAS = '00000000-0000-4000-8000-000000000013';
export const JULIE = '00000000-0000-4000-8000-000000000005';

export const TEAM = 'social-service';
export const ADMINISTRATION = 'administration';

export interface Known {
  /** The current version of TEAM (its coverage's ETag, quoted), which no bad request changes. */
  teamIfMatch: string;
  /** The same for ADMINISTRATION, Jonas's team (Els manages it). */
  administrationIfMatch: string;
  /** Julie's request for Thursday 26 November, pending. */
  pendingEntryId: string;
  /** Julie's request for Thursday 3 December, approved by her manager: no decision may follow. */
  decidedEntryId: string;
  /** The crisis of March 2027 (ended, but not before today): loans can still be asked for it. */
  crisisId: string;
  /** The crisis of 5 to 9 January 2026, over: no loan can be asked or decided for it. */
  pastCrisisId: string;
  /** Jonas lent to the social service in March 2027: asked, not decided yet. */
  askedLoanId: string;
  /** Jonas's first loan of March 2027, refused by HR: no decision may follow. */
  rejectedLoanId: string;
}

export interface BadInputHarness {
  product: Product;
  /** Every route as "METHOD /url", from Fastify's onRoute (HEAD twins of GET routes included). */
  routes: string[];
  token: Record<keyof typeof UPN, string>;
  /** What a case must send to get past the checks before the one it tests (the team's If-Match). */
  known: Known;
  /** The ledger's tables, the calendar outbox and its event map: equal values mean nothing was written. */
  tables(): Promise<Record<string, unknown[]>>;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startBadInputHarness(backend: TestBackend): Promise<BadInputHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'bad-input-'));
  const { env, opened, drop } = await storeFor(backend, dir);
  const product = await composeProduct(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ...env }, dir), {
    clock: { today: () => TODAY, now: () => `${TODAY}T09:00:00.000Z` },
    runCalendarSync: false,
    webPages: await builtPages(dir),
  });
  const routes: string[] = [];
  product.app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push(`${method} ${route.url}`);
  });
  await product.app.ready();
  const tokenOf = async (upn: string) => {
    const response = await product.app.inject({
      method: 'POST',
      url: '/local/token',
      payload: { upn, resource: 'api' },
    });
    return response.json().access_token as string;
  };
  const token = {
    hr: await tokenOf(UPN.hr),
    admin: await tokenOf(UPN.admin),
    employee: await tokenOf(UPN.employee),
    manager: await tokenOf(UPN.manager),
    adminManager: await tokenOf(UPN.adminManager),
  };
  // Something in every table a bad request could touch: a declared day (entry, event, outbox row)
  // and a closed month.
  await product.app.inject({
    method: 'POST',
    url: '/api/messages',
    payload: messageActivity(JULIE, '/telework 2026-11-26', 'en-GB'),
  });
  // A duty and a crisis, so that the duties, crisis periods and crisis notices have rows too.
  const coverage = await product.app.inject({
    url: `/api/v1/teams/${TEAM}/coverage?from=2026-11-30&to=2026-12-04`,
    headers: { authorization: `Bearer ${token.manager}` },
  });
  await product.app.inject({
    method: 'POST',
    url: `/api/v1/teams/${TEAM}/duties`,
    headers: { authorization: `Bearer ${token.manager}`, 'if-match': coverage.headers.etag as string },
    payload: { date: '2026-12-01', part: 'am', personId: '00000000-0000-4000-8000-000000000003' },
  });
  const hr = { authorization: `Bearer ${token.hr}` };
  // A crisis over before today (5 to 9 January 2026), then the one of March 2027.
  const past = await product.app.inject({
    method: 'POST',
    url: '/api/v1/crisis',
    headers: hr,
    payload: { from: '2026-01-05', reason: 'Storm' },
  });
  await product.app.inject({
    method: 'POST',
    url: '/api/v1/crisis/end',
    headers: hr,
    payload: { to: '2026-01-09' },
  });
  const march = await product.app.inject({
    method: 'POST',
    url: '/api/v1/crisis',
    headers: hr,
    payload: { from: '2027-03-01', reason: 'Flooding of the main building' },
  });
  const crisisId: string = march.json().id;
  // Jonas asked for by the social service's manager, refused by HR, asked for again.
  const askJonas = () =>
    product.app.inject({
      method: 'POST',
      url: `/api/v1/crisis/${crisisId}/loans`,
      headers: { authorization: `Bearer ${token.manager}` },
      payload: { personId: JONAS, teamId: TEAM },
    });
  const rejectedLoanId: string = (await askJonas()).json().id;
  await product.app.inject({
    method: 'POST',
    url: `/api/v1/crisis/${crisisId}/loans/${rejectedLoanId}/reject`,
    headers: hr,
    payload: { reason: 'Needed at the archives' },
  });
  const asked = await askJonas();
  if (asked.statusCode !== 200) throw new Error(`the harness expected a loan asked: ${asked.body}`);
  // Ended: a bad crisis that passed the checks would start (no overlap), not be refused anyway.
  await product.app.inject({
    method: 'POST',
    url: '/api/v1/crisis/end',
    headers: { authorization: `Bearer ${token.hr}` },
    payload: { to: '2027-03-31' },
  });
  // A second request of Julie's (the next Thursday), approved by her manager: decided.
  const second = await product.app.inject({
    method: 'POST',
    url: '/api/v1/me/days',
    headers: { authorization: `Bearer ${token.employee}` },
    payload: { days: [{ date: '2026-12-03', part: 'full' }] },
  });
  const decidedEntryId: string = second.json().days[0].entryId;
  const decision = await product.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${decidedEntryId}/decision`,
    headers: { authorization: `Bearer ${token.manager}` },
    payload: { decision: 'approve' },
  });
  const week = await product.app.inject({
    url: '/api/v1/me/week?weekOf=2026-11-26',
    headers: { authorization: `Bearer ${token.employee}` },
  });
  const [pending] = week.json().days.flatMap((day: { entries: Array<{ id: string }> }) => day.entries);
  if (decision.statusCode !== 200 || !pending) {
    throw new Error(`the harness expected a pending day and an approved one: ${week.body} ${decision.body}`);
  }
  // The version after every write above (a decision on a member's request changes it too).
  const current = await product.app.inject({
    url: `/api/v1/teams/${TEAM}/coverage?from=2026-11-30&to=2026-12-04`,
    headers: { authorization: `Bearer ${token.manager}` },
  });
  const administration = await product.app.inject({
    url: `/api/v1/teams/${ADMINISTRATION}/coverage?from=2027-03-01&to=2027-03-05`,
    headers: { authorization: `Bearer ${token.adminManager}` },
  });
  const known: Known = {
    teamIfMatch: current.headers.etag as string,
    administrationIfMatch: administration.headers.etag as string,
    pendingEntryId: pending.id,
    decidedEntryId,
    crisisId,
    pastCrisisId: past.json().id,
    askedLoanId: asked.json().id,
    rejectedLoanId,
  };
  await product.app.inject({
    method: 'POST',
    url: '/api/v1/months/2026-10/close',
    headers: { authorization: `Bearer ${token.hr}` },
  });
  return {
    product,
    routes,
    token,
    known,
    async tables() {
      return {
        ...(await snapshot(opened.db)),
        calendar_outbox: await opened.db.selectFrom('calendar_outbox').selectAll().orderBy('id').execute(),
        calendar_events: await opened.db.selectFrom('calendar_events').selectAll().execute(),
        crisis_periods: await opened.db.selectFrom('crisis_periods').selectAll().orderBy('id').execute(),
        crisis_notices: await opened.db.selectFrom('crisis_notices').selectAll().orderBy('id').execute(),
        crisis_loans: await opened.db.selectFrom('crisis_loans').selectAll().orderBy('id').execute(),
      };
    },
    inject: (options) => product.app.inject(options),
    async close() {
      await product.close();
      await drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A folder with every page built (a line of HTML each): the pages answer without building. */
async function builtPages(dir: string) {
  const distDir = join(dir, 'web-dist');
  await mkdir(join(distDir, 'assets'), { recursive: true });
  for (const file of Object.values(WEB_PAGES)) {
    await mkdir(join(distDir, file, '..'), { recursive: true });
    await writeFile(join(distDir, file), '<!doctype html><title>page</title>');
  }
  await writeFile(join(distDir, 'assets', 'week.js'), 'export {};');
  return {
    distDir,
    iconsDir: join(import.meta.dirname, '../../manifest/addin-icons'),
    signIn: { mode: 'local' as const },
  };
}

/** SQLite: the product's file in DATA_DIR; PostgreSQL: a fresh schema the product's URL selects. */
async function storeFor(
  backend: TestBackend,
  dir: string,
): Promise<{ env: Record<string, string>; opened: OpenedStore; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (backend.name === 'SQLite' || !url) {
    const opened = await openStore({ sqliteFile: join(dir, 'telework.sqlite') });
    return { env: {}, opened, drop: () => opened.close() };
  }
  const schema = `bad_input_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const opened = await openStore({ databaseUrl: url, schema });
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: `${url}${url.includes('?') ? '&' : '?'}options=${options}` },
    opened,
    async drop() {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(opened.db);
      await opened.close();
    },
  };
}
