import type { Kysely } from 'kysely';
import type { DecisionScope, LedgerUnitOfWork } from '../../core/ledger/ledger.js';
import type { PersonId } from '../../core/organisation/organisation.js';
import { approvedLoanDays } from './crisis-loans.js';
import { listCrisisPeriods } from './crisis-periods.js';
import type { Database } from './database.js';
import { listDuties } from './duty-operations.js';
import { findEntry, listActiveEntries } from './entry-reads.js';
import { cancelHeldEntry, type HoldOwner } from './entry-transitions.js';
import { lockMonths, lockPerson, lockTeams } from './locks.js';
import { writeEntry } from './record-entry.js';

/**
 * One decision in one transaction: the person's lock, the teams' locks and the months lock (shared)
 * are taken first, in the global order of locks.ts, then `work` reads, decides and writes through
 * the unit. On SQLite the transaction begins IMMEDIATE, so the reads already come after every
 * other writer's commit, whichever process it runs in.
 */
export async function decideAndRecord<T>(
  db: Kysely<Database>,
  scope: DecisionScope,
  work: (unit: LedgerUnitOfWork) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await lockPerson(trx, scope.personId);
    await lockTeams(trx, scope.teamIds);
    await lockMonths(trx, 'shared');
    return work(unitOfWork(trx, scope));
  });
}

function unitOfWork(trx: Kysely<Database>, scope: DecisionScope): LedgerUnitOfWork {
  // The locks are held: a write for anyone else would need a person's lock after the teams'.
  const ownPersonOnly = (personId: PersonId) => {
    if (personId !== scope.personId) {
      throw new Error(`a decision on ${scope.personId} cannot write ${personId}'s entries`);
    }
  };
  const hold: HoldOwner = async (_trx, personId) => ownPersonOnly(personId);
  return {
    getEntry: (entryId) => findEntry(trx, entryId),
    activeEntries: (personIds, from, to) => listActiveEntries(trx, personIds, from, to),
    duties: (teamIds, from, to) => listDuties(trx, teamIds, from, to),
    crisisPeriods: () => listCrisisPeriods(trx),
    loans: () => approvedLoanDays(trx),
    recordEntry: async (entry, actor) => {
      ownPersonOnly(entry.personId);
      return writeEntry(trx, entry, actor);
    },
    cancelEntry: (entryId, reason, actor) => cancelHeldEntry(trx, entryId, reason, actor, hold),
  };
}
