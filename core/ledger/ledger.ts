import type { DayPart, HalfDay, LocalDate, Month } from '../calendar/local-date.js';
import type { PersonId, TeamId } from '../organisation/organisation.js';
import type { CrisisLoan, LoanDays } from '../permanence/loans.js';
import type { CrisisPeriod } from '../policy/crisis-days.js';
import type { TeleworkKind } from '../policy/decision.js';

/** Where a change came from: kept on every ledger event as proof. */
export type Source = 'bot' | 'tab' | 'addin' | 'outlook' | 'api' | 'system';

/**
 * accepted and pending entries are active: they hold the day and count for quotas; only
 * accepted ones count for hours and money. Nothing is ever deleted: cancelling is a state.
 */
export type EntryStatus = 'accepted' | 'pending' | 'refused' | 'cancelled';

export interface TeleworkEntry {
  id: string;
  personId: PersonId;
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  status: EntryStatus;
  /** The policy's reason code for the last status (WITHIN_POLICY, PERMANENCE_AT_MINIMUM, ...). */
  reason: string;
  /** Who may approve while pending. */
  approvers: PersonId[];
  createdAt: string;
  updatedAt: string;
}

export type LedgerAction =
  | 'declared'
  | 'requested'
  | 'refused'
  | 'approved'
  | 'rejected'
  | 'cancelled'
  | 'duty-assigned'
  | 'duty-cancelled'
  | 'month-closed';

/** One line of the audit trail: who did what, when, from where. */
export interface LedgerEvent {
  id: string;
  action: LedgerAction;
  entryId: string | null;
  dutyId: string | null;
  actorId: PersonId;
  source: Source;
  at: string;
  reason: string;
  /** Free-form facts worth keeping with the event (the policy's figures, a note). */
  details: Record<string, unknown>;
}

/** Who does something, when, from where. `at` is an ISO instant given by the caller's clock. */
export interface Actor {
  actorId: PersonId;
  source: Source;
  at: string;
}

export interface PermanenceDuty {
  id: string;
  teamId: TeamId;
  personId: PersonId;
  date: LocalDate;
  half: HalfDay;
  status: 'assigned' | 'cancelled';
}

/**
 * A change to a day in a closed month, carried into the first open month after it.
 * `deltaHalves` is +1/+2 when a day became counted, -1/-2 when it stopped counting.
 */
export interface Correction {
  id: string;
  entryId: string;
  personId: PersonId;
  entryDate: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  deltaHalves: number;
  originalMonth: Month;
  appliedMonth: Month;
  createdAt: string;
  /** The day counts (or stops counting) under the crisis rule. */
  crisis?: boolean;
}

export interface MonthState {
  month: Month;
  closedAt: string;
  closedBy: PersonId;
}

/** A day that counts in a month's tally: an accepted entry, or its frozen copy in a closed month. */
export interface CountedDay {
  entryId: string;
  personId: PersonId;
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  /**
   * A closed month's frozen day: whether it was paid by the crisis rule. Absent for an open
   * month's day, whose rule follows the crisis periods.
   */
  crisis?: boolean;
}

export interface NewEntry {
  personId: PersonId;
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  status: 'accepted' | 'pending' | 'refused';
  reason: string;
  approvers: PersonId[];
  details: Record<string, unknown>;
}

export interface RecordResult {
  entry: TeleworkEntry;
  /** False when an active entry already covered the day: nothing was written. */
  created: boolean;
  /** Active half-day entries that a new full-day entry replaced (cancelled). */
  replaced: TeleworkEntry[];
}

/**
 * Whose rows a decision on one person's days reads: the person's own entries (quotas, days already
 * held) and the entries and duties of every team they belong to (presence on site). The store
 * locks them for the whole decision, so no other decision or write changes them in between.
 */
export interface DecisionScope {
  personId: PersonId;
  teamIds: TeamId[];
}

/**
 * The ledger as one decision sees it: reads and writes inside the transaction that holds the
 * scope's locks. Writes are only for the scope's person (another person's lock would be taken out
 * of order); the reads see everything committed before the locks were taken.
 */
export interface LedgerUnitOfWork {
  getEntry(entryId: string): Promise<TeleworkEntry | undefined>;
  activeEntries(personIds: PersonId[], from: LocalDate, to: LocalDate): Promise<TeleworkEntry[]>;
  duties(teamIds: TeamId[], from: LocalDate, to: LocalDate): Promise<PermanenceDuty[]>;
  /** The dated crises: the rules of each day follow them. */
  crisisPeriods(): Promise<CrisisPeriod[]>;
  /** The approved crisis loans, with their crisis's days: a lent person is on site in the borrowing team. */
  loans(): Promise<LoanDays[]>;
  recordEntry(entry: NewEntry, actor: Actor): Promise<RecordResult>;
  cancelEntry(entryId: string, reason: string, actor: Actor): Promise<TeleworkEntry>;
}

/**
 * What a team's version digests besides the ledger's rows: who is in the team and its rules (from
 * the organisation file), and from which day on the rows count.
 */
export interface TeamVersionFacts {
  memberIds: PersonId[];
  rules: unknown;
  /** Rows before this day are left out: only what can still be planned counts. */
  since: LocalDate;
}

/**
 * A team's planning as one change sees it: reads and writes inside the transaction that holds the
 * team's lock. `version` digests what the team's coverage reads (its duties and its members'
 * active entries from `since` on), so two equal versions mean the same coverage, whichever server
 * instance computed them; any duty or entry change of a member changes it.
 */
export interface TeamPlanningUnit {
  version(facts: TeamVersionFacts): Promise<string>;
  /** The dated crises: their days keep only the crisis rules' minimums. */
  crisisPeriods(): Promise<CrisisPeriod[]>;
  /** The approved crisis loans, with their crisis's days: who counts for which team when. */
  loans(): Promise<LoanDays[]>;
  activeEntries(personIds: PersonId[], from: LocalDate, to: LocalDate): Promise<TeleworkEntry[]>;
  duties(teamIds: TeamId[], from: LocalDate, to: LocalDate): Promise<PermanenceDuty[]>;
  getDuty(dutyId: string): Promise<PermanenceDuty | undefined>;
  /** A duty of this unit's team; writes its calendar changes to the outbox and the audit trail. */
  assignDuty(duty: Omit<PermanenceDuty, 'id' | 'status' | 'teamId'>, actor: Actor): Promise<PermanenceDuty>;
  cancelDuty(dutyId: string, actor: Actor): Promise<PermanenceDuty>;
}

/**
 * A crisis loan asked or decided inside the transaction that holds the lent person's lock, the
 * teams' (borrowing and own) and the months lock shared: the checks read what the write changes.
 */
export interface LoanUnitOfWork {
  crisisPeriods(): Promise<CrisisPeriod[]>;
  /** Every loan of the crisis, any status. */
  loans(crisisId: string): Promise<CrisisLoan[]>;
  getLoan(loanId: string): Promise<CrisisLoan | undefined>;
  /** A loan of the scope's person only; the store gives its id. */
  insertLoan(loan: Omit<CrisisLoan, 'id'>): Promise<CrisisLoan>;
  /**
   * asked → approved or rejected (a loan of the scope's person only). An approval also queues the
   * lent person's card ('lent'), in the same transaction.
   */
  decide(
    loanId: string,
    decision: Pick<CrisisLoan, 'reason'> & {
      status: 'approved' | 'rejected';
      decidedBy: PersonId;
      decidedAt: string;
    },
  ): Promise<CrisisLoan>;
}

/**
 * The ledger. Every method is one transaction: it applies entirely or not at all.
 * Implemented on SQLite and PostgreSQL by adapters/store.
 */
export interface LedgerStore {
  /**
   * Reads, decides and writes in one transaction that holds the locks of `scope`: two decisions
   * on the same person or on people of one team run one after the other, so together they never
   * accept more than they would one at a time. Whatever `work` throws rolls everything back.
   * Use cases that apply a policy go through here, never through `recordEntry` below.
   */
  decideAndRecord<T>(scope: DecisionScope, work: (unit: LedgerUnitOfWork) => Promise<T>): Promise<T>;

  /**
   * Reads and changes one team's duties in one transaction under the team's lock (the lock every
   * decision on a member's telework and every duty write of the team holds), so a version checked
   * inside `work` stays true until its writes commit. Whatever `work` throws rolls everything back.
   */
  planTeam<T>(teamId: TeamId, work: (unit: TeamPlanningUnit) => Promise<T>): Promise<T>;

  /**
   * Records a declaration decided elsewhere (imports, tests), under the person's lock only: it
   * does not hold the teams' locks, so a policy decision must use `decideAndRecord`.
   * Idempotent: if an active entry of the person already covers the requested part of the day,
   * returns it with created = false. A full day over an active half day replaces the half day
   * (cancelled, reason REPLACED).
   */
  recordEntry(entry: NewEntry, actor: Actor): Promise<RecordResult>;
  /** pending → accepted (approved) or refused (rejected). */
  decideEntry(
    entryId: string,
    decision: 'approved' | 'rejected',
    reason: string,
    actor: Actor,
  ): Promise<TeleworkEntry>;
  /** accepted or pending → cancelled. */
  cancelEntry(entryId: string, reason: string, actor: Actor): Promise<TeleworkEntry>;
  getEntry(entryId: string): Promise<TeleworkEntry | undefined>;
  /** Active (accepted or pending) entries of these people between two dates, both included. */
  activeEntries(personIds: PersonId[], from: LocalDate, to: LocalDate): Promise<TeleworkEntry[]>;
  history(entryId: string): Promise<LedgerEvent[]>;

  assignDuty(duty: Omit<PermanenceDuty, 'id' | 'status'>, actor: Actor): Promise<PermanenceDuty>;
  cancelDuty(dutyId: string, actor: Actor): Promise<PermanenceDuty>;
  duties(teamIds: TeamId[], from: LocalDate, to: LocalDate): Promise<PermanenceDuty[]>;

  /** The dated crises, oldest first. */
  crisisPeriods(): Promise<CrisisPeriod[]>;
  /** The approved crisis loans of every crisis, with their crisis's days (as the unit's `loans`). */
  loans(): Promise<LoanDays[]>;
  /**
   * Starts a crisis on `from`, under the crisis lock: CRISIS_OVERLAPS when another crisis holds
   * that day or a later one (two concurrent starts: one wins, the other gets it). Queues the
   * crisis card for everyone who installed the app, and for each of `managers` who did, the card
   * of their teams' coverage (once per manager and crisis).
   */
  startCrisis(
    input: { from: LocalDate; reason: string; managers?: PersonId[] },
    actor: Actor,
  ): Promise<CrisisPeriod>;
  /** Ends the crisis under way on `to` (included): NO_CRISIS_UNDER_WAY, CRISIS_ENDS_BEFORE_START. */
  endCrisis(input: { to: LocalDate }, actor: Actor): Promise<CrisisPeriod>;
  /** The loans of a crisis, any status, oldest first. */
  crisisLoans(crisisId: string): Promise<CrisisLoan[]>;
  getLoan(loanId: string): Promise<CrisisLoan | undefined>;
  /**
   * Asks or decides a loan in one transaction under the locks of `scope` (the lent person, then
   * the borrowing team and the person's own teams, then the months shared): two asks or decisions
   * on one person run one after the other, and a crisis cannot start or end in between.
   */
  decideLoan<T>(scope: DecisionScope, work: (unit: LoanUnitOfWork) => Promise<T>): Promise<T>;

  /** Freezes the month: what counts in it from now on is what counted at closing. */
  closeMonth(month: Month, actor: Actor): Promise<MonthState>;
  closedMonths(): Promise<MonthState[]>;
  /** Days that count in the month: frozen ones for a closed month, accepted entries otherwise. */
  countedDays(month: Month, personIds?: PersonId[]): Promise<CountedDay[]>;
  /** Corrections carried into this month. */
  corrections(month: Month, personIds?: PersonId[]): Promise<Correction[]>;
}
