import type { Kysely } from 'kysely';

// Where the bot can reach each person proactively: their personal chat's conversation reference.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bot_conversations')
    .addColumn('person_id', 'text', (col) => col.primaryKey())
    .addColumn('teams_user_id', 'text', (col) => col.notNull())
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bot_conversations').execute();
}
