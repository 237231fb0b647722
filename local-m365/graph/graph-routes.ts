import { errors, GraphError } from './graph-error.js';

/**
 * The resources of the local Graph. Like Graph, path segments are matched without regard to case
 * (/me/calendarview works), a user is `me` or `users/{id | userPrincipalName}`, and the default
 * calendar can be named or implied (/users/x/calendar/events = /users/x/events).
 */
export type RouteKind = 'users' | 'user' | 'events' | 'event' | 'calendarView' | 'delta' | 'batch';

export interface Route {
  kind: RouteKind;
  /** "me" or the id / UPN as written in the URL (decoded). */
  user?: string;
  eventId?: string;
  /** The path up to and including the calendar, for links: "/me" or "/users/x@y.be/calendar". */
  owner?: string;
  /** The operation's path template in Calendar.yml terms (or the local name where it has none). */
  template: string;
}

const METHODS: Record<RouteKind, string[]> = {
  users: ['GET'],
  user: ['GET'],
  events: ['GET', 'POST'],
  event: ['GET', 'PATCH', 'DELETE'],
  calendarView: ['GET'],
  delta: ['GET'],
  batch: ['POST'],
};

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw errors.badRequest(`Resource not found for the segment '${segment}'.`);
  }
}

function resolve(segments: string[]): Route | undefined {
  const lower = segments.map((segment) => segment.toLowerCase());
  if (lower.length === 1 && lower[0] === '$batch') return { kind: 'batch', template: '/$batch' };
  if (lower.length === 1 && lower[0] === 'users') return { kind: 'users', template: '/users' };
  let user: string;
  let rest: string[];
  let restLower: string[];
  if (lower[0] === 'me') {
    user = 'me';
    rest = segments.slice(1);
    restLower = lower.slice(1);
  } else if (lower[0] === 'users' && segments[1] !== undefined) {
    user = decode(segments[1]);
    rest = segments.slice(2);
    restLower = lower.slice(2);
  } else return undefined;
  const ownerPath = lower[0] === 'me' ? '/me' : `/users/${segments[1]}`;
  if (rest.length === 0) return { kind: 'user', user, template: '/users/{user-id}' };
  const viaCalendar = restLower[0] === 'calendar';
  const tail = viaCalendar ? rest.slice(1) : rest;
  const tailLower = viaCalendar ? restLower.slice(1) : restLower;
  const base = `/users/{user-id}${viaCalendar ? '/calendar' : ''}`;
  const owner = `${ownerPath}${viaCalendar ? '/calendar' : ''}`;
  if (tailLower[0] === 'events') {
    if (tail.length === 1) return { kind: 'events', user, owner, template: `${base}/events` };
    if (tail.length === 2 && tail[1])
      return { kind: 'event', user, owner, eventId: decode(tail[1]), template: `${base}/events/{event-id}` };
  }
  if (tailLower[0] === 'calendarview') {
    if (tail.length === 1) return { kind: 'calendarView', user, owner, template: `${base}/calendarView` };
    if (tail.length === 2 && (tailLower[1] === 'delta' || tailLower[1] === 'delta()'))
      return { kind: 'delta', user, owner, template: `${base}/calendarView/delta()` };
  }
  return undefined;
}

export function matchRoute(method: string, path: string): Route {
  const segments = path.split('/').filter((segment) => segment !== '');
  const route = resolve(segments);
  if (!route) {
    // Graph names the first segment it cannot place, e.g. 'v1.0' in "/v1.0/users/x" inside a $batch.
    const first = segments[0]?.toLowerCase();
    const culprit = first === 'users' || first === 'me' ? segments.at(-1) : segments[0];
    throw errors.badRequest(`Resource not found for the segment '${decode(culprit ?? '')}'.`);
  }
  if (!METHODS[route.kind].includes(method.toUpperCase()))
    throw new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');
  return route;
}

/** Routes that reach a mailbox (Outlook): counted against MailboxConcurrency, Calendars.* permissions. */
export function isMailboxRoute(route: Route): boolean {
  return (
    route.kind === 'events' ||
    route.kind === 'event' ||
    route.kind === 'calendarView' ||
    route.kind === 'delta'
  );
}
