import type { Kysely } from 'kysely';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Actor, TeleworkEntry } from '../../core/ledger/ledger.js';
import type { Database } from './database.js';
import { changeStatus } from './entry-changes.js';
import { lockMonths, lockPerson } from './locks.js';
import { toEntry } from './rows.js';

/** pending → accepted ('approved') or refused ('rejected'); anything else is ENTRY_NOT_PENDING. */
export async function decideEntry(
  db: Kysely<Database>,
  entryId: string,
  decision: 'approved' | 'rejected',
  reason: string,
  actor: Actor,
): Promise<TeleworkEntry> {
  return db.transaction().execute(async (trx) => {
    const entry = await lockedEntry(trx, entryId);
    if (entry.status !== 'pending') {
      throw new DomainError('ENTRY_NOT_PENDING', { entryId, status: entry.status });
    }
    const status = decision === 'approved' ? 'accepted' : 'refused';
    return changeStatus(trx, entry, { status, action: decision, reason }, actor);
  });
}

/**
 * accepted or pending → cancelled. Cancelling twice is ENTRY_ALREADY_CANCELLED; a refused entry
 * was never active and stays as proof, so it is ENTRY_NOT_ACTIVE.
 */
export async function cancelEntry(
  db: Kysely<Database>,
  entryId: string,
  reason: string,
  actor: Actor,
): Promise<TeleworkEntry> {
  return db.transaction().execute(async (trx) => {
    const entry = await lockedEntry(trx, entryId);
    if (entry.status === 'cancelled') throw new DomainError('ENTRY_ALREADY_CANCELLED', { entryId });
    if (entry.status === 'refused')
      throw new DomainError('ENTRY_NOT_ACTIVE', { entryId, status: entry.status });
    return changeStatus(trx, entry, { status: 'cancelled', action: 'cancelled', reason }, actor);
  });
}

/**
 * The entry, read again once its person's lock and the months lock are held: what was read
 * before the lock may have changed while waiting for it. UNKNOWN_ENTRY when there is none.
 */
async function lockedEntry(trx: Kysely<Database>, entryId: string): Promise<TeleworkEntry> {
  const owner = await trx
    .selectFrom('entries')
    .select('person_id')
    .where('id', '=', entryId)
    .executeTakeFirst();
  if (!owner) throw new DomainError('UNKNOWN_ENTRY', { entryId });
  await lockPerson(trx, owner.person_id);
  await lockMonths(trx, 'shared');
  const row = await trx.selectFrom('entries').selectAll().where('id', '=', entryId).executeTakeFirstOrThrow();
  return toEntry(row);
}
