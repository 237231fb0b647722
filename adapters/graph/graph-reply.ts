import type { CalendarOutcome } from '../../core/calendar-sync/calendar-gateway.js';

/** An answer that does not follow Graph's documented contract: an HTML page, broken JSON, no id. */
export class GraphAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphAnswerError';
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON of an answer, or a GraphAnswerError saying plainly what came instead. */
export function readJson(status: number, contentType: string | undefined, text: string): unknown {
  if (text.trim() === '') throw new GraphAnswerError(`Graph answered ${status} with an empty body`);
  if (/^\s*</.test(text) || /html|xml/i.test(contentType ?? ''))
    throw new GraphAnswerError(
      `Graph answered ${status} with an HTML page instead of JSON (a proxy or gateway in between?): ${excerpt(text)}`,
    );
  try {
    return JSON.parse(text);
  } catch {
    throw new GraphAnswerError(`Graph answered ${status} with a body that is not JSON: ${excerpt(text)}`);
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

/** Graph's error body: {error: {code, message}}. */
export function errorOf(body: unknown): { code: string; message: string } | undefined {
  if (!isObject(body) || !isObject(body.error)) return undefined;
  const { code, message } = body.error;
  return {
    code: typeof code === 'string' ? code : 'unknown',
    message: typeof message === 'string' ? message : '',
  };
}

/** Retry-After in seconds (what Graph sends) or an HTTP date; milliseconds, or undefined. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Any case of a header name: $batch item headers come as Graph spells them ("Retry-After"). */
export function header(headers: unknown, name: string): string | undefined {
  if (!isObject(headers)) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return value === undefined || value === null ? undefined : String(value);
}

// 404 codes that name the mailbox rather than the event: Exchange's and the directory's.
const MAILBOX_MISSING = new Set([
  'ErrorInvalidUser',
  'MailboxNotEnabledForRESTAPI',
  'MailboxNotFound',
  'Request_ResourceNotFound',
  'ResourceNotFound',
  'ErrorNonExistentMailbox',
]);

/**
 * What a failed status means for the outbox: retry later (throttled, unavailable, a conflict of
 * the moment) or give up and park (the mailbox does not exist, access is denied, the body is
 * refused). `mayHaveApplied` is whether a write could have happened despite the status.
 */
export function failureOutcome(
  status: number,
  body: unknown,
  headers: unknown,
  context: { mailbox: string; what: string; nowMs: number },
): CalendarOutcome {
  const error = errorOf(body);
  const detail = error ? `${error.code}: ${error.message}` : `HTTP ${status}`;
  const after = retryAfterMs(header(headers, 'Retry-After'), context.nowMs);
  const retry = (applied: 'no' | 'maybe', suspect = false): CalendarOutcome => ({
    result: 'retry',
    reason: `${context.what}: ${status} ${detail}`,
    ...(after === undefined ? {} : { afterMs: after }),
    applied,
    ...(suspect ? { suspect } : {}),
  });
  if (status === 404 && error?.code === 'ErrorItemNotFound') return { result: 'not-found' };
  if (status === 404 && MAILBOX_MISSING.has(error?.code ?? ''))
    return {
      result: 'failed',
      reason: `${context.what}: mailbox ${context.mailbox} not found (${detail})`,
      mailboxMissing: true,
    };
  if (status === 403)
    return {
      result: 'failed',
      reason: `${context.what}: access to mailbox ${context.mailbox} denied (${detail}); check the app's Exchange Online RBAC scope`,
    };
  // Throttled or unavailable before the request ran: Graph did nothing.
  if (status === 429) return retry('no');
  if (status === 503 || status === 502 || status === 504 || status === 500) return retry('maybe');
  // 401: a token that just expired or a tenant hiccup; MSAL fetches a fresh one next time.
  if (status === 401 || status === 409 || status === 412 || status === 423 || status === 424)
    return retry('no');
  if (status >= 400 && status < 500)
    return { result: 'failed', reason: `${context.what}: Graph refused the request: ${status} ${detail}` };
  return retry('maybe', true);
}
