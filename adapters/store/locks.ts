import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { PersonId, TeamId } from '../../core/organisation/organisation.js';
import { backendOf } from './backend.js';
import type { Database } from './database.js';

// Transaction-scoped locks. On SQLite every write transaction begins IMMEDIATE and holds the
// database's single write lock, so these are no-ops there: a decision that reads inside its
// transaction already runs alone. On PostgreSQL (READ COMMITTED) they make read-decide-write
// sequences safe across connections and server instances; they are released at commit or
// rollback.
//
// The global lock order, always, in every transaction that takes more than one:
//   1. the person (one at most per transaction),
//   2. the teams, by ascending key,
//   3. the months lock (shared by entry changes, exclusive by closeMonth).
// A transaction may skip a level, never go back up one: decideAndRecord takes all three,
// recordEntry and the entry transitions the person and the months, the duty writes the team and
// the months (team-planning.ts), closeMonth and the crisis's start and end the months alone. Two transactions can then never each hold what the other
// waits for.

/** Two-key advisory locks live apart from one-key ones, so these never meet a person's lock. */
const MONTHS_LOCK: readonly [number, number] = [0x7e1e, 1];
/** The first key of every team's lock; the second is the team's key below. */
const TEAMS_NAMESPACE = 0x7e1f;

/**
 * Serialises everything that reads then writes one person's entries or duties. One-key locks on
 * hashtext(person id), as before the team locks existed, so an instance of the previous version
 * still running during a rolling deploy takes the same lock.
 */
export async function lockPerson(db: Kysely<Database>, personId: PersonId): Promise<void> {
  if (backendOf(db) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${personId}))`.execute(db);
}

/**
 * Serialises the decisions that read a team's presence on site and the writes that change it
 * (an entry of a member, a duty). Taken in ascending key order, and the keys (not the ids) are
 * sorted: two ids whose hashes collide share one lock, and sorting the ids could then take it
 * before another lock in one transaction and after it in the other.
 */
export async function lockTeams(db: Kysely<Database>, teamIds: readonly TeamId[]): Promise<void> {
  if (backendOf(db) !== 'postgres') return;
  for (const key of teamLockKeys(teamIds)) {
    await sql`select pg_advisory_xact_lock(${TEAMS_NAMESPACE}, ${key})`.execute(db);
  }
}

/** The teams' lock keys, distinct and ascending: the order lockTeams takes them in. */
export function teamLockKeys(teamIds: readonly TeamId[]): number[] {
  const keys = new Set(teamIds.map((id) => createHash('sha256').update(id).digest().readInt32BE(0)));
  return [...keys].sort((a, b) => a - b);
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
