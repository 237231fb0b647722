import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { type OpenedStore, openStore, type StoreOptions } from '../../adapters/store/open-store.js';

// The backends the ledger suite runs on. SQLite always, in a temporary file; PostgreSQL when
// TEST_DATABASE_URL is set, in a fresh random schema dropped afterwards so runs never collide.

export interface TestBackend {
  name: 'SQLite' | 'PostgreSQL';
  /** Why the backend does not run here, or undefined when it does. */
  skipReason: string | undefined;
  /** Opens a fresh, migrated database; `options` reopens the same one. */
  open(): Promise<{ opened: OpenedStore; options: StoreOptions; dispose(): Promise<void> }>;
}

const databaseUrl = process.env.TEST_DATABASE_URL;

export const PG_SKIPPED = 'PostgreSQL suite skipped: TEST_DATABASE_URL is not set';

export const backends: TestBackend[] = [
  {
    name: 'SQLite',
    skipReason: undefined,
    async open() {
      const dir = await mkdtemp(join(tmpdir(), 'ledger-store-'));
      // A folder that does not exist yet: openStore creates it.
      const options = { sqliteFile: join(dir, 'nested', 'ledger.sqlite') };
      const opened = await openStore(options);
      return {
        opened,
        options,
        async dispose() {
          await opened.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    skipReason: databaseUrl ? undefined : PG_SKIPPED,
    async open() {
      if (!databaseUrl) throw new Error(PG_SKIPPED);
      const schema = `ledger_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const options = { databaseUrl, schema };
      const opened = await openStore(options);
      return {
        opened,
        options,
        async dispose() {
          await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(opened.db);
          await opened.close();
        },
      };
    },
  },
];

/** Empties the ledger between tests (children first); the schema and migrations stay. */
export async function emptyLedger(db: Kysely<Database>): Promise<void> {
  for (const table of [
    'corrections',
    'month_counted_days',
    'months',
    'ledger_events',
    'duties',
    'entries',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
}

/** Every row of every ledger table, in a stable order: equal snapshots mean nothing was written. */
export async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  return {
    entries: await db.selectFrom('entries').selectAll().orderBy('id').execute(),
    ledger_events: await db.selectFrom('ledger_events').selectAll().orderBy('id').execute(),
    duties: await db.selectFrom('duties').selectAll().orderBy('id').execute(),
    months: await db.selectFrom('months').selectAll().orderBy('month').execute(),
    month_counted_days: await db.selectFrom('month_counted_days').selectAll().orderBy('entry_id').execute(),
    corrections: await db.selectFrom('corrections').selectAll().orderBy('id').execute(),
  };
}

/** Reason or actor that makes the database refuse an event: a failure at the end of a transaction. */
export const SABOTAGE = { reason: 'FAIL_HERE', actorId: 'saboteur' } as const;

/**
 * A trigger that aborts the insert of a sabotaged event. Events are written last in every
 * operation, so the failure comes after the entry, status and correction writes it must undo.
 */
export async function installSabotage(db: Kysely<Database>, backend: TestBackend['name']): Promise<void> {
  if (backend === 'SQLite') {
    await sql`
      create trigger sabotage before insert on ledger_events
      when new.reason = 'FAIL_HERE' or new.actor_id = 'saboteur'
      begin select raise(abort, 'sabotaged event'); end`.execute(db);
    return;
  }
  await sql`
    create function sabotage() returns trigger language plpgsql as $$
    begin raise exception 'sabotaged event'; end $$`.execute(db);
  await sql`
    create trigger sabotage before insert on ledger_events for each row
    when (new.reason = 'FAIL_HERE' or new.actor_id = 'saboteur')
    execute function sabotage()`.execute(db);
}
