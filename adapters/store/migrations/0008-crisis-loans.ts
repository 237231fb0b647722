import { type Kysely, sql } from 'kysely';

// People whose mission a crisis suspends, lent to an essential team for the crisis: a manager of
// that team asks, HR or Admin agrees or refuses. A person has at most one loan asked or agreed
// per crisis: the partial unique index refuses a second one, whatever the application checked.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crisis_loans')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('crisis_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('team_id', 'text', (col) => col.notNull())
    // The essential function the person fills in that team: the minimum they count for.
    .addColumn('function', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('asked_by', 'text', (col) => col.notNull())
    .addColumn('asked_at', 'text', (col) => col.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('reason', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('crisis_loans_one_active')
    .on('crisis_loans')
    .columns(['crisis_id', 'person_id'])
    .unique()
    .where(sql.ref('status'), 'in', sql`('asked', 'approved')`)
    .execute();
  await db.schema.createIndex('crisis_loans_team').on('crisis_loans').columns(['team_id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('crisis_loans').execute();
}
