import type { Kysely } from 'kysely';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Actor, TeleworkEntry } from '../../core/ledger/ledger.js';
import type { PersonId } from '../../core/organisation/organisation.js';
import type { Database } from './database.js';
import { changeStatus } from './entry-changes.js';
import { lockMonths, lockPerson } from './locks.js';
import { toEntry } from './rows.js';

/**
 * How a transition gets hold of the entry's person: its own transaction takes the person's lock
 * and the months lock; a unit of work already holds them and only checks the person is its own.
 */
export type HoldOwner = (trx: Kysely<Database>, personId: PersonId) => Promise<void>;

const lockOwner: HoldOwner = async (trx, personId) => {
  await lockPerson(trx, personId);
  await lockMonths(trx, 'shared');
};

/** pending → accepted ('approved') or refused ('rejected'); anything else is ENTRY_NOT_PENDING. */
export async function decideEntry(
  db: Kysely<Database>,
  entryId: string,
  decision: 'approved' | 'rejected',
  reason: string,
  actor: Actor,
): Promise<TeleworkEntry> {
  return db.transaction().execute(async (trx) => {
    const entry = await heldEntry(trx, entryId, lockOwner);
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
  return db.transaction().execute((trx) => cancelHeldEntry(trx, entryId, reason, actor, lockOwner));
}

/** cancelEntry's work inside a transaction; `hold` makes sure the entry's person is locked. */
export async function cancelHeldEntry(
  trx: Kysely<Database>,
  entryId: string,
  reason: string,
  actor: Actor,
  hold: HoldOwner,
): Promise<TeleworkEntry> {
  const entry = await heldEntry(trx, entryId, hold);
  if (entry.status === 'cancelled') throw new DomainError('ENTRY_ALREADY_CANCELLED', { entryId });
  if (entry.status === 'refused')
    throw new DomainError('ENTRY_NOT_ACTIVE', { entryId, status: entry.status });
  return changeStatus(trx, entry, { status: 'cancelled', action: 'cancelled', reason }, actor);
}

/**
 * The entry, read again once its person's lock and the months lock are held: what was read
 * before the lock may have changed while waiting for it. UNKNOWN_ENTRY when there is none.
 */
async function heldEntry(trx: Kysely<Database>, entryId: string, hold: HoldOwner): Promise<TeleworkEntry> {
  const owner = await trx
    .selectFrom('entries')
    .select('person_id')
    .where('id', '=', entryId)
    .executeTakeFirst();
  if (!owner) throw new DomainError('UNKNOWN_ENTRY', { entryId });
  await hold(trx, owner.person_id);
  const row = await trx.selectFrom('entries').selectAll().where('id', '=', entryId).executeTakeFirstOrThrow();
  return toEntry(row);
}
