import { type Kysely, sql } from 'kysely';

// A person holds one permanence duty per half day, whatever the team. Each team's planner holds
// only its team's lock, so two teams naming the same person for the same morning at the same
// instant would both pass their checks; this index refuses the second write.
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('duties_one_assigned').execute();
  await db.schema
    .createIndex('duties_one_per_person_half_day')
    .on('duties')
    .columns(['person_id', 'date', 'half'])
    .unique()
    .where(sql.ref('status'), '=', 'assigned')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('duties_one_per_person_half_day').execute();
  await db.schema
    .createIndex('duties_one_assigned')
    .on('duties')
    .columns(['team_id', 'person_id', 'date', 'half'])
    .unique()
    .where(sql.ref('status'), '=', 'assigned')
    .execute();
}
