import type { Kysely } from 'kysely';
import type { CalendarStatus } from '../../bot/bot-services.js';
import type { Database } from './database.js';

/**
 * Whether Outlook shows what the ledger says for these telework entries: nothing of theirs is
 * left in the calendar outbox ("in your Outlook calendar"), a change still on its way ("pending
 * sync"), or one Graph refused for good, parked for an administrator ("Outlook refused it").
 */
export function calendarStatus(db: Kysely<Database>): CalendarStatus {
  return async (entryIds) => {
    const status = new Map<string, 'in-calendar' | 'pending-sync' | 'sync-failed'>();
    if (entryIds.length === 0) return status;
    const waiting = await db
      .selectFrom('calendar_outbox')
      .select(['entity_id', 'status'])
      .where('entity_kind', '=', 'entry')
      .where('entity_id', 'in', entryIds)
      .where('status', 'in', ['pending', 'parked'])
      .execute();
    for (const id of entryIds) status.set(id, 'in-calendar');
    // A parked row (Graph refused for good) says so; one still pending wins over it.
    for (const row of waiting) if (row.status === 'parked') status.set(row.entity_id, 'sync-failed');
    for (const row of waiting) if (row.status === 'pending') status.set(row.entity_id, 'pending-sync');
    return status;
  };
}
