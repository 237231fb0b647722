import type { Kysely } from 'kysely';
import type { CalendarStatus } from '../../bot/bot-services.js';
import type { Database } from './database.js';

/**
 * Whether Outlook shows what the ledger says for these telework entries: nothing of theirs is
 * left in the calendar outbox (pending or parked). Used for "in your Outlook calendar" versus
 * "pending sync" in the bot's answers.
 */
export function calendarStatus(db: Kysely<Database>): CalendarStatus {
  return async (entryIds) => {
    const status = new Map<string, 'in-calendar' | 'pending-sync'>();
    if (entryIds.length === 0) return status;
    const waiting = await db
      .selectFrom('calendar_outbox')
      .select('entity_id')
      .where('entity_kind', '=', 'entry')
      .where('entity_id', 'in', entryIds)
      .where('status', 'in', ['pending', 'parked'])
      .execute();
    const unsynced = new Set(waiting.map((row) => row.entity_id));
    for (const id of entryIds) status.set(id, unsynced.has(id) ? 'pending-sync' : 'in-calendar');
    return status;
  };
}
