import { type Kysely, sql } from 'kysely';
import { backendOf } from '../backend.js';

// The ledger's first schema, written once with the schema builder for both backends. Checks keep
// the enumerations honest even when someone writes to the database by hand; foreign keys keep
// events, frozen days and corrections pointing at real entries.

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('part', 'text', (col) => col.notNull().check(sql`part in ('full', 'am', 'pm')`))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('structural', 'occasional')`))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('accepted', 'pending', 'refused', 'cancelled')`),
    )
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('approvers', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // The safety net under recordEntry's per-person lock: never two active entries for the same
  // half or whole day. (full vs am/pm overlap is the store's job: an index cannot see it.)
  await db.schema
    .createIndex('entries_one_active_per_part')
    .on('entries')
    .columns(['person_id', 'date', 'part'])
    .unique()
    .where(sql.ref('status'), 'in', ['accepted', 'pending'])
    .execute();
  await db.schema
    .createIndex('entries_by_person_date')
    .on('entries')
    .columns(['person_id', 'date'])
    .execute();
  await db.schema.createIndex('entries_by_date').on('entries').columns(['date', 'status']).execute();

  await db.schema
    .createTable('duties')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('team_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('half', 'text', (col) => col.notNull().check(sql`half in ('am', 'pm')`))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('assigned', 'cancelled')`))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('duties_one_assigned')
    .on('duties')
    .columns(['team_id', 'person_id', 'date', 'half'])
    .unique()
    .where(sql.ref('status'), '=', 'assigned')
    .execute();
  await db.schema.createIndex('duties_by_team_date').on('duties').columns(['team_id', 'date']).execute();

  // The only backend-specific column: an insertion counter. SQLite's `integer primary key` is its
  // rowid (assigned in order); PostgreSQL needs an identity column for the same.
  const seqType = backendOf(db) === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('ledger_events')
    .addColumn('seq', seqType, (col) => col.primaryKey())
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('action', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`action in ('declared', 'requested', 'refused', 'approved', 'rejected', 'cancelled', 'duty-assigned', 'duty-cancelled', 'month-closed')`,
        ),
    )
    .addColumn('entry_id', 'text', (col) => col.references('entries.id'))
    .addColumn('duty_id', 'text', (col) => col.references('duties.id'))
    .addColumn('actor_id', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) =>
      col.notNull().check(sql`source in ('bot', 'tab', 'addin', 'outlook', 'api', 'system')`),
    )
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('details', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('ledger_events_by_entry').on('ledger_events').columns(['entry_id']).execute();
  await db.schema.createIndex('ledger_events_by_duty').on('ledger_events').columns(['duty_id']).execute();

  await db.schema
    .createTable('months')
    .addColumn('month', 'text', (col) => col.primaryKey())
    .addColumn('closed_at', 'text', (col) => col.notNull())
    .addColumn('closed_by', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('month_counted_days')
    .addColumn('month', 'text', (col) => col.notNull().references('months.month'))
    .addColumn('entry_id', 'text', (col) => col.notNull().references('entries.id'))
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('part', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('month_counted_days_pk', ['month', 'entry_id'])
    .execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('entry_id', 'text', (col) => col.notNull().references('entries.id'))
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('entry_date', 'text', (col) => col.notNull())
    .addColumn('part', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('delta_halves', 'integer', (col) => col.notNull().check(sql`delta_halves in (-2, -1, 1, 2)`))
    .addColumn('original_month', 'text', (col) => col.notNull())
    .addColumn('applied_month', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('corrections_by_applied_month')
    .on('corrections')
    .columns(['applied_month'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['corrections', 'month_counted_days', 'months', 'ledger_events', 'duties', 'entries']) {
    await db.schema.dropTable(table).execute();
  }
}
