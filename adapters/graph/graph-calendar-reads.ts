import { addDays, type LocalDate } from '../../core/calendar/local-date.js';
import type { EventTiming } from '../../core/calendar-sync/calendar-event.js';
import {
  type CalendarChange,
  type CalendarChangePage,
  CalendarReadError,
  type ChangeCursor,
  type EventState,
} from '../../core/calendar-sync/calendar-gateway.js';
import { IMMUTABLE_IDS } from './graph-batch.js';
import { TIME_ZONE } from './graph-event-body.js';
import { type GraphHttp, type GraphReply, GraphTransportError } from './graph-http.js';
import { errorOf, failureOutcome, GraphAnswerError, isObject, readJson } from './graph-reply.js';
import { timingOf } from './graph-timing.js';

const user = (mailbox: string) => `/users/${encodeURIComponent(mailbox)}`;

/** Every read asks for Brussels times and immutable ids (the ids the event map holds). */
function preferences(pageSize?: number): Record<string, string> {
  const prefer = [`outlook.timezone="${TIME_ZONE}"`, IMMUTABLE_IDS];
  if (pageSize) prefer.unshift(`odata.maxpagesize=${pageSize}`);
  return { Prefer: prefer.join(', ') };
}

async function get(http: GraphHttp, target: string, headers: Record<string, string>): Promise<GraphReply> {
  try {
    return await http.request('GET', target, { headers });
  } catch (error) {
    if (error instanceof GraphTransportError) throw new CalendarReadError(error.message, 'retry');
    if (error instanceof GraphAnswerError) throw new CalendarReadError(error.message, 'failed');
    throw error;
  }
}

function body(reply: GraphReply, what: string): unknown {
  try {
    return readJson(reply.status, reply.headers['content-type'], reply.text);
  } catch (error) {
    if (!(error instanceof GraphAnswerError)) throw error;
    if (reply.status >= 400) return undefined;
    throw new CalendarReadError(`${what}: ${error.message}`, 'retry');
  }
}

function readFailure(
  reply: GraphReply,
  parsed: unknown,
  mailbox: string,
  what: string,
  nowMs: number,
): never {
  const error = errorOf(parsed);
  // An expired or unreadable sync state: Graph wants a new round from the start (410, or 400
  // ErrorInvalidSyncStateData / SyncStateNotFound).
  if (reply.status === 410 || /SyncState/i.test(error?.code ?? ''))
    throw new CalendarReadError(`${what}: ${error?.code ?? reply.status}: start again`, 'resync');
  const outcome = failureOutcome(reply.status, parsed, reply.headers, { mailbox, what, nowMs });
  if (outcome.result === 'retry') throw new CalendarReadError(outcome.reason, 'retry', outcome.afterMs);
  if (outcome.result === 'failed') throw new CalendarReadError(outcome.reason, 'failed');
  throw new CalendarReadError(`${what}: ${reply.status}`, 'failed');
}

/**
 * One page of calendarView/delta. The first request names the window (startDateTime and
 * endDateTime, UTC, a day of margin on each side of the Brussels dates); the next ones replay the
 * nextLink or deltaLink Graph gave, whole, as the documentation asks. Page size only through
 * `Prefer: odata.maxpagesize` ($top is refused on delta).
 */
export async function readCalendarChanges(
  http: GraphHttp,
  mailbox: string,
  from: { window: { from: LocalDate; to: LocalDate } } | { cursor: ChangeCursor },
  options: { pageSize: number; nowMs: number },
): Promise<CalendarChangePage> {
  const what = `changes of ${mailbox}`;
  const target =
    'cursor' in from
      ? from.cursor
      : `${user(mailbox)}/calendarView/delta?startDateTime=${addDays(from.window.from, -1)}T00:00:00Z&endDateTime=${addDays(from.window.to, 2)}T00:00:00Z`;
  const reply = await get(http, target, preferences(options.pageSize));
  const parsed = body(reply, what);
  if (reply.status !== 200) readFailure(reply, parsed, mailbox, what, options.nowMs);
  if (!isObject(parsed) || !Array.isArray(parsed.value))
    throw new CalendarReadError(`${what}: Graph answered 200 without a value array`, 'retry');
  const changes: CalendarChange[] = [];
  for (const item of parsed.value) {
    if (!isObject(item) || typeof item.id !== 'string')
      throw new CalendarReadError(`${what}: Graph returned a change without an event id`, 'retry');
    if (item['@removed'] !== undefined) changes.push({ eventId: item.id, removed: true });
    else changes.push({ eventId: item.id, removed: false, timing: timing(item, what), ...etagOf(item) });
  }
  const next = parsed['@odata.nextLink'];
  const delta = parsed['@odata.deltaLink'];
  if (typeof next === 'string') return { changes, next: { more: true, cursor: next } };
  if (typeof delta === 'string') return { changes, next: { more: false, cursor: delta } };
  throw new CalendarReadError(`${what}: Graph answered a page with neither nextLink nor deltaLink`, 'retry');
}

function timing(item: Record<string, unknown>, what: string): EventTiming {
  try {
    return timingOf(item);
  } catch (error) {
    if (error instanceof GraphAnswerError) throw new CalendarReadError(`${what}: ${error.message}`, 'retry');
    throw error;
  }
}

function etagOf(item: Record<string, unknown>): { etag?: string } {
  const etag = item['@odata.etag'];
  return typeof etag === 'string' && etag !== '' ? { etag } : {};
}

/**
 * When an event is now and its version (@odata.etag, which Graph adds to any $select), or
 * undefined when Graph no longer has it (404 ErrorItemNotFound).
 */
export async function readEventState(
  http: GraphHttp,
  mailbox: string,
  eventId: string,
  nowMs: number,
): Promise<EventState | undefined> {
  const what = `event ${eventId} of ${mailbox}`;
  const reply = await get(
    http,
    `${user(mailbox)}/events/${encodeURIComponent(eventId)}?$select=start,end,isAllDay`,
    preferences(),
  );
  const parsed = body(reply, what);
  if (reply.status === 404 && errorOf(parsed)?.code === 'ErrorItemNotFound') return undefined;
  if (reply.status !== 200) readFailure(reply, parsed, mailbox, what, nowMs);
  if (!isObject(parsed)) throw new CalendarReadError(`${what}: Graph answered 200 without an event`, 'retry');
  return { timing: timing(parsed, what), ...etagOf(parsed) };
}
