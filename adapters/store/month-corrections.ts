import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { halvesOf, type Month, monthOf, nextMonth } from '../../core/calendar/local-date.js';
import type { Correction, TeleworkEntry } from '../../core/ledger/ledger.js';
import { inCrisis } from '../../core/policy/crisis-days.js';
import { listCrisisPeriods } from './crisis-periods.js';
import type { Database } from './database.js';
import { toCorrection } from './rows.js';

/**
 * A closed month's figures never change: when an entry dated in a closed month starts counting
 * (it becomes accepted) or stops counting (an accepted entry is cancelled or refused), the entry
 * changes as usual and this correction carries the difference into the first month after it that
 * is still open. Call it inside the transaction that changes the entry, holding the months lock.
 * Returns undefined when the entry's month is open: the change simply counts there.
 */
export async function carryIntoOpenMonth(
  trx: Kysely<Database>,
  entry: Pick<TeleworkEntry, 'id' | 'personId' | 'date' | 'part' | 'kind'>,
  change: 'starts-counting' | 'stops-counting',
  at: string,
): Promise<Correction | undefined> {
  const originalMonth = monthOf(entry.date);
  const closed = await trx.selectFrom('months').select('month').where('month', '>=', originalMonth).execute();
  const closedMonths = new Set(closed.map((row) => row.month));
  if (!closedMonths.has(originalMonth)) return undefined;

  let appliedMonth: Month = nextMonth(originalMonth);
  while (closedMonths.has(appliedMonth)) appliedMonth = nextMonth(appliedMonth);
  const halves = halvesOf(entry.part).length;
  const crisis = inCrisis(entry.date, { active: false }, await listCrisisPeriods(trx));
  const row = {
    id: randomUUID(),
    entry_id: entry.id,
    person_id: entry.personId,
    entry_date: entry.date,
    part: entry.part,
    kind: entry.kind,
    delta_halves: change === 'starts-counting' ? halves : -halves,
    original_month: originalMonth,
    applied_month: appliedMonth,
    created_at: at,
    crisis: crisis ? 1 : 0,
  };
  await trx.insertInto('corrections').values(row).execute();
  return toCorrection(row);
}

/** What an event keeps about the correction its change caused. */
export function correctionDetails(correction: Correction | undefined): Record<string, unknown> {
  return correction
    ? {
        correction: {
          id: correction.id,
          deltaHalves: correction.deltaHalves,
          appliedMonth: correction.appliedMonth,
        },
      }
    : {};
}
