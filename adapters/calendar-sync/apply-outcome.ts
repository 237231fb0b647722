import type { CalendarOutcome } from '../../core/calendar-sync/calendar-gateway.js';
import { digestOf, eventGone, type RowWork, type Step } from './reconcile-plan.js';

/** What becomes of a row after one answer: another step, a retry later, or parked. */
export type Verdict =
  | { kind: 'continue' }
  /** The event changed in Outlook since the version we named: read it and bring it in first. */
  | { kind: 'conflict'; reason: string }
  | { kind: 'retry'; reason: string; afterMs?: number; suspect: boolean; mailbox: string }
  | { kind: 'park'; reason: string };

type SentStep = Exclude<Step, { kind: 'finished' }>;

function retry(outcome: Extract<CalendarOutcome, { result: 'retry' }>, mailbox: string): Verdict {
  return {
    kind: 'retry',
    reason: outcome.reason,
    ...(outcome.afterMs === undefined ? {} : { afterMs: outcome.afterMs }),
    suspect: outcome.suspect === true,
    mailbox,
  };
}

/**
 * Records in `work.mapping` what the answer proves about the calendar, and says what happens to
 * the row. Only confirmed facts change the mapping: a create that may have happened keeps
 * `createPending`, so the next try looks before it creates.
 */
export function applyOutcome(work: RowWork, step: SentStep, outcome: CalendarOutcome): Verdict {
  const mailbox = step.operation.mailbox;
  if (outcome.result === 'retry') {
    if (step.kind === 'create' && outcome.applied === 'no')
      work.mapping = { ...work.mapping, createPending: false };
    return retry(outcome, mailbox);
  }
  if (outcome.result === 'conflict') {
    if (step.kind === 'update' || step.kind === 'delete') return { kind: 'conflict', reason: outcome.reason };
    return { kind: 'park', reason: outcome.reason };
  }
  // Nothing to remove from a mailbox that does not exist (any more).
  const nothingThere =
    outcome.result === 'not-found' || (outcome.result === 'failed' && outcome.mailboxMissing === true);
  switch (step.kind) {
    case 'find': {
      const wanted = work.want !== undefined && work.want.mailbox === work.mapping.mailbox;
      if (outcome.result === 'done') {
        const found = outcome.found ?? [];
        const keep = wanted ? found[0] : undefined;
        // The version of a found event is not known: the next write to it is unconditional.
        work.mapping = {
          ...work.mapping,
          createPending: false,
          ...(keep ? { eventId: keep, etag: null } : {}),
        };
        work.strays = keep ? found.slice(1) : found;
        work.strayMailbox = work.mapping.mailbox;
        return { kind: 'continue' };
      }
      if (nothingThere && !wanted) {
        work.mapping = { ...work.mapping, createPending: false };
        return { kind: 'continue' };
      }
      return { kind: 'park', reason: reasonOf(outcome) };
    }
    case 'create':
      if (outcome.result === 'done' && outcome.eventId) {
        work.mapping = {
          ...work.mapping,
          eventId: outcome.eventId,
          createPending: false,
          etag: outcome.etag ?? null,
        };
        return { kind: 'continue' };
      }
      // Refused outright (a missing mailbox, a body Graph rejects): nothing was created.
      work.mapping = { ...work.mapping, createPending: false };
      return { kind: 'park', reason: reasonOf(outcome) };
    case 'update':
      if (outcome.result === 'done' && work.want) {
        work.mapping = { ...work.mapping, bodyHash: digestOf(work.want.event), etag: outcome.etag ?? null };
        return { kind: 'continue' };
      }
      // Deleted in Outlook meanwhile: the deletion is taken in like one the change poller
      // sees (a telework day or a team's duty is cancelled, a duty in a person's calendar comes
      // back), then the row is planned again.
      if (outcome.result === 'not-found')
        return {
          kind: 'conflict',
          reason: `${step.operation.mailbox}: the event was deleted in Outlook meanwhile`,
        };
      return { kind: 'park', reason: reasonOf(outcome) };
    case 'delete':
      if (outcome.result === 'done' || nothingThere) {
        work.mapping = eventGone(work.mapping);
        return { kind: 'continue' };
      }
      return { kind: 'park', reason: reasonOf(outcome) };
    case 'delete-stray':
      if (outcome.result === 'done' || nothingThere) {
        work.strays = work.strays.slice(1);
        return { kind: 'continue' };
      }
      return { kind: 'park', reason: reasonOf(outcome) };
  }
}

function reasonOf(outcome: CalendarOutcome): string {
  if (outcome.result === 'failed' || outcome.result === 'retry' || outcome.result === 'conflict')
    return outcome.reason;
  if (outcome.result === 'not-found')
    return 'Graph answered 404 ErrorItemNotFound where an event was not expected';
  return 'Graph confirmed the request without the data it documents';
}
