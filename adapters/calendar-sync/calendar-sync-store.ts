import type { CalendarTarget } from '../../core/calendar-sync/calendar-event.js';
import type { PermanenceDuty, TeleworkEntry } from '../../core/ledger/ledger.js';

/** A claimed outbox row: reconcile this ledger item in this calendar. */
export interface OutboxRow {
  id: string;
  kind: 'entry' | 'duty';
  entityId: string;
  target: CalendarTarget;
  /** The row's version when claimed: a newer ledger change makes the work stale. */
  version: number;
  /** Failed tries since the last change. */
  attempts: number;
  /** Of those, the last ones in a row whose answer broke Graph's contract. */
  suspectAttempts: number;
}

/** What the provider confirmed about the event of one ledger item in one calendar. */
export interface EventMapping {
  kind: 'entry' | 'duty';
  entityId: string;
  target: CalendarTarget;
  mailbox: string;
  eventId: string | null;
  generation: number;
  /** A create was sent and not confirmed: the event may exist under an id we do not know. */
  createPending: boolean;
  bodyHash: string | null;
  /**
   * The event's etag as we last wrote it or as the ledger last took it in from Outlook; sent in
   * If-Match, so that a change made in Outlook since is read before being overwritten.
   */
  etag: string | null;
}

export interface ParkedRow {
  id: string;
  kind: 'entry' | 'duty';
  entityId: string;
  target: CalendarTarget;
  reason: string;
  parkedAt: string;
  attempts: number;
}

export type Settlement =
  | { row: OutboxRow; outcome: 'done' }
  /** `countAttempt` false for waits that are not failures (a mailbox asked for a pause). */
  | {
      row: OutboxRow;
      outcome: 'retry';
      dueAt: string;
      error: string;
      countAttempt: boolean;
      /** Contract-breaking answers in a row, this one included. */
      suspectAttempts: number;
    }
  /** Set aside with a reason an administrator reads; nothing more happens until re-queued. */
  | { row: OutboxRow; outcome: 'park'; reason: string };

export interface DeltaLink {
  cursor: string;
  windowFrom: string;
  windowTo: string;
}

/** A round of the change feed under way: where it continues, and whether it is a full one. */
export interface RoundPlace extends DeltaLink {
  full: boolean;
}

export function mappingKey(item: { kind: string; entityId: string; target: string }): string {
  return `${item.kind}:${item.entityId}:${item.target}`;
}

/**
 * What the calendar worker and the change poller keep in the database. Implemented with Kysely
 * in adapters/store (the same database and migrations as the ledger).
 */
export interface CalendarSyncStore {
  /** Takes up to `limit` due rows nobody holds, with a lease until `leaseUntil`. */
  claim(input: { now: string; leaseUntil: string; workerId: string; limit: number }): Promise<OutboxRow[]>;
  /**
   * Settles rows this worker holds, all in one transaction: done, retry later, or parked. A row
   * whose version moved meanwhile (a newer ledger change) is only released, due again at once.
   */
  settle(workerId: string, settlements: Settlement[], at: string): Promise<void>;
  /** When the next pending row becomes due (its lease over), or undefined when none waits. */
  nextDueAt(): Promise<string | undefined>;
  parked(): Promise<ParkedRow[]>;
  /** Parked rows (these, or all) back to pending, due at once. Returns how many. */
  requeue(ids: string[] | 'all', at: string): Promise<number>;
  /** Re-arms reconciliation of these items (outside a ledger change: a restore after Outlook). */
  enqueue(
    items: Array<{ kind: 'entry' | 'duty'; id: string; target: CalendarTarget }>,
    at: string,
  ): Promise<void>;

  entries(ids: string[]): Promise<Map<string, TeleworkEntry>>;
  duties(ids: string[]): Promise<Map<string, PermanenceDuty>>;
  /** Keyed by mappingKey. */
  mappings(
    items: Array<Pick<EventMapping, 'kind' | 'entityId' | 'target'>>,
  ): Promise<Map<string, EventMapping>>;
  saveMappings(mappings: EventMapping[], at: string): Promise<void>;
  mappingByEvent(mailbox: string, eventId: string): Promise<EventMapping | undefined>;
  /** Mailboxes holding at least one of our confirmed events: the ones whose changes matter. */
  mailboxesWithEvents(): Promise<string[]>;

  deltaLink(mailbox: string): Promise<DeltaLink | undefined>;
  /** A round finished: the next starts from this deltaLink; the round's place is forgotten. */
  saveDeltaLink(mailbox: string, link: DeltaLink, at: string): Promise<void>;
  /** Start over from the window: forgets the deltaLink and any round under way. */
  dropDeltaLink(mailbox: string): Promise<void>;

  /** The round under way (cut short by its page cap or an error): resumed from its nextLink. */
  roundPlace(mailbox: string): Promise<RoundPlace | undefined>;
  saveRoundPlace(mailbox: string, place: RoundPlace, at: string): Promise<void>;
  /** A full round starts: forgets the place and what an earlier full round had listed. */
  startFullRound(mailbox: string): Promise<void>;
  /** Our events a full round listed (its snapshot), page by page. */
  markSeen(mailbox: string, eventIds: string[]): Promise<void>;
  /** Our confirmed events of the mailbox the full round under way has not listed. */
  unseenMappings(mailbox: string): Promise<EventMapping[]>;
}
