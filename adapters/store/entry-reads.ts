import type { Kysely } from 'kysely';
import { assertLocalDate } from '../../core/calendar/day-off.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { TeleworkEntry } from '../../core/ledger/ledger.js';
import type { PersonId } from '../../core/organisation/organisation.js';
import type { Database } from './database.js';
import { byDatePersonPart, chunked } from './ordering.js';
import { toEntry } from './rows.js';

// The entry reads, on the database or inside a transaction (a decision's unit of work).

export async function findEntry(db: Kysely<Database>, entryId: string): Promise<TeleworkEntry | undefined> {
  const row = await db.selectFrom('entries').selectAll().where('id', '=', entryId).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

/** Active (accepted or pending) entries of these people between two dates, both included. */
export async function listActiveEntries(
  db: Kysely<Database>,
  personIds: PersonId[],
  from: LocalDate,
  to: LocalDate,
): Promise<TeleworkEntry[]> {
  assertLocalDate(from);
  assertLocalDate(to);
  const entries: TeleworkEntry[] = [];
  for (const people of chunked([...new Set(personIds)])) {
    const rows = await db
      .selectFrom('entries')
      .selectAll()
      .where('person_id', 'in', people)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', 'in', ['accepted', 'pending'])
      .execute();
    entries.push(...rows.map(toEntry));
  }
  return entries.sort(byDatePersonPart);
}
