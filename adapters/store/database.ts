import type { ColumnType, Generated } from 'kysely';
import type { DayPart, HalfDay, LocalDate, Month } from '../../core/calendar/local-date.js';
import type { EntryStatus, LedgerAction, Source } from '../../core/ledger/ledger.js';
import type { PersonId, TeamId } from '../../core/organisation/organisation.js';
import type { TeleworkKind } from '../../core/policy/decision.js';
import type { CrisisNoticeChange } from '../../core/use-cases/send-crisis-notices.js';

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
  /** 1: paid by the crisis rule (a crisis day when the month was closed). */
  crisis: Generated<number>;
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
  /** 1: the day counts (or stops counting) under the crisis rule. */
  crisis: Generated<number>;
}

/**
 * One row per ledger item and calendar (the person's or the team's): "make this calendar show
 * that item as the ledger has it now". Written in the ledger change's own transaction; a newer
 * change bumps `version` so a worker holding the row knows its work is stale.
 */
export interface CalendarOutboxTable {
  id: string;
  entity_kind: 'entry' | 'duty';
  entity_id: string;
  target: 'person' | 'team';
  version: number;
  status: 'pending' | 'done' | 'parked';
  /** Failed tries since the last change; drives the backoff. */
  attempts: number;
  /** Of those, answers in a row that broke Graph's contract; 5 park the row. */
  suspect_attempts: Generated<number>;
  due_at: string;
  /** A worker's lease: nobody else takes the row before this instant. */
  claimed_until: string | null;
  claimed_by: string | null;
  last_error: string | null;
  parked_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Which event in which mailbox shows a ledger item, as far as the provider confirmed it. */
export interface CalendarEventsTable {
  entity_kind: 'entry' | 'duty';
  entity_id: string;
  target: 'person' | 'team';
  mailbox: string;
  event_id: string | null;
  /** Bumped each time a confirmed event is gone, so the next create has a fresh idempotency key. */
  generation: number;
  /** 1 while a create was sent and not confirmed: the event may exist without us knowing its id. */
  create_pending: number;
  /** Hash of the event as last sent: an unchanged event needs no request. */
  body_hash: string | null;
  /** The event's @odata.etag as last read or written: sent in If-Match. Null when unknown. */
  etag: string | null;
  updated_at: string;
}

/** Where each mailbox's change feed (delta query) continues. */
export interface CalendarDeltaLinksTable {
  mailbox: string;
  cursor: string;
  window_from: string;
  window_to: string;
  updated_at: string;
}

/** A round of a mailbox's change feed under way: the nextLink of the last page applied. */
export interface CalendarDeltaRoundsTable {
  mailbox: string;
  next_link: string;
  window_from: string;
  window_to: string;
  /** 1 for a full round (from the window): its snapshot is compared with the event map. */
  full_round: number;
  updated_at: string;
}

/** Our events the full round under way has listed so far, per mailbox. */
export interface CalendarDeltaSeenTable {
  mailbox: string;
  event_id: string;
}

/**
 * A dated crisis (business continuity plan) with who started and ended it, and when. Kept apart
 * from ledger_events, whose actions are a closed list checked by the database.
 */
export interface CrisisPeriodsTable {
  id: string;
  from_date: LocalDate;
  /** Null while the crisis lasts. */
  to_date: LocalDate | null;
  reason: string;
  started_by: PersonId;
  started_at: string;
  ended_by: PersonId | null;
  ended_at: string | null;
  source: Source;
}

/** A crisis card to send to one person: pending until sent, failed after too many tries. */
export interface CrisisNoticesTable {
  id: string;
  crisis_id: string;
  change: CrisisNoticeChange;
  person_id: PersonId;
  status: 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  due_at: string;
  claimed_until: string | null;
  claimed_by: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface CrisisLoansTable {
  id: string;
  crisis_id: string;
  person_id: PersonId;
  team_id: TeamId;
  function: string;
  status: 'asked' | 'approved' | 'rejected';
  asked_by: PersonId;
  asked_at: string;
  decided_by: PersonId | null;
  decided_at: string | null;
  reason: Generated<string>;
}

export interface Database {
  entries: EntriesTable;
  ledger_events: LedgerEventsTable;
  duties: DutiesTable;
  months: MonthsTable;
  month_counted_days: MonthCountedDaysTable;
  corrections: CorrectionsTable;
  calendar_outbox: CalendarOutboxTable;
  calendar_events: CalendarEventsTable;
  calendar_delta_links: CalendarDeltaLinksTable;
  calendar_delta_rounds: CalendarDeltaRoundsTable;
  calendar_delta_seen: CalendarDeltaSeenTable;
  crisis_periods: CrisisPeriodsTable;
  crisis_notices: CrisisNoticesTable;
  crisis_loans: CrisisLoansTable;
}
