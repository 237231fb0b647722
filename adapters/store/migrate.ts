import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

export interface MigrateOptions {
  /**
   * PostgreSQL only: the schema that holds kysely_migration. Kysely looks for its table in every
   * schema when this is unset, so a kysely_migration in another schema (another test run, another
   * product) would make it skip creating ours. openStore always passes the schema it works in.
   */
  migrationTableSchema?: string;
}

/** Brings the database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>, options: MigrateOptions = {}): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(options.migrationTableSchema ? { migrationTableSchema: options.migrationTableSchema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result: MigrationResult) => result.status === 'Error');
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(
      `Database migration ${failed?.migrationName ?? '(before any migration)'} failed: ${cause.message}`,
      {
        cause,
      },
    );
  }
  return results.map((result) => result.migrationName);
}
