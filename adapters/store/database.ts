import type { ColumnType } from 'kysely';
import type { DayPart, HalfDay, LocalDate, Month } from '../../core/calendar/local-date.js';
import type { EntryStatus, LedgerAction, Source } from '../../core/ledger/ledger.js';
import type { PersonId, TeamId } from '../../core/organisation/organisation.js';
import type { TeleworkKind } from '../../core/policy/decision.js';

// The tables as Kysely sees them. Dates, months and instants are text on both backends so that
// SQLite and PostgreSQL compare, sort and return them identically ('YYYY-MM-DD' sorts as a date).
// JSON is text too: SQLite has no JSON type and nothing queries inside it.

export interface EntriesTable {
  id: string;
  person_id: PersonId;
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  status: EntryStatus;
  reason: string;
  /** JSON array of person ids. */
  approvers: string;
  created_at: string;
  updated_at: string;
}

export interface LedgerEventsTable {
  /**
   * Insertion order. `at` comes from the caller's clock and two events can share it (a full day
   * replacing half days in one transaction); `seq` breaks the tie in the order things happened.
   * Written by the database only; PostgreSQL returns it as a string (bigint).
   */
  seq: ColumnType<number | string, never, never>;
  id: string;
  action: LedgerAction;
  entry_id: string | null;
  duty_id: string | null;
  actor_id: PersonId;
  source: Source;
  at: string;
  reason: string;
  /** JSON object. */
  details: string;
}

export interface DutiesTable {
  id: string;
  team_id: TeamId;
  person_id: PersonId;
  date: LocalDate;
  half: HalfDay;
  status: 'assigned' | 'cancelled';
  created_at: string;
  updated_at: string;
}

export interface MonthsTable {
  month: Month;
  closed_at: string;
  closed_by: PersonId;
}

/** The accepted entries of a month as they were when it was closed. */
export interface MonthCountedDaysTable {
  month: Month;
  entry_id: string;
  person_id: PersonId;
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
}

export interface CorrectionsTable {
  id: string;
  entry_id: string;
  person_id: PersonId;
  entry_date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  delta_halves: number;
  original_month: Month;
  applied_month: Month;
  created_at: string;
}

export interface Database {
  entries: EntriesTable;
  ledger_events: LedgerEventsTable;
  duties: DutiesTable;
  months: MonthsTable;
  month_counted_days: MonthCountedDaysTable;
  corrections: CorrectionsTable;
}
