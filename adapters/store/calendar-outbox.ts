import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CalendarTarget } from '../../core/calendar-sync/calendar-event.js';
import type { Database } from './database.js';

/**
 * "Due at once", whatever the worker's clock says: a ledger change is stamped with the caller's
 * instant, which a test or a skewed server may place ahead of the worker's now.
 */
export const DUE_NOW = '0000-01-01T00:00:00.000Z';

export interface CalendarItemRef {
  kind: 'entry' | 'duty';
  id: string;
  target: CalendarTarget;
}

/**
 * Asks the calendar worker to make Outlook match these ledger items, inside the caller's
 * transaction: the ledger change and its outbox rows commit or roll back together. One row per
 * item and calendar: a newer change re-arms the same row (version + 1) instead of queueing a
 * second one, so a burst of changes costs one reconciliation.
 */
export async function enqueueCalendarSync(
  trx: Kysely<Database>,
  items: CalendarItemRef[],
  at: string,
): Promise<void> {
  for (const item of items) {
    await trx
      .insertInto('calendar_outbox')
      .values({
        id: randomUUID(),
        entity_kind: item.kind,
        entity_id: item.id,
        target: item.target,
        version: 1,
        status: 'pending',
        attempts: 0,
        due_at: DUE_NOW,
        claimed_until: null,
        claimed_by: null,
        last_error: null,
        parked_at: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((conflict) =>
        conflict.columns(['entity_kind', 'entity_id', 'target']).doUpdateSet((eb) => ({
          version: eb(eb.ref('calendar_outbox.version'), '+', 1),
          status: 'pending',
          attempts: 0,
          suspect_attempts: 0,
          due_at: DUE_NOW,
          last_error: null,
          parked_at: null,
          updated_at: at,
        })),
      )
      .execute();
  }
}

/** A telework entry shows in its person's calendar only. */
export function entryCalendars(entryId: string): CalendarItemRef[] {
  return [{ kind: 'entry', id: entryId, target: 'person' }];
}

/** A permanence duty shows in the person's calendar and in the team's permanence calendar. */
export function dutyCalendars(dutyId: string): CalendarItemRef[] {
  return [
    { kind: 'duty', id: dutyId, target: 'person' },
    { kind: 'duty', id: dutyId, target: 'team' },
  ];
}
