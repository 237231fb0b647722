import type { LocalDate } from '../calendar/local-date.js';
import type { CalendarEvent, CalendarTag, EventTiming } from './calendar-event.js';

/**
 * The calendars of Microsoft 365 as the product needs them, owned by the core: the adapter
 * (adapters/graph) speaks Graph behind it, and nothing of Graph's shapes comes through.
 *
 * Mailboxes are addressed by the person's directory id or a shared mailbox's address.
 */
export type CalendarOperation =
  /** `idempotencyKey` is the same for every retry of one create: the provider de-duplicates on it. */
  | { kind: 'create'; mailbox: string; event: CalendarEvent; idempotencyKey: string }
  /**
   * `etag`: the version of the event we last knew; given, the provider refuses the write when the
   * event changed since (someone edited it in Outlook) and the outcome is `conflict`.
   */
  | { kind: 'update'; mailbox: string; eventId: string; event: CalendarEvent; etag?: string }
  | { kind: 'delete'; mailbox: string; eventId: string; etag?: string }
  /** The ids of the events that carry this tag in the mailbox (normally none or one). */
  | { kind: 'find'; mailbox: string; tag: CalendarTag };

export type CalendarOutcome =
  /** `etag`: the version the write left (create, update), when the provider said. */
  | { result: 'done'; eventId?: string; etag?: string; found?: string[] }
  /** The event does not exist (any more): an update or a delete found nothing. */
  | { result: 'not-found' }
  /** The event changed since the version named by `etag`: nothing was written. Read it again. */
  | { result: 'conflict'; reason: string }
  /**
   * Worth trying again later: throttled, unavailable, the connection dropped. `applied` says
   * whether the operation may have been carried out all the same (a lost answer); `suspect`
   * marks an answer that did not follow the provider's contract, retried a few times only.
   */
  | { result: 'retry'; reason: string; afterMs?: number; applied: 'no' | 'maybe'; suspect?: boolean }
  /** Trying again will not help: no such mailbox, access denied, a request the provider refuses. */
  | { result: 'failed'; reason: string; mailboxMissing?: boolean };

/** Where to continue reading a calendar's changes. Opaque: stored and given back as it is. */
export type ChangeCursor = string;

export type CalendarChange =
  | { eventId: string; removed: true }
  | { eventId: string; removed: false; timing: EventTiming; etag?: string };

/** An event as it is now: when, and its version (etag) when the provider gave it. */
export interface EventState {
  timing: EventTiming;
  etag?: string;
}

export interface CalendarChangePage {
  changes: CalendarChange[];
  /** `more`: read the next page at once; otherwise the cursor of the next round, later. */
  next: { more: boolean; cursor: ChangeCursor };
}

export class CalendarReadError extends Error {
  constructor(
    message: string,
    /** `resync`: the cursor is no longer valid; start again from a window. */
    readonly kind: 'retry' | 'failed' | 'resync',
    readonly afterMs?: number,
  ) {
    super(message);
    this.name = 'CalendarReadError';
  }
}

export interface CalendarGateway {
  /** How many operations one `send` carries at most. */
  readonly maxOperationsPerSend: number;
  /**
   * Carries out the operations in one round trip and answers one outcome each, in order. Never
   * throws for an operation's failure: a whole-call failure is the same outcome for each.
   */
  send(operations: CalendarOperation[]): Promise<CalendarOutcome[]>;
  /**
   * One page of the changes to the events of a mailbox between two dates (Europe/Brussels,
   * both included), from the start or from a cursor. Throws CalendarReadError.
   */
  readChanges(
    mailbox: string,
    from: { window: { from: LocalDate; to: LocalDate } } | { cursor: ChangeCursor },
  ): Promise<CalendarChangePage>;
  /** When an event is now, and its version; undefined when it no longer exists. Throws CalendarReadError. */
  readEvent(mailbox: string, eventId: string): Promise<EventState | undefined>;
}
