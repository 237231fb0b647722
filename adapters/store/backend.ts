import { type Kysely, PostgresAdapter } from 'kysely';

/** The two databases the ledger runs on. Everything else about them is the same code. */
export type Backend = 'sqlite' | 'postgres';

/** Which backend a Kysely instance (or one of its transactions) talks to. */
// biome-ignore lint/suspicious/noExplicitAny: migrations receive Kysely<any>; only the adapter is read.
export function backendOf(db: Kysely<any>): Backend {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
