import { type Kysely, sql } from 'kysely';
import type { ReadinessCheck } from '../../core/health/readiness-check.js';

/** GET /readyz's database check: one round trip on the pool the ledger uses. */
// biome-ignore lint/suspicious/noExplicitAny: only a literal query is run; any schema will do.
export function databaseReadiness(db: Kysely<any>): ReadinessCheck {
  return {
    name: 'database',
    async check() {
      try {
        await sql`select 1`.execute(db);
        return { ok: true };
      } catch (error) {
        return {
          ok: false,
          detail: `unreachable: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
  };
}
