import type {
  CalendarGateway,
  CalendarOperation,
  CalendarOutcome,
} from '../../core/calendar-sync/calendar-gateway.js';
import { BATCH_LIMIT, type BatchItem, type BatchItemAnswer, isAnswer, sendBatch } from './graph-batch.js';
import { readCalendarChanges, readEventTiming } from './graph-calendar-reads.js';
import { createBody, tagFilter, updateBody } from './graph-event-body.js';
import type { GraphHttp } from './graph-http.js';
import { failureOutcome, isObject } from './graph-reply.js';

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
      };
    case 'delete':
      return { id, method: 'DELETE', url: event(operation.mailbox, operation.eventId) };
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

const WHAT: Record<CalendarOperation['kind'], string> = {
  create: 'create event',
  update: 'update event',
  delete: 'delete event',
  find: 'find tagged events',
};

/** One item's answer, checked against what Graph documents for the operation. */
function outcomeOf(operation: CalendarOperation, answer: BatchItemAnswer, nowMs: number): CalendarOutcome {
  const what = `${WHAT[operation.kind]} in ${operation.mailbox}`;
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
      return { result: 'done', eventId: body.id };
    case 'update':
      // PATCH answers 200 with the event; 204 is accepted too.
      if (answer.status !== 204 && (!isObject(body) || typeof body.id !== 'string'))
        return suspect('without the event');
      return { result: 'done' };
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
    readEvent: (mailbox, eventId) => readEventTiming(http, mailbox, eventId, now()),
  };
}
