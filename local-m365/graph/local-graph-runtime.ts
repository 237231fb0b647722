import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { GraphCaller } from '../identity/graph-caller.js';
import type { ContractEnforcer } from './contract-enforcer.js';
import { Directory } from './directory.js';
import { EventStore } from './event-store.js';
import { DEFAULT_FAULTS, type FaultController, Faults } from './fault-controller.js';
import type { ContractViolation } from './graph-contract.js';
import { type DispatchDeps, dispatch, type Outcome } from './graph-dispatch.js';
import { errors, GraphError } from './graph-error.js';
import { errorResponse, type GraphRequest, type GraphResponse } from './graph-request.js';
import type { LocalGraphOptions } from './local-graph-options.js';
import { MailboxConcurrency } from './mailbox-concurrency.js';

/** An HTTP request as the Fastify plugin hands it over. */
export interface HttpInput {
  method: string;
  /** After the /graph/v1.0 prefix, with the query: "/users/x/events?$top=5". */
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: string | undefined;
  /** "http://127.0.0.1:1234/graph/v1.0" */
  baseUrl: string;
}

export interface LocalGraphRuntime {
  faults: FaultController;
  contractViolations(): ContractViolation[];
  handleHttp(input: HttpInput): Promise<Outcome>;
  close(): void;
}

function flatten(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

function readBody(
  rawBody: string | undefined,
  contentType: string | undefined,
): { body: unknown; bodyError?: GraphError } {
  if (rawBody === undefined || rawBody.trim() === '') return { body: undefined };
  if (!/\bjson\b/i.test(contentType ?? ''))
    return {
      body: undefined,
      bodyError: new GraphError(
        415,
        'UnsupportedMediaType',
        'A request body must be sent as application/json.',
      ),
    };
  try {
    return { body: JSON.parse(rawBody) };
  } catch {
    return { body: undefined, bodyError: errors.invalidJson() };
  }
}

/**
 * The contract checker (ajv, the vendored spec) is loaded only in enforce mode: the product's local
 * Graph runs without it, and ajv is a development dependency.
 */
async function contractEnforcer(options: LocalGraphOptions): Promise<ContractEnforcer | undefined> {
  if (options.contract !== 'enforce') return undefined;
  const [{ ContractEnforcer }, { graphContract }] = await Promise.all([
    import('./contract-enforcer.js'),
    import('./graph-contract.js'),
  ]);
  return new ContractEnforcer(graphContract(options.contractSpec));
}

export async function createLocalGraphRuntime(options: LocalGraphOptions): Promise<LocalGraphRuntime> {
  const enforcer = await contractEnforcer(options);
  const violations = () => (enforcer ? structuredClone(enforcer.violations) : []);
  const faults = new Faults({ ...DEFAULT_FAULTS, ...options.faults }, violations);
  const store = new EventStore(options.storageFile);
  const deps: DispatchDeps = {
    directory: new Directory(options.directory),
    store,
    faults,
    concurrency: new MailboxConcurrency(options.maxConcurrentPerMailbox ?? 4),
    ...(enforcer ? { enforcer } : {}),
    now: Date.now,
  };

  const unauthenticated = (request: GraphRequest, message: string): Outcome => {
    faults.countRequest(false);
    const error = new GraphError(401, 'InvalidAuthenticationToken', message, {
      'WWW-Authenticate':
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
    });
    let response: GraphResponse = errorResponse(error, request);
    if (enforcer) response = enforcer.checkResponse(request, undefined, response);
    faults.countStatus(response.status);
    return { kind: 'respond', response, wrote: false };
  };

  return {
    faults,
    contractViolations: violations,
    async handleHttp(input) {
      const headers = flatten(input.headers);
      const queryAt = input.url.indexOf('?');
      const request: GraphRequest = {
        method: input.method.toUpperCase(),
        path: queryAt < 0 ? input.url : input.url.slice(0, queryAt),
        query: new URLSearchParams(queryAt < 0 ? '' : input.url.slice(queryAt + 1)),
        headers,
        ...readBody(input.rawBody, headers['content-type']),
        requestId: randomUUID(),
        clientRequestId: headers['client-request-id'] ?? randomUUID(),
        baseUrl: input.baseUrl,
        batchItem: false,
      };
      let caller: GraphCaller;
      try {
        if (!headers.authorization)
          return withIds(unauthenticated(request, 'Access token is empty.'), request);
        caller = await options.verifyToken(headers.authorization);
      } catch (error) {
        // Fail closed: whatever the verifier throws, the request is not authenticated.
        const message = error instanceof Error ? error.message : 'Access token validation failure.';
        return withIds(unauthenticated(request, message), request);
      }
      const outcome = await dispatch(deps, request, caller);
      // A lost answer: the write happened, the client never hears of it and should retry.
      if (outcome.kind === 'respond' && outcome.wrote && faults.decideAfterWrite()) return { kind: 'reset' };
      return withIds(outcome, request);
    },
    close: () => store.close(),
  };
}

/** Graph echoes client-request-id and adds its own request-id to every answer. */
function withIds(outcome: Outcome, request: GraphRequest): Outcome {
  if (outcome.kind === 'reset') return outcome;
  const headers = {
    ...outcome.response.headers,
    'request-id': request.requestId,
    'client-request-id': request.clientRequestId,
  };
  return { ...outcome, response: { ...outcome.response, headers } };
}
