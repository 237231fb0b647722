import { EVENT_PROPERTIES, type StoredEvent } from './event-model.js';
import type { EventView } from './event-representation.js';
import { matchesCondition, sameExtendedProperty } from './extended-properties.js';
import { errors, GraphError } from './graph-error.js';
import { parseEventExpand, parseEventFilter } from './odata-filter.js';

/**
 * The OData system query options of the event collections. Graph reads option names without
 * regard to case ($TOP = $top); values of $select/$orderby name event properties.
 */
export class QueryOptions {
  private readonly values = new Map<string, string>();

  constructor(query: URLSearchParams) {
    for (const [key, value] of query) this.values.set(key.toLowerCase(), value);
  }

  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  /** The `$` options present among `names`. */
  present(names: string[]): string[] {
    return names.filter((name) => this.has(name));
  }

  /** Refuses options this endpoint does not take, instead of answering as if they were absent. */
  allowOnly(allowed: string[]): void {
    const known = new Set(allowed.map((name) => name.toLowerCase()));
    for (const key of this.values.keys())
      if (key.startsWith('$') && !known.has(key))
        throw errors.badRequest(
          `Query option '${key}' is not supported on this resource by the local Graph.`,
        );
  }

  integer(name: string): number | undefined {
    const raw = this.get(name);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw.trim()))
      throw errors.badRequest(`Invalid value '${raw}' for query option '${name}'.`);
    return Number(raw);
  }
}

const PROPERTY_BY_LOWER = new Map<string, string>(EVENT_PROPERTIES.map((name) => [name.toLowerCase(), name]));

export function parseSelect(select: string | undefined): string[] | undefined {
  if (select === undefined) return undefined;
  return select.split(',').map((raw) => {
    const name = PROPERTY_BY_LOWER.get(raw.trim().toLowerCase());
    // The code Graph's URI parser answers with for an unknown property.
    if (!name)
      throw new GraphError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${raw.trim()}' on type 'microsoft.graph.event'.`,
      );
    return name;
  });
}

type Compare = (a: StoredEvent, b: StoredEvent) => number;

const ORDER_KEYS: Record<string, (event: StoredEvent) => number | string> = {
  'start/datetime': (event) => event.start.epochMs,
  'end/datetime': (event) => event.end.epochMs,
  createddatetime: (event) => event.createdMs,
  lastmodifieddatetime: (event) => event.lastModifiedMs,
  subject: (event) => event.subject.toLowerCase(),
};

/** $orderby over the properties the product could sort on; the id breaks ties so pages are stable. */
export function parseOrderBy(orderBy: string | undefined, fallback: string): Compare {
  const clauses = (orderBy ?? fallback).split(',').map((raw) => {
    const [property = '', direction = 'asc', ...rest] = raw.trim().split(/\s+/);
    const key = ORDER_KEYS[property.toLowerCase()];
    const sign = direction.toLowerCase() === 'desc' ? -1 : direction.toLowerCase() === 'asc' ? 1 : 0;
    if (!key || sign === 0 || rest.length > 0)
      throw errors.badRequest(`The local Graph cannot order events by '${raw.trim()}'.`);
    return { key, sign };
  });
  return (a, b) => {
    for (const { key, sign } of clauses) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -sign : sign;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** $filter and $expand of an event collection or a single event. */
export function eventSelection(options: QueryOptions): {
  filter: (event: StoredEvent) => boolean;
  expand: EventView['expand'];
  select: string[] | undefined;
} {
  const filterText = options.get('$filter');
  const conditions = filterText === undefined ? [] : parseEventFilter(filterText);
  const expandText = options.get('$expand');
  const expandIds = expandText === undefined ? undefined : parseEventExpand(expandText);
  return {
    filter: (event) =>
      conditions.every((condition) => matchesCondition(event.singleValueExtendedProperties, condition)),
    expand: expandIds && ((property) => expandIds.some((id) => sameExtendedProperty(property.id, id))),
    select: parseSelect(options.get('$select')),
  };
}
