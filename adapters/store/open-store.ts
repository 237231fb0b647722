import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Database } from './database.js';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.js';
import { KyselyLedgerStore } from './kysely-ledger-store.js';
import { migrateToLatest } from './migrate.js';

export interface StoreOptions {
  /** postgres://... — PostgreSQL when set. */
  databaseUrl?: string;
  /** The SQLite file used when databaseUrl is unset; its folder is created if needed. */
  sqliteFile?: string;
  /** PostgreSQL only: the schema to work in, created if missing (default: the server's search_path). */
  schema?: string;
}

export interface OpenedStore {
  store: LedgerStore;
  /** For tests and maintenance scripts; the product goes through `store`. */
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** Connections per server instance on PostgreSQL. */
const POSTGRES_POOL_SIZE = 10;

/** How long a SQLite writer waits for another process's write lock before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Opens the ledger database, brings its schema up to date and returns the store on it. */
export async function openStore(options: StoreOptions): Promise<OpenedStore> {
  const { db, migrationTableSchema } = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
    : { db: openSqlite(options.sqliteFile), migrationTableSchema: undefined };
  try {
    await migrateToLatest(db, migrationTableSchema ? { migrationTableSchema } : {});
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { store: new KyselyLedgerStore(db), db, close: () => db.destroy() };
}

function openSqlite(file: string | undefined): Kysely<Database> {
  if (!file) {
    throw new DomainError('CONFIG_INVALID', {
      variable: 'sqliteFile',
      problem: 'neither a PostgreSQL URL nor a SQLite file was given',
    });
  }
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL: readers never wait for the writer. NORMAL sync is safe with WAL (a power cut may lose the
  // last commits, never corrupt). Foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
}

async function openPostgres(
  databaseUrl: string,
  schema: string | undefined,
): Promise<{ db: Kysely<Database>; migrationTableSchema: string }> {
  if (schema !== undefined) assertSchemaName(schema);
  // Imported here: a server on SQLite (local mode, the default) never loads the PostgreSQL driver.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // pg's default, written out: a decision waiting for a person's or a team's lock holds its
    // connection while it waits, so a burst on one team can take all ten until the lock frees;
    // the holder already has its own, so the queue always moves. Ten per server instance must
    // stay under the server's max_connections.
    max: POSTGRES_POOL_SIZE,
    // Every connection of the pool works in the schema, tables and migrations alike. The name is
    // checked above: it goes into a connection option, where no parameter can be bound.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end
  // the process. The pool discards that connection and the next query opens a new one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await createSchemaIfMissing(db, schema);
    const current = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const inUse = current.rows[0]?.schema;
    if (!inUse) throw new Error(`PostgreSQL has no schema to work in (search_path: ${schema ?? 'default'})`);
    return { db, migrationTableSchema: inUse };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

async function createSchemaIfMissing(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await db.schema.createSchema(schema).ifNotExists().execute();
  } catch (error) {
    // Two processes creating it at once: PostgreSQL may fail the second despite "if not exists".
    const found = await sql`select 1 from information_schema.schemata where schema_name = ${schema}`.execute(
      db,
    );
    if (found.rows.length === 0) throw error;
  }
}

/** Lower-case unquoted identifiers only: the same name in search_path and in `create schema`. */
function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema) || schema.startsWith('pg_')) {
    throw new DomainError('CONFIG_INVALID', {
      variable: 'schema',
      problem: `${JSON.stringify(schema)} is not a schema name: use lower-case letters, digits and _, at most 63, not starting with a digit or pg_`,
    });
  }
}
