import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  halvesOf,
  type LocalDate,
  lastDayOfMonth,
  type Month,
  monthOf,
  nextMonth,
} from '../../core/calendar/local-date.js';
import type { Database } from './database.js';

/**
 * A crisis started or ended after some of its days' months were closed changes which rule should
 * have paid those days. The closed months' figures never change: each day of them from `from` on
 * that still counts under the other rule moves, as two corrections carried into the first open
 * month after it — the day stops counting under the old rule and starts under the new one — and
 * the corrections are priced as any other (correction-effects.ts). Call it inside the transaction
 * that changes the crisis, holding the months lock exclusive.
 */
export async function moveClosedDaysToRule(
  trx: Kysely<Database>,
  from: LocalDate,
  toCrisis: boolean,
  at: string,
): Promise<number> {
  const closed = await trx.selectFrom('months').select('month').where('month', '>=', monthOf(from)).execute();
  const closedMonths = new Set(closed.map((row) => row.month));
  let moved = 0;
  for (const month of [...closedMonths].sort()) {
    let appliedMonth: Month = nextMonth(month);
    while (closedMonths.has(appliedMonth)) appliedMonth = nextMonth(appliedMonth);
    const frozen = await trx
      .selectFrom('month_counted_days')
      .select(['entry_id', 'person_id', 'date', 'part', 'kind', 'crisis'])
      .where('month', '=', month)
      .where('date', '>=', from)
      .execute();
    const corrections = await trx
      .selectFrom('corrections')
      .select(['entry_id', 'person_id', 'entry_date', 'part', 'kind', 'crisis', 'delta_halves'])
      .where('original_month', '=', month)
      .where('entry_date', '>=', from)
      .where('entry_date', '<=', lastDayOfMonth(month))
      .execute();
    // What counts now, per entry and rule: the frozen day, plus or minus its corrections.
    const state = new Map<string, { row: (typeof frozen)[number]; halves: number }>();
    const add = (row: (typeof frozen)[number], halves: number) => {
      const key = `${row.entry_id}/${Number(row.crisis)}`;
      const known = state.get(key);
      state.set(key, { row, halves: (known?.halves ?? 0) + halves });
    };
    for (const row of frozen) add(row, halvesOf(row.part).length);
    for (const row of corrections) add({ ...row, date: row.entry_date }, Number(row.delta_halves));
    for (const { row, halves } of state.values()) {
      if (halves <= 0 || (Number(row.crisis) === 1) === toCrisis) continue;
      const base = {
        entry_id: row.entry_id,
        person_id: row.person_id,
        entry_date: row.date,
        part: row.part,
        kind: row.kind,
        original_month: month,
        applied_month: appliedMonth,
        created_at: at,
      };
      await trx
        .insertInto('corrections')
        .values([
          { ...base, id: randomUUID(), delta_halves: -halves, crisis: toCrisis ? 0 : 1 },
          { ...base, id: randomUUID(), delta_halves: halves, crisis: toCrisis ? 1 : 0 },
        ])
        .execute();
      moved++;
    }
  }
  return moved;
}
