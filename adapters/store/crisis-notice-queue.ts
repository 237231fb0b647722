import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { PersonId } from '../../core/organisation/organisation.js';
import {
  type CrisisNotice,
  type CrisisNoticeChange,
  MAX_NOTICE_ATTEMPTS,
  type NoticeOutcome,
} from '../../core/use-cases/send-crisis-notices.js';
import type { Database } from './database.js';
import { claimLeased, type LeaseClaim } from './lease-claim.js';
import { chunked } from './ordering.js';

// The crisis cards as a work queue shared by every instance, leased as lease-claim.ts says.

/**
 * One card per person who installed the app (has a conversation with the bot), or only those of
 * `among` (the managers, for their teams' coverage), inside the transaction that starts or ends
 * the crisis: the crisis and its cards commit together. The unique key (crisis, change, person)
 * keeps a card from being queued twice.
 */
export async function enqueueCrisisNotices(
  trx: Kysely<Database>,
  crisisId: string,
  change: CrisisNoticeChange,
  at: string,
  among?: readonly PersonId[],
): Promise<number> {
  const people = await sql<{ person_id: string }>`select person_id from bot_conversations`.execute(trx);
  const installed = people.rows.map((row) => row.person_id);
  const told = among === undefined ? installed : installed.filter((id) => among.includes(id));
  let queued = 0;
  for (const group of chunked(told)) {
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

/** Takes at most `limit` due cards under this worker's lease (lease-claim.ts). */
export async function claimCrisisNotices(db: Kysely<Database>, input: LeaseClaim): Promise<CrisisNotice[]> {
  const rows = await claimLeased(db, 'crisis_notices', input);
  return rows.map((row) => ({
    id: row.id,
    crisisId: row.crisis_id,
    change: row.change,
    personId: row.person_id,
    attempts: Number(row.attempts),
  }));
}

/**
 * Moves this worker's lease on a card to `leaseUntil`, just before its send: true while the card
 * is still ours and pending. False when the lease ran out and another worker took (or sent) it:
 * then this worker must not send it.
 */
export async function renewCrisisNotice(
  db: Kysely<Database>,
  notice: Pick<CrisisNotice, 'id'>,
  workerId: string,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable('crisis_notices')
    .set({ claimed_until: leaseUntil })
    .where('id', '=', notice.id)
    .where('claimed_by', '=', workerId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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
