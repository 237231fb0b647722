import type { Caller } from '../access/caller.js';
import { requireRole } from '../access/tally-access.js';
import { DomainError } from '../errors/error-catalogue.js';

/** A calendar change given up on (mailbox not found, access denied...), with why. */
export interface ParkedCalendarChange {
  id: string;
  kind: 'entry' | 'duty';
  entityId: string;
  target: 'person' | 'team';
  reason: string;
  parkedAt: string;
  attempts: number;
}

export interface ParkedCalendarChanges {
  parked(): Promise<ParkedCalendarChange[]>;
  requeue(ids: string[] | 'all'): Promise<number>;
}

/** An administrator sees what could not reach Outlook and why. */
export async function listParkedCalendarChanges(
  deps: { calendarSync: Pick<ParkedCalendarChanges, 'parked'> },
  caller: Caller,
): Promise<ParkedCalendarChange[]> {
  requireRole(caller, 'Admin', 'Seeing the calendar changes that could not reach Outlook');
  return deps.calendarSync.parked();
}

/**
 * Once the cause is fixed (the mailbox exists, the access is granted), the admin sends them again.
 * An id that is not a parked change (a typo, one already sent again) is refused with
 * UNKNOWN_PARKED_CHANGE and nothing is requeued, rather than a silent count of 0.
 */
export async function requeueParkedCalendarChanges(
  deps: { calendarSync: Pick<ParkedCalendarChanges, 'parked' | 'requeue'> },
  caller: Caller,
  ids: string[] | 'all',
): Promise<number> {
  requireRole(caller, 'Admin', 'Sending parked calendar changes again');
  if (ids !== 'all') {
    const parked = new Set((await deps.calendarSync.parked()).map((change) => change.id));
    const unknown = ids.filter((id) => !parked.has(id));
    if (unknown.length > 0) {
      throw new DomainError('UNKNOWN_PARKED_CHANGE', { ids: unknown.slice(0, 5).join(', ') });
    }
  }
  return deps.calendarSync.requeue(ids);
}
