import type { Kysely } from 'kysely';

// Dated crises, switched at run time by HR or Admin. Several instances share the database, so the
// crisis in force on a day is read from here, never kept in a process's memory.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crisis_periods')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('from_date', 'text', (col) => col.notNull())
    .addColumn('to_date', 'text')
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('started_by', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('ended_by', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .execute();
  // The crisis cards to send, one per person who installed the app and change (start, end): a
  // queue shared by the instances, claimed with a lease; the unique key makes a second enqueue of
  // the same card a no-op.
  await db.schema
    .createTable('crisis_notices')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull())
    .addColumn('change', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('crisis_notices_once', ['crisis_id', 'change', 'person_id'])
    .execute();
  await db.schema
    .createIndex('crisis_notices_due')
    .on('crisis_notices')
    .columns(['status', 'due_at'])
    .execute();
  // Which rule pays a day of a closed month: 1 for a crisis day when the month was closed (or when
  // a correction moved it). A crisis started or ended later in a closed month becomes corrections
  // from one rule to the other, in the next open month.
  for (const table of ['month_counted_days', 'corrections']) {
    await db.schema
      .alterTable(table)
      .addColumn('crisis', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['month_counted_days', 'corrections']) {
    await db.schema.alterTable(table).dropColumn('crisis').execute();
  }
  await db.schema.dropTable('crisis_notices').execute();
  await db.schema.dropTable('crisis_periods').execute();
}
