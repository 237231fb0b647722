import type {
  CalendarGateway,
  CalendarOperation,
  CalendarOutcome,
} from '../../core/calendar-sync/calendar-gateway.js';
import { BATCH_LIMIT, type BatchItem, type BatchItemAnswer, isAnswer, sendBatch } from './graph-batch.js';
import { readCalendarChanges, readEventState } from './graph-calendar-reads.js';
import { createBody, tagFilter, updateBody } from './graph-event-body.js';
import type { GraphHttp } from './graph-http.js';
import { errorOf, failureOutcome, isObject } from './graph-reply.js';

const user = (mailbox: string) => `/users/${encodeURIComponent(mailbox)}`;
const event = (mailbox: string, eventId: string) => `${user(mailbox)}/events/${encodeURIComponent(eventId)}`;

function toItem(operation: CalendarOperation, id: string): BatchItem {
  switch (operation.kind) {
    case 'create':
      return {
        id,
        method: 'POST',
        url: `${user(operation.mailbox)}/events`,
        body: createBody(operation.event, operation.idempotencyKey),
      };
    case 'update':
      return {
        id,
        method: 'PATCH',
        url: event(operation.mailbox, operation.eventId),
        body: updateBody(operation.event),
        ...ifMatch(operation.etag),
      };
    case 'delete':
      return {
        id,
        method: 'DELETE',
        url: event(operation.mailbox, operation.eventId),
        ...ifMatch(operation.etag),
      };
    case 'find': {
      const filter = encodeURIComponent(tagFilter(operation.tag));
      return {
        id,
        method: 'GET',
        url: `${user(operation.mailbox)}/events?$filter=${filter}&$select=id&$top=50`,
      };
    }
  }
}

/** Only the version we knew may be overwritten: Outlook answers 412 when the event changed since. */
function ifMatch(etag: string | undefined): { headers?: Record<string, string> } {
  return etag === undefined ? {} : { headers: { 'If-Match': etag } };
}

/** The version an answer carries: @odata.etag as Graph writes it on every event. */
function etagOf(body: unknown): { etag?: string } {
  const etag = isObject(body) ? body['@odata.etag'] : undefined;
  return typeof etag === 'string' && etag !== '' ? { etag } : {};
}

const WHAT: Record<CalendarOperation['kind'], string> = {
  create: 'create event',
  update: 'update event',
  delete: 'delete event',
  find: 'find tagged events',
};

/** One item's answer, checked against what Graph documents for the operation. */
function outcomeOf(operation: CalendarOperation, answer: BatchItemAnswer, nowMs: number): CalendarOutcome {
  const what = `${WHAT[operation.kind]} in ${operation.mailbox}`;
  // 412 ErrorIrresolvableConflict: the If-Match we sent names an older version of the event.
  // Without If-Match a 412 is a passing hiccup of Exchange, retried like any other.
  if (answer.status === 412 && (operation.kind === 'update' || operation.kind === 'delete') && operation.etag)
    return {
      result: 'conflict',
      reason: `${what}: the event changed in Outlook since we last read it (412 ${errorOf(answer.body)?.code ?? ''})`,
    };
  if (answer.status >= 300)
    return failureOutcome(answer.status, answer.body, answer.headers, {
      mailbox: operation.mailbox,
      what,
      nowMs,
    });
  const suspect = (problem: string): CalendarOutcome => ({
    result: 'retry',
    reason: `${what}: Graph answered ${answer.status} ${problem}`,
    applied: operation.kind === 'find' ? 'no' : 'maybe',
    suspect: true,
  });
  const body = answer.body;
  switch (operation.kind) {
    case 'create':
      if (!isObject(body) || typeof body.id !== 'string' || body.id === '')
        return suspect('without the event id');
      return { result: 'done', eventId: body.id, ...etagOf(body) };
    case 'update':
      // PATCH answers 200 with the event; 204 is accepted too.
      if (answer.status !== 204 && (!isObject(body) || typeof body.id !== 'string'))
        return suspect('without the event');
      return { result: 'done', ...etagOf(body) };
    case 'delete':
      return { result: 'done' };
    case 'find': {
      if (!isObject(body) || !Array.isArray(body.value)) return suspect('without a value array');
      const ids = body.value.map((item) => (isObject(item) ? item.id : undefined));
      if (!ids.every((id): id is string => typeof id === 'string'))
        return suspect('with an event without id');
      return { result: 'done', found: ids };
    }
  }
}

/**
 * The calendar gateway on Microsoft Graph: writes go in $batch requests of up to 20, reads
 * (calendarView/delta, one event) one by one. Per-item failures come back as outcomes; the
 * outbox worker decides what to retry, when, and what to park.
 */
export function graphCalendarGateway(
  http: GraphHttp,
  options: { now?: () => number; pageSize?: number } = {},
): CalendarGateway {
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? 100;
  return {
    maxOperationsPerSend: BATCH_LIMIT,
    async send(operations) {
      if (operations.length === 0) return [];
      const items = operations.map((operation, index) => toItem(operation, String(index + 1)));
      const result = await sendBatch(http, items, now());
      if (result.kind === 'failed') return operations.map(() => result.outcome);
      return operations.map((operation, index) => {
        const answer = result.answers.get(String(index + 1));
        if (!answer) throw new Error('sendBatch answers every item');
        return isAnswer(answer) ? outcomeOf(operation, answer, now()) : answer;
      });
    },
    readChanges: (mailbox, from) => readCalendarChanges(http, mailbox, from, { pageSize, nowMs: now() }),
    readEvent: (mailbox, eventId) => readEventState(http, mailbox, eventId, now()),
  };
}
