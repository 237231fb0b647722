import type { Selectable } from 'kysely';
import type {
  Correction,
  CountedDay,
  LedgerEvent,
  MonthState,
  PermanenceDuty,
  TeleworkEntry,
} from '../../core/ledger/ledger.js';
import type {
  CorrectionsTable,
  DutiesTable,
  EntriesTable,
  LedgerEventsTable,
  MonthCountedDaysTable,
  MonthsTable,
} from './database.js';

// Rows to domain objects. The only place that knows column names and JSON-in-text columns.

export function toEntry(row: Selectable<EntriesTable>): TeleworkEntry {
  return {
    id: row.id,
    personId: row.person_id,
    date: row.date,
    part: row.part,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    approvers: JSON.parse(row.approvers) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toEvent(row: Omit<Selectable<LedgerEventsTable>, 'seq'>): LedgerEvent {
  return {
    id: row.id,
    action: row.action,
    entryId: row.entry_id,
    dutyId: row.duty_id,
    actorId: row.actor_id,
    source: row.source,
    at: row.at,
    reason: row.reason,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

export function toDuty(row: Selectable<DutiesTable>): PermanenceDuty {
  return {
    id: row.id,
    teamId: row.team_id,
    personId: row.person_id,
    date: row.date,
    half: row.half,
    status: row.status,
  };
}

export function toMonthState(row: Selectable<MonthsTable>): MonthState {
  return { month: row.month, closedAt: row.closed_at, closedBy: row.closed_by };
}

/** `crisis` -1: an open month's day, whose rule follows the crisis periods. */
export function toCountedDay(row: Omit<Selectable<MonthCountedDaysTable>, 'month'>): CountedDay {
  const day = {
    entryId: row.entry_id,
    personId: row.person_id,
    date: row.date,
    part: row.part,
    kind: row.kind,
  };
  const crisis = Number(row.crisis);
  return crisis === -1 || Number.isNaN(crisis) ? day : { ...day, crisis: crisis === 1 };
}

export function toCorrection(row: Selectable<CorrectionsTable>): Correction {
  return {
    id: row.id,
    entryId: row.entry_id,
    personId: row.person_id,
    entryDate: row.entry_date,
    part: row.part,
    kind: row.kind,
    // SQLite and pg both return integer columns as numbers; Number() guards a driver that would not.
    deltaHalves: Number(row.delta_halves),
    originalMonth: row.original_month,
    appliedMonth: row.applied_month,
    createdAt: row.created_at,
    ...(Number(row.crisis) === 1 ? { crisis: true } : {}),
  };
}
