import { randomUUID } from 'node:crypto';
import { errorBody, errors } from './graph-error.js';
import { type GraphRequest, type GraphResponse, jsonResponse } from './graph-request.js';

/**
 * POST /$batch (learn.microsoft.com/graph/json-batching):
 * - at most 20 requests; ids unique without regard to case; urls relative ("/users/x/events");
 *   a body needs a Content-Type header ("Write request id : 1 does not contain Content-Type header
 *   or body."); any of these wrong fails the whole batch with 400;
 * - items run through the same pipeline as single requests (auth of the batch's token, permission,
 *   MailboxConcurrency, faults, contract), up to 4 at a time like Graph dispatches them, after the
 *   items they `dependsOn`; an item whose dependency failed is answered 424 without being run;
 * - the answer is 200 with {responses: [{id, status, headers, body}]} in completion order, which
 *   is not the order of the requests.
 */
export const BATCH_LIMIT = 20;
const PARALLEL_ITEMS = 4;
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

export type RunItem = (item: GraphRequest) => Promise<{ response: GraphResponse; wrote: boolean }>;

interface BatchItem {
  id: string;
  request: GraphRequest;
  dependsOn: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readItems(batch: GraphRequest): BatchItem[] {
  const body = batch.body;
  if (!isObject(body) || !Array.isArray(body.requests))
    throw errors.badRequest('Invalid batch payload format.');
  if (body.requests.length > BATCH_LIMIT)
    throw errors.badRequest(
      `The batch contains ${body.requests.length} requests; the limit is ${BATCH_LIMIT}.`,
    );
  const seen = new Set<string>();
  const items = body.requests.map((raw, index): BatchItem => {
    if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '')
      throw errors.badRequest(`Request ${index} of the batch has no id.`);
    const { id, method, url } = raw;
    if (seen.has(id.toLowerCase()))
      throw errors.badRequest(`Batch request ids must be unique; '${id}' is repeated.`);
    seen.add(id.toLowerCase());
    if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase()))
      throw errors.badRequest(`Request id : ${id} has an invalid method.`);
    if (typeof url !== 'string' || url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url))
      throw errors.badRequest(`Request id : ${id} must have a relative url, such as /users/{id}/events.`);
    const headers: Record<string, string | undefined> = {};
    if (raw.headers !== undefined && !isObject(raw.headers))
      throw errors.badRequest(`Request id : ${id} has invalid headers.`);
    for (const [name, value] of Object.entries(raw.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    const writes = ['POST', 'PATCH', 'PUT'].includes(method.toUpperCase());
    if ((raw.body !== undefined || writes) && (raw.body === undefined || !headers['content-type']))
      throw errors.badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
    const dependsOn = raw.dependsOn ?? [];
    if (!Array.isArray(dependsOn) || !dependsOn.every((dep) => typeof dep === 'string'))
      throw errors.badRequest(`Request id : ${id} has an invalid dependsOn.`);
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    return {
      id,
      dependsOn,
      request: {
        method: method.toUpperCase(),
        path: path.startsWith('/') ? path : `/${path}`,
        query: new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1)),
        headers,
        body: raw.body,
        requestId: randomUUID(),
        clientRequestId: headers['client-request-id'] ?? batch.clientRequestId,
        baseUrl: batch.baseUrl,
        batchItem: true,
      },
    };
  });
  const byId = new Map(items.map((item) => [item.id.toLowerCase(), item]));
  for (const item of items)
    for (const dependency of item.dependsOn)
      if (!byId.has(dependency.toLowerCase()) || dependency.toLowerCase() === item.id.toLowerCase())
        throw errors.badRequest(
          `Request id : ${item.id} depends on '${dependency}', which is not another request of the batch.`,
        );
  // A cycle would wait forever: refuse it like any other malformed batch.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (item: BatchItem) => {
    const key = item.id.toLowerCase();
    if (done.has(key)) return;
    if (visiting.has(key)) throw errors.badRequest('The dependsOn of the batch form a cycle.');
    visiting.add(key);
    for (const dependency of item.dependsOn) {
      const target = byId.get(dependency.toLowerCase());
      if (target) visit(target);
    }
    done.add(key);
  };
  items.forEach(visit);
  return items;
}

export async function runBatch(
  batch: GraphRequest,
  runItem: RunItem,
): Promise<{ response: GraphResponse; wrote: boolean }> {
  const items = readItems(batch);
  const statuses = new Map<string, number>();
  const responses: Array<Record<string, unknown>> = [];
  let wrote = false;
  const pending = [...items];
  const running = new Set<Promise<void>>();

  const run = async (item: BatchItem) => {
    const failed = item.dependsOn.find((dependency) => (statuses.get(dependency.toLowerCase()) ?? 0) >= 400);
    let response: GraphResponse;
    if (failed !== undefined) {
      response = jsonResponse(
        424,
        errorBody(
          'FailedDependency',
          `The request depends on request '${failed}', which failed.`,
          item.request,
        ),
      );
    } else {
      const result = await runItem(item.request);
      response = result.response;
      wrote ||= result.wrote;
    }
    statuses.set(item.id.toLowerCase(), response.status);
    responses.push({
      id: item.id,
      status: response.status,
      headers: response.headers,
      ...(response.body === undefined ? {} : { body: response.body }),
    });
  };

  while (pending.length > 0 || running.size > 0) {
    const ready = pending.filter((item) =>
      item.dependsOn.every((dependency) => statuses.has(dependency.toLowerCase())),
    );
    for (const item of ready) {
      if (running.size >= PARALLEL_ITEMS) break;
      pending.splice(pending.indexOf(item), 1);
      const task: Promise<void> = run(item).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size > 0) await Promise.race(running);
  }
  return { response: jsonResponse(200, { responses }), wrote };
}
