import type { Kysely } from 'kysely';

// The change poller keeps its place inside a round (the nextLink of the last page it applied), so
// that a round cut short (its page cap, an error) resumes there instead of starting over; during
// a full round it notes which of our events the snapshot listed, so that one deleted or moved
// before the round is found missing. The event map keeps each event's etag as last read, sent
// back in If-Match so that an update never overwrites a change made in Outlook meanwhile.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('calendar_events').addColumn('etag', 'text').execute();
  await db.schema
    .createTable('calendar_delta_rounds')
    .addColumn('mailbox', 'text', (col) => col.primaryKey())
    .addColumn('next_link', 'text', (col) => col.notNull())
    .addColumn('window_from', 'text', (col) => col.notNull())
    .addColumn('window_to', 'text', (col) => col.notNull())
    .addColumn('full_round', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('calendar_delta_seen')
    .addColumn('mailbox', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('calendar_delta_seen_pk', ['mailbox', 'event_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_delta_seen').execute();
  await db.schema.dropTable('calendar_delta_rounds').execute();
  await db.schema.alterTable('calendar_events').dropColumn('etag').execute();
}
