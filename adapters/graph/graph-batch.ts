import type { CalendarOutcome } from '../../core/calendar-sync/calendar-gateway.js';
import { type GraphHttp, GraphTransportError } from './graph-http.js';
import { errorOf, GraphAnswerError, isObject, readJson, retryAfterMs } from './graph-reply.js';

/** JSON batching: at most 20 requests per $batch (learn.microsoft.com/graph/json-batching). */
export const BATCH_LIMIT = 20;

export interface BatchItem {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version: "/users/{id}/events". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchItemAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

/** Per item id its answer, or one outcome for all when the $batch call itself failed. */
export type BatchResult =
  | { kind: 'answers'; answers: Map<string, BatchItemAnswer | CalendarOutcome> }
  | { kind: 'failed'; outcome: CalendarOutcome };

/**
 * Immutable ids: an event's id then survives a move to another folder of the mailbox, so the ids
 * kept in the event map stay valid (learn.microsoft.com/graph/outlook-immutable-id). Sent with
 * every request, since the ids of one kind never match the other.
 */
export const IMMUTABLE_IDS = 'IdType="ImmutableId"';

/**
 * Sends one $batch. Graph answers 200 even when items fail, each item with its own status and
 * headers (a 429 item carries its own Retry-After); answers come in any order and are matched by
 * id. An answer that breaks the contract (not JSON, a 200 carrying an error, an item missing) is
 * a suspect retry: retried a few times, then parked by the worker with the message.
 */
export async function sendBatch(http: GraphHttp, items: BatchItem[], nowMs: number): Promise<BatchResult> {
  if (items.length > BATCH_LIMIT) throw new RangeError(`a $batch carries at most ${BATCH_LIMIT} requests`);
  const requests = items.map((item) => ({
    id: item.id,
    method: item.method,
    url: item.url,
    headers: {
      Prefer: IMMUTABLE_IDS,
      ...(item.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...item.headers,
    },
    ...(item.body === undefined ? {} : { body: item.body }),
  }));
  let reply: Awaited<ReturnType<GraphHttp['request']>>;
  try {
    reply = await http.request('POST', '/$batch', { body: { requests } });
  } catch (error) {
    if (!(error instanceof GraphTransportError)) throw error;
    return {
      kind: 'failed',
      outcome: { result: 'retry', reason: `$batch: ${error.message}`, applied: 'maybe' },
    };
  }
  let body: unknown;
  try {
    body = readJson(reply.status, reply.headers['content-type'], reply.text);
  } catch (error) {
    if (!(error instanceof GraphAnswerError)) throw error;
    return {
      kind: 'failed',
      outcome: callFailure(reply.status, reply.headers, nowMs, `$batch: ${error.message}`),
    };
  }
  if (reply.status !== 200) {
    const graphError = errorOf(body);
    const detail = graphError ? `${graphError.code}: ${graphError.message}` : `HTTP ${reply.status}`;
    return {
      kind: 'failed',
      outcome: callFailure(reply.status, reply.headers, nowMs, `$batch: ${reply.status} ${detail}`),
    };
  }
  const error = errorOf(body);
  if (error)
    return {
      kind: 'failed',
      outcome: suspect(`$batch: Graph answered 200 with an error body: ${error.code}: ${error.message}`),
    };
  if (!isObject(body) || !Array.isArray(body.responses))
    return { kind: 'failed', outcome: suspect('$batch: Graph answered 200 without a responses array') };
  return { kind: 'answers', answers: matchAnswers(items, body.responses) };
}

function matchAnswers(
  items: BatchItem[],
  responses: unknown[],
): Map<string, BatchItemAnswer | CalendarOutcome> {
  const answers = new Map<string, BatchItemAnswer | CalendarOutcome>();
  for (const response of responses) {
    if (!isObject(response) || typeof response.id !== 'string' || typeof response.status !== 'number')
      continue;
    answers.set(response.id, {
      status: response.status,
      headers: isObject(response.headers) ? response.headers : {},
      body: response.body,
    });
  }
  for (const item of items)
    if (!answers.has(item.id))
      answers.set(item.id, suspect(`$batch: Graph's answer has no response for request ${item.id}`));
  return answers;
}

function suspect(reason: string, known = false): CalendarOutcome {
  return { result: 'retry', reason, applied: 'maybe', ...(known ? {} : { suspect: true }) };
}

/**
 * The $batch call itself failed. 400 and 403 concern every item alike (a malformed batch, an app
 * without permission): parked with the message. Anything else is retried: a 502 page in HTML from
 * a gateway is an outage like any other; a 200 that is not a batch answer, or a status Graph does
 * not document for throttling or outages, counts as suspect.
 */
function callFailure(
  status: number,
  headers: Record<string, string>,
  nowMs: number,
  reason: string,
): CalendarOutcome {
  if (status === 400 || status === 403) return { result: 'failed', reason };
  const known = [429, 500, 502, 503, 504, 401].includes(status);
  const after = retryAfterMs(headers['retry-after'], nowMs);
  return {
    result: 'retry',
    reason,
    applied: status === 429 ? 'no' : 'maybe',
    ...(after === undefined ? {} : { afterMs: after }),
    ...(known ? {} : { suspect: true }),
  };
}

export function isAnswer(value: BatchItemAnswer | CalendarOutcome): value is BatchItemAnswer {
  return 'status' in value;
}
