import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { type OpenedStore, openStore } from '../../adapters/store/open-store.js';
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
} as const;
export const JULIE = '00000000-0000-4000-8000-000000000005';

export interface BadInputHarness {
  product: Product;
  /** Every route as "METHOD /url", from Fastify's onRoute (HEAD twins of GET routes included). */
  routes: string[];
  token: Record<keyof typeof UPN, string>;
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
  };
  // Something in every table a bad request could touch: a declared day (entry, event, outbox row)
  // and a closed month.
  await product.app.inject({
    method: 'POST',
    url: '/api/messages',
    payload: messageActivity(JULIE, '/telework 2026-11-26', 'en-GB'),
  });
  await product.app.inject({
    method: 'POST',
    url: '/api/v1/months/2026-10/close',
    headers: { authorization: `Bearer ${token.hr}` },
  });
  return {
    product,
    routes,
    token,
    async tables() {
      return {
        ...(await snapshot(opened.db)),
        calendar_outbox: await opened.db.selectFrom('calendar_outbox').selectAll().orderBy('id').execute(),
        calendar_events: await opened.db.selectFrom('calendar_events').selectAll().execute(),
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
