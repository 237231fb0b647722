import type { Kysely } from 'kysely';
import type { LocalDate, Month } from '../../core/calendar/local-date.js';
import type {
  Actor,
  Correction,
  CountedDay,
  DecisionScope,
  LedgerEvent,
  LedgerStore,
  LedgerUnitOfWork,
  LoanUnitOfWork,
  MonthState,
  NewEntry,
  PermanenceDuty,
  RecordResult,
  TeamPlanningUnit,
  TeleworkEntry,
} from '../../core/ledger/ledger.js';
import type { PersonId, TeamId } from '../../core/organisation/organisation.js';
import type { CrisisLoan, LoanDays } from '../../core/permanence/loans.js';
import type { CrisisPeriod } from '../../core/policy/crisis-days.js';
import { approvedLoanDays, decideLoan, findCrisisLoan, listCrisisLoans } from './crisis-loans.js';
import { endCrisis, listCrisisPeriods, startCrisis } from './crisis-periods.js';
import type { Database } from './database.js';
import { decideAndRecord } from './decide-and-record.js';
import { assignDuty, cancelDuty, listDuties } from './duty-operations.js';
import { findEntry, listActiveEntries } from './entry-reads.js';
import { cancelEntry, decideEntry } from './entry-transitions.js';
import { closedMonths, closeMonth, correctionsOf, countedDays } from './month-operations.js';
import { recordEntry } from './record-entry.js';
import { toEvent } from './rows.js';
import { planTeam } from './team-planning.js';

/**
 * The ledger on any Kysely database opened by openStore (SQLite or PostgreSQL, migrated).
 * Each writing method is one transaction; the reads that need one consistent view are one
 * statement. The operations live in their own files; this class only gathers them.
 */
export class KyselyLedgerStore implements LedgerStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  decideAndRecord<T>(scope: DecisionScope, work: (unit: LedgerUnitOfWork) => Promise<T>): Promise<T> {
    return decideAndRecord(this.#db, scope, work);
  }

  planTeam<T>(teamId: TeamId, work: (unit: TeamPlanningUnit) => Promise<T>): Promise<T> {
    return planTeam(this.#db, teamId, work);
  }

  crisisPeriods(): Promise<CrisisPeriod[]> {
    return listCrisisPeriods(this.#db);
  }

  loans(): Promise<LoanDays[]> {
    return approvedLoanDays(this.#db);
  }

  crisisLoans(crisisId: string): Promise<CrisisLoan[]> {
    return listCrisisLoans(this.#db, crisisId);
  }

  getLoan(loanId: string): Promise<CrisisLoan | undefined> {
    return findCrisisLoan(this.#db, loanId);
  }

  decideLoan<T>(scope: DecisionScope, work: (unit: LoanUnitOfWork) => Promise<T>): Promise<T> {
    return decideLoan(this.#db, scope, work);
  }

  startCrisis(
    input: { from: LocalDate; reason: string; managers?: PersonId[] },
    actor: Actor,
  ): Promise<CrisisPeriod> {
    return startCrisis(this.#db, input, actor);
  }

  endCrisis(input: { to: LocalDate }, actor: Actor): Promise<CrisisPeriod> {
    return endCrisis(this.#db, input, actor);
  }

  recordEntry(entry: NewEntry, actor: Actor): Promise<RecordResult> {
    return recordEntry(this.#db, entry, actor);
  }

  decideEntry(
    entryId: string,
    decision: 'approved' | 'rejected',
    reason: string,
    actor: Actor,
  ): Promise<TeleworkEntry> {
    return decideEntry(this.#db, entryId, decision, reason, actor);
  }

  cancelEntry(entryId: string, reason: string, actor: Actor): Promise<TeleworkEntry> {
    return cancelEntry(this.#db, entryId, reason, actor);
  }

  getEntry(entryId: string): Promise<TeleworkEntry | undefined> {
    return findEntry(this.#db, entryId);
  }

  activeEntries(personIds: PersonId[], from: LocalDate, to: LocalDate): Promise<TeleworkEntry[]> {
    return listActiveEntries(this.#db, personIds, from, to);
  }

  /** Oldest first, by the actor's instant; events of one instant in the order they were written. */
  async history(entryId: string): Promise<LedgerEvent[]> {
    const rows = await this.#db
      .selectFrom('ledger_events')
      .select(['id', 'action', 'entry_id', 'duty_id', 'actor_id', 'source', 'at', 'reason', 'details'])
      .where('entry_id', '=', entryId)
      .orderBy('at')
      .orderBy('seq')
      .execute();
    return rows.map(toEvent);
  }

  assignDuty(duty: Omit<PermanenceDuty, 'id' | 'status'>, actor: Actor): Promise<PermanenceDuty> {
    return assignDuty(this.#db, duty, actor);
  }

  cancelDuty(dutyId: string, actor: Actor): Promise<PermanenceDuty> {
    return cancelDuty(this.#db, dutyId, actor);
  }

  duties(teamIds: TeamId[], from: LocalDate, to: LocalDate): Promise<PermanenceDuty[]> {
    return listDuties(this.#db, teamIds, from, to);
  }

  closeMonth(month: Month, actor: Actor): Promise<MonthState> {
    return closeMonth(this.#db, month, actor);
  }

  closedMonths(): Promise<MonthState[]> {
    return closedMonths(this.#db);
  }

  countedDays(month: Month, personIds?: PersonId[]): Promise<CountedDay[]> {
    return countedDays(this.#db, month, personIds);
  }

  corrections(month: Month, personIds?: PersonId[]): Promise<Correction[]> {
    return correctionsOf(this.#db, month, personIds);
  }
}
