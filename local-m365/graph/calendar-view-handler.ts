import { COLLECTION_OPTIONS, eventPage, queryOptions } from './event-collection.js';
import { instantOfParsed, parseIsoDateTime } from './graph-date-time.js';
import { GraphError } from './graph-error.js';
import type { GraphResponse } from './graph-request.js';
import type { HandlerContext } from './handler-context.js';
import type { QueryOptions } from './odata-query.js';

/**
 * The window of a calendarView: startDateTime and endDateTime are required (Graph answers 400
 * ErrorInvalidParameter with the message below when one is missing); a value with an offset is
 * that instant, a value without one is UTC (learn.microsoft.com/graph/api/user-list-calendarview).
 */
export function readWindow(options: QueryOptions): { startMs: number; endMs: number } {
  const start = options.get('startDateTime');
  const end = options.get('endDateTime');
  if (start === undefined || end === undefined)
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  const instant = (name: string, text: string) => {
    const parsed = parseIsoDateTime(text);
    // A '+' left unencoded in the URL arrives as a space: Graph refuses it too.
    if (!parsed)
      throw new GraphError(
        400,
        'ErrorInvalidParameter',
        `The value '${text}' of parameter '${name}' is invalid.`,
      );
    // Without an offset the value is UTC (see above).
    return instantOfParsed(parsed, 'UTC');
  };
  const startMs = instant('StartDateTime', start);
  const endMs = instant('EndDateTime', end);
  if (endMs < startMs)
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'The parameter EndDateTime must be later than StartDateTime.',
    );
  return { startMs, endMs };
}

/** GET /users/{id}/calendarView: the events that overlap the window, paged like /events. */
export function calendarView(context: HandlerContext): GraphResponse {
  const options = queryOptions(context, [...COLLECTION_OPTIONS, 'startDateTime', 'endDateTime']);
  const { startMs, endMs } = readWindow(options);
  return eventPage(
    context,
    context.store.overlapping(context.owner.id, startMs, endMs),
    options,
    'calendarView',
  );
}
