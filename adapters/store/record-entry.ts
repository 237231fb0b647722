import type { Kysely } from 'kysely';
import { assertLocalDate } from '../../core/calendar/day-off.js';
import type { Actor, NewEntry, RecordResult, TeleworkEntry } from '../../core/ledger/ledger.js';
import { assertValidDayPart } from '../../core/policy/day-value.js';
import type { Database } from './database.js';
import { changeStatus, insertEntry } from './entry-changes.js';
import { lockMonths, lockPerson } from './locks.js';
import { toEntry } from './rows.js';

/**
 * Records a declaration in one transaction, idempotently:
 * - an active (accepted or pending) entry covering the requested part — the same part, or a full
 *   day over a half — is returned as it is, created = false, and nothing is written, whatever
 *   status or kind the new request carries;
 * - a full day over active half days cancels them (reason REPLACED) and is then written;
 * - a refusal is always written: it is proof of what was asked, and never blocks a later request.
 */
export async function recordEntry(
  db: Kysely<Database>,
  input: NewEntry,
  actor: Actor,
): Promise<RecordResult> {
  return db.transaction().execute(async (trx) => {
    await lockPerson(trx, input.personId);
    await lockMonths(trx, 'shared');
    return writeEntry(trx, input, actor);
  });
}

/** recordEntry's work, inside a transaction that already holds the person's and the months lock. */
export async function writeEntry(
  trx: Kysely<Database>,
  input: NewEntry,
  actor: Actor,
): Promise<RecordResult> {
  assertLocalDate(input.date);
  assertValidDayPart(input.part);
  let halvesToReplace: TeleworkEntry[] = [];
  if (input.status !== 'refused') {
    const active = (
      await trx
        .selectFrom('entries')
        .selectAll()
        .where('person_id', '=', input.personId)
        .where('date', '=', input.date)
        .where('status', 'in', ['accepted', 'pending'])
        .execute()
    ).map(toEntry);
    const covering = active.find((entry) => entry.part === 'full' || entry.part === input.part);
    if (covering) return { entry: covering, created: false, replaced: [] };
    // Nothing covers the request, so what is active is half days; a full day replaces them.
    if (input.part === 'full') halvesToReplace = active;
  }

  const replaced: TeleworkEntry[] = [];
  for (const half of halvesToReplace) {
    replaced.push(
      await changeStatus(trx, half, { status: 'cancelled', action: 'cancelled', reason: 'REPLACED' }, actor),
    );
  }
  const entry = await insertEntry(trx, input, actor);
  return { entry, created: true, replaced };
}
