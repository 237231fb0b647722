import type { Kysely } from 'kysely';

// Answers that break Graph's contract are counted apart from other failures: a row that waited
// through an outage must not be parked by the first odd answer after it.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('calendar_outbox')
    .addColumn('suspect_attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('calendar_outbox').dropColumn('suspect_attempts').execute();
}
