import { Directory } from './directory.js';
import { COLLECTION_OPTIONS, eventPage, queryOptions } from './event-collection.js';
import { newChangeKey, newEventId, newICalUId } from './event-ids.js';
import { eventAfterPatch, eventFromCreateBody } from './event-input.js';
import { toGraphEvent } from './event-representation.js';
import { errors } from './graph-error.js';
import { type GraphResponse, jsonResponse, noContent, preferenceApplied } from './graph-request.js';
import { contextOf, type HandlerContext } from './handler-context.js';
import { eventSelection } from './odata-query.js';
import { readPreferences } from './prefer-header.js';

/** GET /users/{id}/events: the mailbox's events, paged. */
export function listEvents(context: HandlerContext): GraphResponse {
  const options = queryOptions(context, COLLECTION_OPTIONS);
  return eventPage(context, context.store.all(context.owner.id), options, 'events');
}

function single(
  context: HandlerContext,
  status: number,
  event: Parameters<typeof toGraphEvent>[0],
): GraphResponse {
  const preferences = readPreferences(context.request.headers.prefer);
  const options = queryOptions(context, ['$select', '$expand']);
  const { select, expand } = eventSelection(options);
  const view = { ...preferences.view, ...(select ? { select } : {}), ...(expand ? { expand } : {}) };
  return jsonResponse(
    status,
    { '@odata.context': `${contextOf(context, 'events')}/$entity`, ...toGraphEvent(event, view) },
    preferenceApplied(preferences.applied),
  );
}

/**
 * POST /users/{id}/events → 201 with the whole event. A transactionId already used by a live event
 * of the same mailbox returns that event instead of a duplicate: Graph documents transactionId as
 * the way to make a retried create safe but not what the retry receives; the README of the
 * contract says "return the existing event". It is answered 201 like the first create, so that a
 * client whose first response was lost cannot tell the two apart (which is the point).
 */
export function createEvent(context: HandlerContext): GraphResponse {
  const { owner, store } = context;
  const now = context.now();
  const created = eventFromCreateBody(
    context.request.body,
    { id: owner.id, displayName: owner.displayName, address: Directory.addressOf(owner) },
    { id: newEventId(owner.id), changeKey: newChangeKey(), iCalUId: newICalUId() },
    now,
  );
  const existing = created.transactionId ? store.byTransactionId(owner.id, created.transactionId) : undefined;
  if (existing) return single(context, 201, existing);
  store.save(created);
  return single(context, 201, created);
}

function found(context: HandlerContext) {
  const event = context.store.get(context.owner.id, context.route.eventId ?? '');
  if (!event) throw errors.itemNotFound();
  return event;
}

/**
 * The event, if the request's If-Match (when it has one) names its current version: `*`, its
 * @odata.etag (`W/"changeKey"`) or the bare changeKey, one or several separated by commas. An
 * older version is 412 ErrorIrresolvableConflict and nothing is written. A missing event is
 * 404 first, whatever If-Match says.
 */
function unchanged(context: HandlerContext) {
  const event = found(context);
  const ifMatch = context.request.headers['if-match'];
  if (ifMatch === undefined) return event;
  const tags = ifMatch.split(',').map((tag) =>
    tag
      .trim()
      .replace(/^W\//i, '')
      .replace(/^"(.*)"$/, '$1'),
  );
  if (!tags.some((tag) => tag === '*' || tag === event.changeKey)) throw errors.irresolvableConflict();
  return event;
}

export function getEvent(context: HandlerContext): GraphResponse {
  return single(context, 200, found(context));
}

/** PATCH → 200 with the whole updated event (Graph's documented answer); If-Match honoured. */
export function updateEvent(context: HandlerContext): GraphResponse {
  const updated = eventAfterPatch(unchanged(context), context.request.body, newChangeKey(), context.now());
  context.store.save(updated);
  return single(context, 200, updated);
}

/** DELETE → 204 without a body; the tombstone feeds the next delta round. */
export function deleteEvent(context: HandlerContext): GraphResponse {
  context.store.remove(unchanged(context));
  return noContent();
}
