import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphCaller } from '../identity/graph-caller.js';
import { runBatch } from './batch-handler.js';
import { calendarView } from './calendar-view-handler.js';
import type { ContractEnforcer } from './contract-enforcer.js';
import { calendarViewDelta } from './delta-handler.js';
import type { Directory, DirectoryEntry } from './directory.js';
import type { EventStore } from './event-store.js';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './events-handlers.js';
import type { Faults } from './fault-controller.js';
import { requirePermission, resolveOwner } from './graph-authorization.js';
import { errors, GraphError } from './graph-error.js';
import { errorResponse, type GraphRequest, type GraphResponse } from './graph-request.js';
import { isMailboxRoute, matchRoute, type Route } from './graph-routes.js';
import type { Handler } from './handler-context.js';
import type { MailboxConcurrency } from './mailbox-concurrency.js';
import { getUser, listUsers } from './users-handlers.js';

export interface DispatchDeps {
  directory: Directory;
  store: EventStore;
  faults: Faults;
  concurrency: MailboxConcurrency;
  enforcer?: ContractEnforcer;
  now: () => number;
}

/** What became of one request: an answer (and whether it wrote), or a connection to reset. */
export type Outcome = { kind: 'respond'; response: GraphResponse; wrote: boolean } | { kind: 'reset' };

const HANDLERS: Record<string, Handler> = {
  'user GET': getUser,
  'events GET': listEvents,
  'events POST': createEvent,
  'event GET': getEvent,
  'event PATCH': updateEvent,
  'event DELETE': deleteEvent,
  'calendarView GET': calendarView,
  'delta GET': calendarViewDelta,
};

const throttled = (deps: DispatchDeps, message: string) =>
  new GraphError(429, 'ApplicationThrottled', message, { 'Retry-After': deps.faults.retryAfter });

/**
 * One request through the whole pipeline, the same for an HTTP request and a $batch item:
 * route → contract (request) → permission → owner → MailboxConcurrency slot → latency → fault
 * draw → handler → contract (answer). Faults are decided before the handler runs, so a 429/503
 * never leaves a write behind; only the after-write reset (decided by the caller) loses an answer.
 */
export async function dispatch(
  deps: DispatchDeps,
  request: GraphRequest,
  caller: GraphCaller,
): Promise<Outcome> {
  let route: Route | undefined;
  let slot: string | undefined;
  let outcome: Outcome;
  deps.faults.countRequest(request.batchItem);
  try {
    route = matchRoute(request.method, request.path);
    if (request.bodyError) throw request.bodyError;
    if (route.kind === 'batch') {
      // The items are held to the contract one by one as they run, not the envelope.
      if (request.batchItem) throw errors.badRequest('A $batch request cannot contain another $batch.');
      if (deps.faults.decideBatchReset()) return { kind: 'reset' };
      const result = await runBatch(request, (item) => dispatch(deps, item, caller).then(settle));
      outcome = { kind: 'respond', ...result };
    } else {
      const refused = deps.enforcer?.checkRequest(request, route.template);
      if (refused) return finish(deps, request, route, { kind: 'respond', response: refused, wrote: false });
      requirePermission(caller, route, request.method);
      const base = { request, route, caller, store: deps.store, directory: deps.directory, now: deps.now };
      let owner: DirectoryEntry | undefined;
      if (route.kind !== 'users') owner = resolveOwner(caller, route, deps.directory, request.method);
      if (owner && isMailboxRoute(route)) {
        const { attempted, admitted } = deps.concurrency.enter(owner.id);
        deps.faults.countConcurrency(owner.id, attempted, !admitted);
        if (!admitted) throw throttled(deps, 'Application is over its MailboxConcurrency limit.');
        slot = owner.id;
      }
      if (deps.faults.latencyMs > 0) await sleep(deps.faults.latencyMs);
      const decision = deps.faults.decideBefore(!request.batchItem);
      if (decision === 'reset') return { kind: 'reset' };
      if (decision === 'unavailable')
        throw new GraphError(
          503,
          'serviceNotAvailable',
          'The service is temporarily unavailable. You may repeat the request after a delay, which may be specified in a Retry-After header.',
          { 'Retry-After': deps.faults.retryAfter },
        );
      if (decision === 'throttle')
        throw throttled(
          deps,
          'Too many requests for this mailbox. Retry after the delay given in Retry-After.',
        );
      const handler = HANDLERS[`${route.kind} ${request.method}`];
      if (route.kind !== 'users' && (!owner || !handler))
        throw new Error(`no handler for ${route.kind} ${request.method}`);
      const response = owner && handler ? handler({ ...base, owner }) : listUsers(base);
      outcome = { kind: 'respond', response, wrote: request.method !== 'GET' && response.status < 300 };
    }
  } catch (error) {
    outcome = { kind: 'respond', response: errorResponse(error, request), wrote: false };
  } finally {
    if (slot) deps.concurrency.leave(slot);
  }
  return finish(deps, request, route, outcome);
}

function finish(
  deps: DispatchDeps,
  request: GraphRequest,
  route: Route | undefined,
  outcome: Outcome,
): Outcome {
  if (outcome.kind === 'reset') return outcome;
  // A $batch answer's items were checked as they ran; its own errors are checked like any other.
  const checked = deps.enforcer && (route?.kind !== 'batch' || outcome.response.status >= 400);
  const response =
    checked && deps.enforcer
      ? deps.enforcer.checkResponse(request, route?.template, outcome.response)
      : outcome.response;
  deps.faults.countStatus(response.status);
  return { ...outcome, response };
}

/** A $batch item cannot lose its connection on its own: its outcome is always an answer. */
function settle(outcome: Outcome): { response: GraphResponse; wrote: boolean } {
  if (outcome.kind === 'reset') throw new Error('a $batch item cannot be reset');
  return outcome;
}
