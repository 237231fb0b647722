import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import {
  type CrisisNotice,
  MAX_NOTICE_ATTEMPTS,
  type NoticeOutcome,
} from '../../core/use-cases/send-crisis-notices.js';
import { backendOf } from './backend.js';
import type { Database } from './database.js';
import { chunked } from './ordering.js';

// The crisis cards as a work queue shared by every instance: a row is taken with a lease and
// settled only by the worker that holds it; a worker that dies leaves its lease to expire.

/**
 * One card per person who installed the app (has a conversation with the bot), inside the
 * transaction that starts or ends the crisis: the crisis and its cards commit together. The
 * unique key (crisis, change, person) keeps a card from being queued twice.
 */
export async function enqueueCrisisNotices(
  trx: Kysely<Database>,
  crisisId: string,
  change: 'started' | 'ended',
  at: string,
): Promise<number> {
  const people = await sql<{ person_id: string }>`select person_id from bot_conversations`.execute(trx);
  let queued = 0;
  for (const group of chunked(people.rows.map((row) => row.person_id))) {
    const result = await trx
      .insertInto('crisis_notices')
      .values(
        group.map((personId) => ({
          id: randomUUID(),
          crisis_id: crisisId,
          change,
          person_id: personId,
          status: 'pending' as const,
          due_at: at,
          created_at: at,
          claimed_until: null,
          claimed_by: null,
          last_error: null,
          sent_at: null,
        })),
      )
      .onConflict((conflict) => conflict.columns(['crisis_id', 'change', 'person_id']).doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}

/**
 * Takes at most `limit` due cards. PostgreSQL: FOR UPDATE SKIP LOCKED, so instances take disjoint
 * rows; SQLite: the transaction begins IMMEDIATE, which makes select-then-update atomic.
 */
export async function claimCrisisNotices(
  db: Kysely<Database>,
  input: { now: string; leaseUntil: string; workerId: string; limit: number },
): Promise<CrisisNotice[]> {
  const postgres = backendOf(db) === 'postgres';
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('crisis_notices')
      .select(['id', 'crisis_id', 'change', 'person_id', 'attempts'])
      .where('status', '=', 'pending')
      .where('due_at', '<=', input.now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', input.now)]))
      .orderBy('due_at')
      .orderBy('id')
      .limit(input.limit)
      .$if(postgres, (query) => query.forUpdate().skipLocked())
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable('crisis_notices')
      .set({ claimed_until: input.leaseUntil, claimed_by: input.workerId })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    return rows.map((row) => ({
      id: row.id,
      crisisId: row.crisis_id,
      change: row.change,
      personId: row.person_id,
      attempts: Number(row.attempts),
    }));
  });
}

/** Settles a claimed card, only while this worker still holds it. */
export async function settleCrisisNotice(
  db: Kysely<Database>,
  notice: CrisisNotice,
  workerId: string,
  result: NoticeOutcome,
  at: string,
): Promise<void> {
  const free = { claimed_until: null, claimed_by: null };
  const change =
    result.outcome === 'sent'
      ? { ...free, status: 'sent' as const, sent_at: at }
      : {
          ...free,
          attempts: notice.attempts + 1,
          last_error: result.error.slice(0, 500),
          due_at: result.dueAt,
          status: notice.attempts + 1 >= MAX_NOTICE_ATTEMPTS ? ('failed' as const) : ('pending' as const),
        };
  await db
    .updateTable('crisis_notices')
    .set(change)
    .where('id', '=', notice.id)
    .where('claimed_by', '=', workerId)
    .execute();
}
