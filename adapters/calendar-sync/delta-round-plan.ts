import type { LocalDate } from '../../core/calendar/local-date.js';
import type { ChangeCursor } from '../../core/calendar-sync/calendar-gateway.js';
import type { DeltaLink, EventMapping, RoundPlace } from './calendar-sync-store.js';

// The decisions of the change poller, apart from the reads and writes that carry them out.

export interface Window {
  from: LocalDate;
  to: LocalDate;
}

export type RoundStart =
  /** Go on from a link Graph gave: a round under way (nextLink) or the next one (deltaLink). */
  | { kind: 'resume'; cursor: ChangeCursor; full: boolean }
  /** A full round from the window: its snapshot lists every event, and is compared with ours. */
  | { kind: 'full' };

const sameWindow = (link: DeltaLink, window: Window) =>
  link.windowFrom === window.from && link.windowTo === window.to;

/**
 * Where a mailbox's round starts: where the last one stopped (its page cap, an error) if it did,
 * else from the last deltaLink, else (first round, or the window moved) a full round.
 */
export function roundStart(
  window: Window,
  place: RoundPlace | undefined,
  link: DeltaLink | undefined,
): RoundStart {
  if (place && sameWindow(place, window)) return { kind: 'resume', cursor: place.cursor, full: place.full };
  if (link && sameWindow(link, window)) return { kind: 'resume', cursor: link.cursor, full: false };
  return { kind: 'full' };
}

/**
 * After a full round: our events the snapshot did not list although the ledger puts them inside
 * the window. Each was deleted, or moved out of the window, before the round (a change feed
 * starts with what exists, so neither comes back as a change): they are looked up one by one.
 * Items outside the window are not expected in the snapshot; an item the ledger no longer has
 * is left alone.
 */
export function missingFromSnapshot(
  unseen: Array<{ mapping: EventMapping; day: LocalDate | undefined }>,
  window: Window,
): EventMapping[] {
  return unseen
    .filter(({ mapping, day }) => mapping.eventId !== null && day !== undefined)
    .filter(({ day }) => (day as LocalDate) >= window.from && (day as LocalDate) <= window.to)
    .map(({ mapping }) => mapping);
}

/**
 * A read answered 429 or 503 with Retry-After: wait that long and read the same page again,
 * when the wait is short and this page has not waited too often; otherwise stop the round where
 * it is and leave the mailbox alone until the time Graph gave.
 */
export function afterThrottle(
  retryAfterMs: number,
  waitsSoFar: number,
  limits: { maxWaitMs: number; maxWaits: number },
): { kind: 'wait'; ms: number } | { kind: 'stop'; untilMs: number } {
  if (retryAfterMs <= limits.maxWaitMs && waitsSoFar < limits.maxWaits)
    return { kind: 'wait', ms: retryAfterMs };
  return { kind: 'stop', untilMs: retryAfterMs };
}
