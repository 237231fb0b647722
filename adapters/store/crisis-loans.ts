import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DecisionScope, LoanUnitOfWork } from '../../core/ledger/ledger.js';
import type { CrisisLoan, LoanDays } from '../../core/permanence/loans.js';
import { enqueueCrisisNotices } from './crisis-notice-queue.js';
import { listCrisisPeriods } from './crisis-periods.js';
import type { CrisisLoansTable, Database } from './database.js';
import { lockMonths, lockPerson, lockTeams } from './locks.js';

function toLoan(row: Selectable<CrisisLoansTable>): CrisisLoan {
  return {
    id: row.id,
    crisisId: row.crisis_id,
    personId: row.person_id,
    teamId: row.team_id,
    function: row.function,
    status: row.status,
    askedBy: row.asked_by,
    askedAt: row.asked_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
  };
}

export async function listCrisisLoans(db: Kysely<Database>, crisisId: string): Promise<CrisisLoan[]> {
  const rows = await db
    .selectFrom('crisis_loans')
    .selectAll()
    .where('crisis_id', '=', crisisId)
    .orderBy('asked_at')
    .orderBy('id')
    .execute();
  return rows.map(toLoan);
}

export async function findCrisisLoan(db: Kysely<Database>, loanId: string): Promise<CrisisLoan | undefined> {
  const row = await db.selectFrom('crisis_loans').selectAll().where('id', '=', loanId).executeTakeFirst();
  return row ? toLoan(row) : undefined;
}

/** The approved loans with their crisis's days: what coverage, the roster and the duties read. */
export async function approvedLoanDays(db: Kysely<Database>): Promise<LoanDays[]> {
  const rows = await db
    .selectFrom('crisis_loans')
    .innerJoin('crisis_periods', 'crisis_periods.id', 'crisis_loans.crisis_id')
    .select([
      'crisis_loans.person_id',
      'crisis_loans.team_id',
      'crisis_loans.function',
      'crisis_periods.from_date',
      'crisis_periods.to_date',
    ])
    .where('crisis_loans.status', '=', 'approved')
    .orderBy('crisis_loans.id')
    .execute();
  return rows.map((row) => ({
    personId: row.person_id,
    teamId: row.team_id,
    function: row.function,
    from: row.from_date,
    to: row.to_date,
  }));
}

/**
 * One ask or decision on a loan in one transaction, under the lent person's lock, the teams'
 * (the borrowing team and the person's own, whose coverage both change) and the months lock
 * shared, in the order of locks.ts. Starting or ending a crisis holds the months lock exclusive,
 * so a loan never reads a crisis that is ending under it. An approval queues the lent person's card
 * in the same transaction.
 */
export async function decideLoan<T>(
  db: Kysely<Database>,
  scope: DecisionScope,
  work: (unit: LoanUnitOfWork) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await lockPerson(trx, scope.personId);
    await lockTeams(trx, scope.teamIds);
    await lockMonths(trx, 'shared');
    return work({
      crisisPeriods: () => listCrisisPeriods(trx),
      loans: (crisisId) => listCrisisLoans(trx, crisisId),
      getLoan: (loanId) => findCrisisLoan(trx, loanId),
      async insertLoan(asked) {
        if (asked.personId !== scope.personId) throw new Error(`a loan of ${scope.personId} only`);
        const loan = { ...asked, id: randomUUID() };
        await trx
          .insertInto('crisis_loans')
          .values({
            id: loan.id,
            crisis_id: loan.crisisId,
            person_id: loan.personId,
            team_id: loan.teamId,
            function: loan.function,
            status: loan.status,
            asked_by: loan.askedBy,
            asked_at: loan.askedAt,
            decided_by: loan.decidedBy,
            decided_at: loan.decidedAt,
            reason: loan.reason,
          })
          .execute();
        return loan;
      },
      async decide(loanId, decision) {
        const decided = await trx
          .updateTable('crisis_loans')
          .set({
            status: decision.status,
            decided_by: decision.decidedBy,
            decided_at: decision.decidedAt,
            reason: decision.reason,
          })
          .where('id', '=', loanId)
          .where('person_id', '=', scope.personId)
          .where('status', '=', 'asked')
          .executeTakeFirst();
        const loan = await findCrisisLoan(trx, loanId);
        if (!loan) throw new Error(`no loan ${loanId}`);
        // The lent person is told (if they installed the app) by a card queued with the approval:
        // both commit together, and the unique key (crisis, 'lent', person) keeps it to one.
        if (Number(decided.numUpdatedRows) > 0 && loan.status === 'approved') {
          await enqueueCrisisNotices(trx, loan.crisisId, 'lent', decision.decidedAt, [loan.personId]);
        }
        return loan;
      },
    });
  });
}
