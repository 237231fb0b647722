import type { StoredEvent } from './event-model.js';
import { toGraphEvent } from './event-representation.js';
import { type GraphResponse, jsonResponse, linkWith, preferenceApplied } from './graph-request.js';
import { contextOf, DEFAULT_PAGE_SIZE, type HandlerContext, MAX_PAGE_SIZE } from './handler-context.js';
import { eventSelection, parseOrderBy, QueryOptions } from './odata-query.js';
import { markPageSizeApplied, type Preferences, readPreferences } from './prefer-header.js';

/**
 * A page of /events or /calendarView. Outlook pages with $top (10 when absent, or the Prefer
 * odata.maxpagesize), and its @odata.nextLink repeats the query with $skip moved on
 * (learn.microsoft.com/graph/paging). Without $orderby the order is by start, then id, so that
 * pages neither repeat nor skip an event when nothing changes between them.
 */
export const COLLECTION_OPTIONS = ['$filter', '$expand', '$select', '$orderby', '$top', '$skip'];

export function eventPage(
  context: HandlerContext,
  events: StoredEvent[],
  options: QueryOptions,
  entitySet: string,
  preferences: Preferences = readPreferences(context.request.headers.prefer),
): GraphResponse {
  const { filter, expand, select } = eventSelection(options);
  const compare = parseOrderBy(options.get('$orderby'), 'start/dateTime asc');
  const top = options.integer('$top');
  const skip = options.integer('$skip') ?? 0;
  if (top === undefined && preferences.maxPageSize) markPageSizeApplied(preferences);
  const pageSize = Math.max(1, Math.min(top ?? preferences.maxPageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
  const matching = events.filter(filter).sort(compare);
  const page = matching.slice(skip, skip + pageSize);
  const view = { ...preferences.view, ...(select ? { select } : {}), ...(expand ? { expand } : {}) };
  const body: Record<string, unknown> = {
    '@odata.context': contextOf(context, entitySet),
    value: page.map((event) => toGraphEvent(event, view)),
  };
  if (skip + pageSize < matching.length)
    body['@odata.nextLink'] = linkWith(context.request, { $skip: String(skip + pageSize) });
  return jsonResponse(200, body, preferenceApplied(preferences.applied));
}

export function queryOptions(context: HandlerContext, allowed: string[]): QueryOptions {
  const options = new QueryOptions(context.request.query);
  options.allowOnly(allowed);
  return options;
}
