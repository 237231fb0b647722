import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { addDays, type LocalDate } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Actor } from '../../core/ledger/ledger.js';
import type { PersonId } from '../../core/organisation/organisation.js';
import type { CrisisPeriod } from '../../core/policy/crisis-days.js';
import { moveClosedDaysToRule } from './crisis-corrections.js';
import { enqueueCrisisNotices } from './crisis-notice-queue.js';
import type { CrisisPeriodsTable, Database } from './database.js';
import { lockMonths } from './locks.js';

function toCrisisPeriod(row: Selectable<CrisisPeriodsTable>): CrisisPeriod {
  return {
    id: row.id,
    from: row.from_date,
    to: row.to_date,
    reason: row.reason,
    startedBy: row.started_by,
    startedAt: row.started_at,
    endedBy: row.ended_by,
    endedAt: row.ended_at,
  };
}

export async function listCrisisPeriods(db: Kysely<Database>): Promise<CrisisPeriod[]> {
  const rows = await db.selectFrom('crisis_periods').selectAll().orderBy('from_date').execute();
  return rows.map(toCrisisPeriod);
}

/**
 * Starts a crisis. The months lock is taken exclusive (PostgreSQL; SQLite's write lock does the
 * same): a crisis changes the rules of the days that decisions, entry changes and month closings
 * are reading, and two starts run one after the other, so the second sees the first and is
 * refused with CRISIS_OVERLAPS.
 */
export async function startCrisis(
  db: Kysely<Database>,
  input: { from: LocalDate; reason: string; managers?: PersonId[] },
  actor: Actor,
): Promise<CrisisPeriod> {
  return db.transaction().execute(async (trx) => {
    await lockMonths(trx, 'exclusive');
    const periods = await listCrisisPeriods(trx);
    // A new crisis starts after every other has ended: one under way, or one ending on or after
    // `from`, would overlap it.
    const overlapping = periods.find((period) => period.to === null || period.to >= input.from);
    if (overlapping) {
      throw new DomainError('CRISIS_OVERLAPS', {
        from: input.from,
        otherFrom: overlapping.from,
        otherTo: overlapping.to ?? 'not ended',
      });
    }
    const row: Selectable<CrisisPeriodsTable> = {
      id: randomUUID(),
      from_date: input.from,
      to_date: null,
      reason: input.reason,
      started_by: actor.actorId,
      started_at: actor.at,
      ended_by: null,
      ended_at: null,
      source: actor.source,
    };
    await trx.insertInto('crisis_periods').values(row).execute();
    await moveClosedDaysToRule(trx, input.from, true, actor.at);
    await enqueueCrisisNotices(trx, row.id, 'started', actor.at);
    await enqueueCrisisNotices(trx, row.id, 'team-coverage', actor.at, input.managers ?? []);
    return toCrisisPeriod(row);
  });
}

/** Ends the crisis under way on `to`, the last crisis day. */
export async function endCrisis(
  db: Kysely<Database>,
  input: { to: LocalDate },
  actor: Actor,
): Promise<CrisisPeriod> {
  return db.transaction().execute(async (trx) => {
    await lockMonths(trx, 'exclusive');
    const current = await trx
      .selectFrom('crisis_periods')
      .selectAll()
      .where('to_date', 'is', null)
      .executeTakeFirst();
    if (!current) throw new DomainError('NO_CRISIS_UNDER_WAY');
    if (input.to < current.from_date) {
      throw new DomainError('CRISIS_ENDS_BEFORE_START', { to: input.to, from: current.from_date });
    }
    const ended = { to_date: input.to, ended_by: actor.actorId, ended_at: actor.at };
    await trx.updateTable('crisis_periods').set(ended).where('id', '=', current.id).execute();
    await moveClosedDaysToRule(trx, addDays(input.to, 1), false, actor.at);
    await enqueueCrisisNotices(trx, current.id, 'ended', actor.at);
    return toCrisisPeriod({ ...current, ...ended });
  });
}
