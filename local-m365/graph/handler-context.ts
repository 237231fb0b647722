import type { GraphCaller } from '../identity/graph-caller.js';
import type { Directory, DirectoryEntry } from './directory.js';
import type { EventStore } from './event-store.js';
import type { GraphRequest, GraphResponse } from './graph-request.js';
import type { Route } from './graph-routes.js';

/** What a handler is given: the request, whom it is for, and the stores. */
export interface HandlerContext {
  request: GraphRequest;
  route: Route;
  caller: GraphCaller;
  /** The mailbox or user the route names, already checked against the caller. */
  owner: DirectoryEntry;
  store: EventStore;
  directory: Directory;
  now: () => number;
}

export type Handler = (context: HandlerContext) => GraphResponse;

/** Graph's page size when the client names none, and the largest it serves. */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 1000;

/** "users('{id}')" as written in @odata.context. */
export function contextOf(context: HandlerContext, entitySet: string): string {
  return `${context.request.baseUrl}/$metadata#users('${encodeURIComponent(context.owner.id)}')/${entitySet}`;
}
