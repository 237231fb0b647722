import { readWindow } from './calendar-view-handler.js';
import { type DeltaState, decodeDeltaState, encodeDeltaState } from './delta-token.js';
import { toGraphEvent } from './event-representation.js';
import { overlaps } from './event-store.js';
import { errors } from './graph-error.js';
import { type GraphResponse, jsonResponse, preferenceApplied } from './graph-request.js';
import { DEFAULT_PAGE_SIZE, type HandlerContext, MAX_PAGE_SIZE } from './handler-context.js';
import { QueryOptions } from './odata-query.js';
import { markPageSizeApplied, readPreferences } from './prefer-header.js';

/**
 * GET /users/{id}/calendarView/delta (learn.microsoft.com/graph/api/event-delta,
 * /graph/delta-query-events):
 * - the first round returns every event of the window, then each round started from the last
 *   @odata.deltaLink returns only what changed since: created and updated events in full, deleted
 *   ones, and changed ones now outside the window, as {id, "@removed": {reason: "deleted"}};
 * - pages carry @odata.nextLink ($skiptoken) until the last, which carries @odata.deltaLink
 *   ($deltatoken); the page size comes only from `Prefer: odata.maxpagesize` (10 otherwise);
 * - $select, $filter, $expand, $orderby, $search and $top are refused, with Graph's message.
 * A round is a snapshot taken by its first page: writes made while it is paged come in the next.
 */
const UNSUPPORTED = ['$select', '$filter', '$expand', '$orderby', '$search', '$top', '$skip', '$count'];

export function calendarViewDelta(context: HandlerContext): GraphResponse {
  const { store, owner, request, route } = context;
  const options = new QueryOptions(request.query);
  if (options.present(UNSUPPORTED).length > 0)
    throw errors.invalidUrlQuery(
      "The following parameters are not supported with change tracking over the 'CalendarView' resource: '$orderby, $filter, $select, $expand, $search, $top'.",
    );
  options.allowOnly(['$skiptoken', '$deltatoken']);
  const preferences = readPreferences(request.headers.prefer);
  markPageSizeApplied(preferences);
  const pageSize = Math.min(preferences.maxPageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);

  const skipToken = options.get('$skiptoken');
  const deltaToken = options.get('$deltatoken');
  let state: DeltaState;
  if (skipToken) state = decodeDeltaState(skipToken, owner.id);
  else if (deltaToken) {
    const previous = decodeDeltaState(deltaToken, owner.id);
    state = { m: owner.id, s: previous.s, e: previous.e, since: previous.upto, upto: store.lastSeq };
  } else {
    const { startMs, endMs } = readWindow(options);
    state = { m: owner.id, s: startMs, e: endMs, since: 0, upto: store.lastSeq, initial: true };
  }

  const inWindow = (event: Parameters<typeof overlaps>[0]) => overlaps(event, state.s, state.e);
  // One more than a page tells whether another page follows.
  const changes = store.changes(owner.id, {
    afterSeq: state.since,
    uptoSeq: state.upto,
    limit: pageSize + 1,
    ...(state.after === undefined ? {} : { afterId: state.after }),
    ...(state.initial ? { window: { startMs: state.s, endMs: state.e } } : {}),
  });
  const page = changes.slice(0, pageSize);
  const value = page.map(({ event, deleted }) =>
    !deleted && inWindow(event)
      ? { '@odata.type': '#microsoft.graph.event', ...toGraphEvent(event, preferences.view) }
      : { '@odata.type': '#microsoft.graph.event', id: event.id, '@removed': { reason: 'deleted' } },
  );

  const link = `${request.baseUrl}${route.owner}/calendarView/delta`;
  const last = page.at(-1)?.event.id;
  const more = changes.length > pageSize && last !== undefined;
  const body: Record<string, unknown> = {
    '@odata.context': `${request.baseUrl}/$metadata#Collection(event)`,
    ...(more
      ? { '@odata.nextLink': `${link}?$skiptoken=${encodeDeltaState({ ...state, after: last })}` }
      : {
          '@odata.deltaLink': `${link}?$deltatoken=${encodeDeltaState({ m: owner.id, s: state.s, e: state.e, since: 0, upto: state.upto })}`,
        }),
    value,
  };
  return jsonResponse(200, body, preferenceApplied(preferences.applied));
}
