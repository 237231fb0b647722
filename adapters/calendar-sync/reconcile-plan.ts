import { createHash } from 'node:crypto';
import type { CalendarEvent, Placement } from '../../core/calendar-sync/calendar-event.js';
import type { CalendarOperation } from '../../core/calendar-sync/calendar-gateway.js';
import type { EventMapping, OutboxRow } from './calendar-sync-store.js';

/**
 * One outbox row being worked on: what the ledger wants now (`want`, read when the row was
 * taken, never from the row itself, so an old or repeated row does no harm) and what the
 * provider is known to hold (`mapping`).
 */
export interface RowWork {
  row: OutboxRow;
  want: Placement | undefined;
  mapping: EventMapping;
  /** Events found carrying our tag that must go: duplicates, or creates no longer wanted. */
  strays: string[];
  strayMailbox: string;
}

export type Step =
  | { kind: 'finished' }
  | { kind: 'find' | 'create' | 'update' | 'delete' | 'delete-stray'; operation: CalendarOperation };

/** Bump to rewrite every event once, e.g. after changing how events are written. */
const DIGEST_VERSION = '1';

export function digestOf(event: CalendarEvent): string {
  return createHash('sha256')
    .update(`${DIGEST_VERSION}${JSON.stringify(event)}`)
    .digest('base64url')
    .slice(0, 22);
}

/** Same key for every retry of one create: the provider de-duplicates on it (transactionId). */
export function idempotencyKey(mapping: EventMapping, mailbox: string): string {
  return `${mapping.kind}:${mapping.entityId}:${mapping.target}:${mailbox}:${mapping.generation}`;
}

/**
 * The next request that brings the calendar closer to the ledger, or `finished`:
 * 1. strays first (found by tag and not to keep);
 * 2. a create that was sent and never confirmed: look for it by tag before anything else (its
 *    answer may have been lost; transactionId would de-duplicate a second create too, but Graph
 *    does not document how long it remembers, and a lookup also catches duplicates);
 * 3. an event in a mailbox where it should no longer be: delete it;
 * 4. no event wanted: finished;
 * 5. an event that exists: update it if what we would write changed, else finished;
 *    updates and deletes carry the etag last known, so a change made in Outlook meanwhile is
 *    refused (conflict) rather than overwritten;
 * 6. otherwise create it.
 */
export function nextStep(work: RowWork): Step {
  const { want, mapping } = work;
  const stray = work.strays[0];
  if (stray !== undefined)
    return {
      kind: 'delete-stray',
      operation: { kind: 'delete', mailbox: work.strayMailbox, eventId: stray },
    };
  if (mapping.createPending)
    return {
      kind: 'find',
      operation: {
        kind: 'find',
        mailbox: mapping.mailbox,
        tag: { kind: mapping.kind, id: mapping.entityId },
      },
    };
  if (mapping.eventId !== null && (!want || want.mailbox !== mapping.mailbox))
    return {
      kind: 'delete',
      operation: { kind: 'delete', mailbox: mapping.mailbox, eventId: mapping.eventId, ...version(mapping) },
    };
  if (!want) return { kind: 'finished' };
  if (mapping.eventId !== null) {
    if (mapping.bodyHash === digestOf(want.event)) return { kind: 'finished' };
    return {
      kind: 'update',
      operation: {
        kind: 'update',
        mailbox: want.mailbox,
        eventId: mapping.eventId,
        event: want.event,
        ...version(mapping),
      },
    };
  }
  return {
    kind: 'create',
    operation: {
      kind: 'create',
      mailbox: want.mailbox,
      event: want.event,
      idempotencyKey: idempotencyKey(mapping, want.mailbox),
    },
  };
}

/**
 * Updates and deletes name the version of the event we last knew (If-Match): a change made in
 * Outlook since then is refused by the provider instead of being overwritten, and read first.
 */
function version(mapping: EventMapping): { etag?: string } {
  return mapping.etag === null ? {} : { etag: mapping.etag };
}

/** A confirmed event is gone: the next create must not be taken for the old one. */
export function eventGone(mapping: EventMapping): EventMapping {
  return { ...mapping, eventId: null, bodyHash: null, etag: null, generation: mapping.generation + 1 };
}

/** No mapping yet: nothing was ever sent for this item. */
export function blankMapping(row: OutboxRow, mailbox: string): EventMapping {
  return {
    kind: row.kind,
    entityId: row.entityId,
    target: row.target,
    mailbox,
    eventId: null,
    generation: 0,
    createPending: false,
    bodyHash: null,
    etag: null,
  };
}
