import { type Kysely, sql } from 'kysely';
import type { PersonId } from '../../core/organisation/organisation.js';
import { backendOf } from './backend.js';
import type { Database } from './database.js';

// Transaction-scoped locks. On SQLite every write transaction begins IMMEDIATE and holds the
// database's single write lock, so these are no-ops there. On PostgreSQL (READ COMMITTED) they
// make read-then-write sequences safe; they are released at commit or rollback.
//
// Lock order, always: person, then months. closeMonth takes only the months lock.

/** Two-key advisory locks live apart from one-key ones, so this never meets a person's lock. */
const MONTHS_LOCK: readonly [number, number] = [0x7e1e, 1];

/** Serialises everything that reads then writes one person's entries or duties. */
export async function lockPerson(db: Kysely<Database>, personId: PersonId): Promise<void> {
  if (backendOf(db) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${personId}))`.execute(db);
}

/**
 * Entry changes hold the months lock shared (they do not block one another); closeMonth holds it
 * exclusive. So a month cannot close between a change reading "this month is open" and its
 * commit, and a change never misses a month that just closed: no day falls between the frozen
 * copy and the corrections.
 */
export async function lockMonths(db: Kysely<Database>, mode: 'shared' | 'exclusive'): Promise<void> {
  if (backendOf(db) !== 'postgres') return;
  const [namespace, key] = MONTHS_LOCK;
  if (mode === 'shared') await sql`select pg_advisory_xact_lock_shared(${namespace}, ${key})`.execute(db);
  else await sql`select pg_advisory_xact_lock(${namespace}, ${key})`.execute(db);
}
