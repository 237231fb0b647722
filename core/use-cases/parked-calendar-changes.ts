import type { Caller } from '../access/caller.js';
import { requireRole } from '../access/tally-access.js';

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

/** Once the cause is fixed (the mailbox exists, the access is granted), the admin sends them again. */
export async function requeueParkedCalendarChanges(
  deps: { calendarSync: Pick<ParkedCalendarChanges, 'requeue'> },
  caller: Caller,
  ids: string[] | 'all',
): Promise<number> {
  requireRole(caller, 'Admin', 'Sending parked calendar changes again');
  return deps.calendarSync.requeue(ids);
}
