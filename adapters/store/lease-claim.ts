import type { Kysely, Selectable } from 'kysely';
import { backendOf } from './backend.js';
import type { Database } from './database.js';

// The database's work queues (the calendar outbox, the crisis cards) are shared by every server
// instance: a row is taken with a lease, and settled only by the worker that holds it; a worker
// that dies leaves its lease to expire and the next one takes the row again.

/** The tables read as a leased queue: each has status, due_at, claimed_until and claimed_by. */
export type LeasedTable = 'calendar_outbox' | 'crisis_notices';

export interface LeaseClaim {
  now: string;
  leaseUntil: string;
  workerId: string;
  limit: number;
}

/** Between rows due at the same instant: the outbox takes the longest untouched first. */
const TIE_BREAK = { calendar_outbox: 'updated_at', crisis_notices: 'id' } as const;

/**
 * Takes at most `limit` pending rows that are due and not held by a live lease, oldest due first,
 * and writes this worker's lease on them. PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent
 * workers take disjoint rows without waiting for each other. SQLite: the transaction begins
 * IMMEDIATE (the database's one write lock), which already makes select-then-update atomic.
 */
export async function claimLeased<T extends LeasedTable>(
  db: Kysely<Database>,
  table: T,
  input: LeaseClaim,
): Promise<Array<Selectable<Database[T]>>> {
  const postgres = backendOf(db) === 'postgres';
  const queue: LeasedTable = table;
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom(queue)
      .selectAll()
      .where('status', '=', 'pending')
      .where('due_at', '<=', input.now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', input.now)]))
      .orderBy('due_at')
      .orderBy(TIE_BREAK[queue])
      .limit(input.limit)
      .$if(postgres, (query) => query.forUpdate().skipLocked())
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable(queue)
      .set({ claimed_until: input.leaseUntil, claimed_by: input.workerId })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    return rows as unknown as Array<Selectable<Database[T]>>;
  });
}
