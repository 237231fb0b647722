import type { Kysely, Selectable } from 'kysely';
import { type EventMapping, mappingKey } from '../calendar-sync/calendar-sync-store.js';
import type { CalendarEventsTable, Database } from './database.js';
import { chunked } from './ordering.js';

// Which Outlook event shows which ledger item (Graph's delta query cannot return our extended
// property, so changes are matched to the ledger by event id through this table). Where each
// mailbox's change feed continues is in calendar-delta-rounds.ts.

function toMapping(row: Selectable<CalendarEventsTable>): EventMapping {
  return {
    kind: row.entity_kind,
    entityId: row.entity_id,
    target: row.target,
    mailbox: row.mailbox,
    eventId: row.event_id,
    generation: Number(row.generation),
    createPending: Number(row.create_pending) === 1,
    bodyHash: row.body_hash,
    etag: row.etag ?? null,
  };
}

export async function readMappings(
  db: Kysely<Database>,
  items: Array<Pick<EventMapping, 'kind' | 'entityId' | 'target'>>,
): Promise<Map<string, EventMapping>> {
  const found = new Map<string, EventMapping>();
  const ids = [...new Set(items.map((item) => item.entityId))];
  for (const chunk of chunked(ids)) {
    const rows = await db.selectFrom('calendar_events').selectAll().where('entity_id', 'in', chunk).execute();
    for (const row of rows) found.set(mappingKey(toMapping(row)), toMapping(row));
  }
  return found;
}

/**
 * Upserts in multi-row statements, in one transaction: a worker's round records what Graph
 * confirmed at once, in a handful of round trips to the database whatever the number of rows.
 */
export async function writeMappings(
  db: Kysely<Database>,
  mappings: EventMapping[],
  at: string,
): Promise<void> {
  if (mappings.length === 0) return;
  // The same item twice in one call: the last word wins (a multi-row upsert must not repeat a key).
  const latest = [...new Map(mappings.map((mapping) => [mappingKey(mapping), mapping])).values()];
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunked(latest, 200)) {
      await trx
        .insertInto('calendar_events')
        .values(
          chunk.map((mapping) => ({
            entity_kind: mapping.kind,
            entity_id: mapping.entityId,
            target: mapping.target,
            mailbox: mapping.mailbox,
            event_id: mapping.eventId,
            generation: mapping.generation,
            create_pending: mapping.createPending ? 1 : 0,
            body_hash: mapping.bodyHash,
            etag: mapping.etag,
            updated_at: at,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['entity_kind', 'entity_id', 'target']).doUpdateSet((eb) => ({
            mailbox: eb.ref('excluded.mailbox'),
            event_id: eb.ref('excluded.event_id'),
            generation: eb.ref('excluded.generation'),
            create_pending: eb.ref('excluded.create_pending'),
            body_hash: eb.ref('excluded.body_hash'),
            etag: eb.ref('excluded.etag'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
  });
}

export async function mappingOfEvent(
  db: Kysely<Database>,
  mailbox: string,
  eventId: string,
): Promise<EventMapping | undefined> {
  const row = await db
    .selectFrom('calendar_events')
    .selectAll()
    .where('mailbox', '=', mailbox)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row ? toMapping(row) : undefined;
}

export async function mailboxesWithEvents(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('calendar_events')
    .select('mailbox')
    .distinct()
    .where('event_id', 'is not', null)
    .execute();
  return rows.map((row) => row.mailbox).sort();
}

/** Our confirmed events of a mailbox that the full round under way has not listed (so far). */
export async function unseenMappings(db: Kysely<Database>, mailbox: string): Promise<EventMapping[]> {
  const rows = await db
    .selectFrom('calendar_events')
    .selectAll()
    .where('mailbox', '=', mailbox)
    .where('event_id', 'is not', null)
    .where('create_pending', '=', 0)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('calendar_delta_seen')
            .select('calendar_delta_seen.event_id')
            .whereRef('calendar_delta_seen.mailbox', '=', 'calendar_events.mailbox')
            .whereRef('calendar_delta_seen.event_id', '=', 'calendar_events.event_id'),
        ),
      ),
    )
    .execute();
  return rows.map(toMapping);
}
