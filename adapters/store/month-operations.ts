import { type Kysely, sql } from 'kysely';
import { assertMonth } from '../../core/calendar/day-off.js';
import { firstDayOfMonth, lastDayOfMonth, type Month } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Actor, Correction, CountedDay, MonthState } from '../../core/ledger/ledger.js';
import type { PersonId } from '../../core/organisation/organisation.js';
import { listCrisisPeriods } from './crisis-periods.js';
import type { Database } from './database.js';
import { writeEvent } from './events.js';
import { lockMonths } from './locks.js';
import { byCreatedThenDay, byDatePersonPart, chunked } from './ordering.js';
import { toCorrection, toCountedDay, toMonthState } from './rows.js';

/**
 * Closes a month: the month row, a frozen copy of its accepted entries and a 'month-closed' event,
 * in one transaction. Whether the month is over is the caller's business (it knows today).
 */
export async function closeMonth(db: Kysely<Database>, month: Month, actor: Actor): Promise<MonthState> {
  assertMonth(month);
  return db.transaction().execute(async (trx) => {
    // Exclusive: no entry change is half-way through deciding whether this month is closed.
    await lockMonths(trx, 'exclusive');
    const closed = await trx
      .selectFrom('months')
      .select('month')
      .where('month', '=', month)
      .executeTakeFirst();
    if (closed) throw new DomainError('MONTH_ALREADY_CLOSED', { month });

    const state = { month, closed_at: actor.at, closed_by: actor.actorId };
    await trx.insertInto('months').values(state).execute();
    const frozen = await trx
      .insertInto('month_counted_days')
      .columns(['month', 'entry_id', 'person_id', 'date', 'part', 'kind'])
      .expression((eb) =>
        eb
          .selectFrom('entries')
          .select([sql<Month>`${month}`.as('month'), 'id', 'person_id', 'date', 'part', 'kind'])
          .where('status', '=', 'accepted')
          .where('date', '>=', firstDayOfMonth(month))
          .where('date', '<=', lastDayOfMonth(month)),
      )
      .executeTakeFirst();
    // The frozen days remember which rule paid them: a crisis ended later does not change them.
    for (const period of await listCrisisPeriods(trx)) {
      const from = period.from > firstDayOfMonth(month) ? period.from : firstDayOfMonth(month);
      const last = lastDayOfMonth(month);
      const to = period.to !== null && period.to < last ? period.to : last;
      if (from > to) continue;
      await trx
        .updateTable('month_counted_days')
        .set({ crisis: 1 })
        .where('month', '=', month)
        .where('date', '>=', from)
        .where('date', '<=', to)
        .execute();
    }
    await writeEvent(
      trx,
      {
        action: 'month-closed',
        reason: '',
        details: { month, countedDays: Number(frozen.numInsertedOrUpdatedRows ?? 0) },
      },
      actor,
    );
    return toMonthState(state);
  });
}

export async function closedMonths(db: Kysely<Database>): Promise<MonthState[]> {
  const rows = await db.selectFrom('months').selectAll().orderBy('month').execute();
  return rows.map(toMonthState);
}

/**
 * The frozen days of a closed month, the accepted entries of an open one. Both halves are one
 * statement (per chunk of people), so a month closing at the same moment is seen either before or
 * after, never both or neither.
 */
export async function countedDays(
  db: Kysely<Database>,
  month: Month,
  personIds?: PersonId[],
): Promise<CountedDay[]> {
  assertMonth(month);
  const days: CountedDay[] = [];
  for (const people of personGroups(personIds)) {
    const rows = await db
      .selectFrom('month_counted_days')
      .select(['entry_id', 'person_id', 'date', 'part', 'kind', 'crisis'])
      .where('month', '=', month)
      // Found through the entries' (person, date) index, then the frozen copy's key (month, entry):
      // the frozen copy has no index by person, and scanning a whole month of the organisation
      // made one person's tally take tens of milliseconds. A frozen day keeps its entry's person
      // and date, which never change.
      .$if(people !== 'everyone', (query) =>
        query.where('entry_id', 'in', (eb) =>
          eb
            .selectFrom('entries')
            .select('id')
            .where('person_id', 'in', people as PersonId[])
            .where('date', '>=', firstDayOfMonth(month))
            .where('date', '<=', lastDayOfMonth(month)),
        ),
      )
      .unionAll((eb) =>
        eb
          .selectFrom('entries')
          .select(['id as entry_id', 'person_id', 'date', 'part', 'kind', sql<number>`-1`.as('crisis')])
          .where('status', '=', 'accepted')
          .where('date', '>=', firstDayOfMonth(month))
          .where('date', '<=', lastDayOfMonth(month))
          .where((inner) =>
            inner.not(inner.exists(inner.selectFrom('months').select('month').where('month', '=', month))),
          )
          .$if(people !== 'everyone', (query) => query.where('person_id', 'in', people as PersonId[])),
      )
      .execute();
    days.push(...rows.map(toCountedDay));
  }
  return days.sort(byDatePersonPart);
}

/** Corrections carried into this month from closed months before it. */
export async function correctionsOf(
  db: Kysely<Database>,
  month: Month,
  personIds?: PersonId[],
): Promise<Correction[]> {
  assertMonth(month);
  const corrections: Correction[] = [];
  for (const people of personGroups(personIds)) {
    const rows = await db
      .selectFrom('corrections')
      .selectAll()
      .where('applied_month', '=', month)
      .$if(people !== 'everyone', (query) => query.where('person_id', 'in', people as PersonId[]))
      .execute();
    corrections.push(...rows.map(toCorrection));
  }
  return corrections.sort(byCreatedThenDay);
}

/** No filter: one query for everyone. A filter: chunks of ids (none when the list is empty). */
function personGroups(personIds: PersonId[] | undefined): Array<PersonId[] | 'everyone'> {
  return personIds === undefined ? ['everyone'] : chunked([...new Set(personIds)]);
}
