import { type Kysely, sql, type Updateable } from 'kysely';
import type { OutboxRow, ParkedRow, Settlement } from '../calendar-sync/calendar-sync-store.js';
import { DUE_NOW } from './calendar-outbox.js';
import type { CalendarOutboxTable, Database } from './database.js';
import { claimLeased, type LeaseClaim } from './lease-claim.js';
import { chunked } from './ordering.js';

// The outbox as a work queue shared by any number of workers (server instances), leased as
// lease-claim.ts says: finished, delayed or parked only by the worker that holds the row.

/** Takes at most `limit` due rows under this worker's lease (claimLeased). */
export async function claimRows(db: Kysely<Database>, input: LeaseClaim): Promise<OutboxRow[]> {
  const rows = await claimLeased(db, 'calendar_outbox', input);
  return rows.map((row) => ({
    id: row.id,
    kind: row.entity_kind,
    entityId: row.entity_id,
    target: row.target,
    version: Number(row.version),
    attempts: Number(row.attempts),
    suspectAttempts: Number(row.suspect_attempts),
  }));
}

/** What a settlement writes, when the row is still ours at the version we worked on. */
function changeOf(settlement: Settlement, at: string): Updateable<CalendarOutboxTable> {
  const { row } = settlement;
  const free = { claimed_until: null, claimed_by: null, updated_at: at };
  switch (settlement.outcome) {
    case 'done':
      return { ...free, status: 'done', attempts: 0, suspect_attempts: 0, last_error: null };
    case 'retry':
      return {
        ...free,
        attempts: row.attempts + (settlement.countAttempt ? 1 : 0),
        suspect_attempts: settlement.suspectAttempts,
        due_at: settlement.dueAt,
        last_error: settlement.error.slice(0, 2000),
      };
    case 'park':
      return {
        ...free,
        status: 'parked',
        attempts: row.attempts + 1,
        last_error: settlement.reason.slice(0, 2000),
        parked_at: at,
      };
  }
}

/**
 * One transaction for a worker's round: a commit per row would cost a disk flush each, and the
 * done rows (most of them) go in one statement. A row no longer ours (its lease ran out and
 * another worker took it) is left alone; one whose version moved (a newer ledger change) is
 * released, due again at once.
 */
export async function settleRows(
  db: Kysely<Database>,
  workerId: string,
  settlements: Settlement[],
  at: string,
): Promise<void> {
  if (settlements.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const settled = new Set<string>();
    const done = settlements.filter((settlement) => settlement.outcome === 'done');
    for (const chunk of chunked(done, 200)) {
      const rows = await trx
        .updateTable('calendar_outbox')
        .set(changeOf({ row: chunk[0]?.row as OutboxRow, outcome: 'done' }, at))
        .where('claimed_by', '=', workerId)
        .where((eb) =>
          eb.or(chunk.map(({ row }) => eb.and([eb('id', '=', row.id), eb('version', '=', row.version)]))),
        )
        .returning('id')
        .execute();
      for (const row of rows) settled.add(row.id);
    }
    for (const settlement of settlements) {
      if (settlement.outcome === 'done') continue;
      const { row } = settlement;
      const result = await trx
        .updateTable('calendar_outbox')
        .set(changeOf(settlement, at))
        .where('id', '=', row.id)
        .where('version', '=', row.version)
        .where('claimed_by', '=', workerId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) settled.add(row.id);
    }
    const stale = settlements.map(({ row }) => row.id).filter((id) => !settled.has(id));
    for (const chunk of chunked(stale, 200))
      await trx
        .updateTable('calendar_outbox')
        .set({ claimed_until: null, claimed_by: null })
        .where('id', 'in', chunk)
        .where('claimed_by', '=', workerId)
        .execute();
  });
}

/** The earliest instant a pending row can be taken: its due time, or its lease's end if later. */
export async function nextDueAt(db: Kysely<Database>): Promise<string | undefined> {
  const result = await db
    .selectFrom('calendar_outbox')
    .select(
      sql<
        string | null
      >`min(case when claimed_until is not null and claimed_until > due_at then claimed_until else due_at end)`.as(
        'next',
      ),
    )
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result?.next ?? undefined;
}

export async function parkedRows(db: Kysely<Database>): Promise<ParkedRow[]> {
  const rows = await db
    .selectFrom('calendar_outbox')
    .select(['id', 'entity_kind', 'entity_id', 'target', 'last_error', 'parked_at', 'attempts'])
    .where('status', '=', 'parked')
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.entity_kind,
      entityId: row.entity_id,
      target: row.target,
      reason: row.last_error ?? '',
      parkedAt: row.parked_at ?? '',
      attempts: Number(row.attempts),
    }))
    .sort((a, b) => (a.parkedAt < b.parkedAt ? -1 : a.parkedAt > b.parkedAt ? 1 : a.id < b.id ? -1 : 1));
}

export async function requeueParked(
  db: Kysely<Database>,
  ids: string[] | 'all',
  at: string,
): Promise<number> {
  if (ids !== 'all' && ids.length === 0) return 0;
  const result = await db
    .updateTable('calendar_outbox')
    .set({
      status: 'pending',
      due_at: DUE_NOW,
      attempts: 0,
      suspect_attempts: 0,
      parked_at: null,
      last_error: null,
      updated_at: at,
    })
    .where('status', '=', 'parked')
    .$if(ids !== 'all', (query) => query.where('id', 'in', ids as string[]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
