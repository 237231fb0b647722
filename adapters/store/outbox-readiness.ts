import type { Kysely } from 'kysely';
import type { ReadinessCheck } from '../../core/health/readiness-check.js';
import type { Database } from './database.js';

/**
 * GET /readyz's outbox check: the calendar outbox is stuck when a row has been due for longer
 * than `stuckAfterMs` (the worker drains every few seconds; Graph's longest Retry-After is minutes).
 * Parked rows do not make the server unready: they wait for an administrator, with their reason.
 */
export function outboxReadiness(
  db: Kysely<Database>,
  now: () => string,
  stuckAfterMs = 15 * 60_000,
): ReadinessCheck {
  return {
    name: 'calendar-outbox',
    async check() {
      const threshold = new Date(Date.parse(now()) - stuckAfterMs).toISOString();
      const stuck = await db
        .selectFrom('calendar_outbox')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('status', '=', 'pending')
        // New rows are due "now" (a date far in the past), so age counts from their last change.
        .where('due_at', '<', threshold)
        .where('updated_at', '<', threshold)
        .executeTakeFirstOrThrow();
      const count = Number(stuck.count);
      return count === 0
        ? { ok: true }
        : {
            ok: false,
            detail: `${count} calendar change(s) due for more than ${stuckAfterMs / 60_000} minutes`,
          };
    },
  };
}
