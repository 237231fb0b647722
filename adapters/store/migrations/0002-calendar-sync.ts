import { type Kysely, sql } from 'kysely';

// The calendar outbox (what Outlook must be made to show), the map of ledger items to the events
// that show them, and each mailbox's change-feed cursor. Same schema on SQLite and PostgreSQL.

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_outbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('entity_kind', 'text', (col) => col.notNull().check(sql`entity_kind in ('entry', 'duty')`))
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull().check(sql`target in ('person', 'team')`))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'done', 'parked')`))
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('parked_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('calendar_outbox_one_per_item', ['entity_kind', 'entity_id', 'target'])
    .execute();
  await db.schema
    .createIndex('calendar_outbox_due')
    .on('calendar_outbox')
    .columns(['status', 'due_at'])
    .execute();

  await db.schema
    .createTable('calendar_events')
    .addColumn('entity_kind', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('mailbox', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text')
    .addColumn('generation', 'integer', (col) => col.notNull())
    .addColumn('create_pending', 'integer', (col) => col.notNull())
    .addColumn('body_hash', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('calendar_events_pk', ['entity_kind', 'entity_id', 'target'])
    .execute();
  await db.schema
    .createIndex('calendar_events_by_event')
    .on('calendar_events')
    .columns(['mailbox', 'event_id'])
    .execute();

  await db.schema
    .createTable('calendar_delta_links')
    .addColumn('mailbox', 'text', (col) => col.primaryKey())
    .addColumn('cursor', 'text', (col) => col.notNull())
    .addColumn('window_from', 'text', (col) => col.notNull())
    .addColumn('window_to', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['calendar_delta_links', 'calendar_events', 'calendar_outbox']) {
    await db.schema.dropTable(table).execute();
  }
}
