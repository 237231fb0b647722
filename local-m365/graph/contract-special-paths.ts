import type { ContractCheck, ContractIssue, GraphContract } from './graph-contract.js';

/**
 * Paths the local Graph serves that Calendar.yml does not describe. Their documented shapes
 * (learn.microsoft.com/graph/json-batching, /graph/delta-query-events) are checked here, and every
 * event or error inside them against the spec's schemas.
 */
const DELTA = /^\/users\/[^/]+(\/calendar)?\/calendarView\/delta(\(\))?$/i;
const DIRECTORY = /^\/users(\/[^/]+)?$/i;
const BATCH = /^\/\$batch$/i;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function merged(
  checks: Array<{ prefix: string; check: ContractCheck }>,
  extra: ContractIssue[],
  checked: string,
): ContractCheck {
  const issues = [
    ...extra,
    ...checks.flatMap(({ prefix, check }) =>
      check.issues.map((issue) => ({ jsonPath: `${prefix}${issue.jsonPath}`, message: issue.message })),
    ),
  ];
  return { ok: issues.length === 0, checked, issues };
}

const error = (contract: GraphContract, body: unknown) =>
  contract.checkSchema('microsoft.graph.ODataErrors.ODataError', body);

function deltaPage(contract: GraphContract, body: unknown): ContractCheck {
  if (!isObject(body) || !Array.isArray(body.value))
    return {
      ok: false,
      checked: 'delta page',
      issues: [{ jsonPath: '/value', message: 'must be an array' }],
    };
  const extra: ContractIssue[] = [];
  const links = ['@odata.nextLink', '@odata.deltaLink'].filter((link) => typeof body[link] === 'string');
  if (links.length !== 1)
    extra.push({
      jsonPath: '',
      message: 'a delta page carries exactly one of @odata.nextLink and @odata.deltaLink',
    });
  const checks = body.value.map((item, index) => {
    const prefix = `/value/${index}`;
    if (isObject(item) && '@removed' in item) {
      const removed = item['@removed'];
      const ok = typeof item.id === 'string' && isObject(removed) && typeof removed.reason === 'string';
      return {
        prefix,
        check: {
          ok,
          checked: 'removed',
          issues: ok ? [] : [{ jsonPath: '', message: 'a removal is {id, @removed: {reason}}' }],
        },
      };
    }
    return { prefix, check: contract.checkSchema('microsoft.graph.event', item) };
  });
  return merged(checks, extra, 'delta page of microsoft.graph.event');
}

// Without the requests at hand, a batch answer's bodies are recognised by their look.
function batchItemBody(contract: GraphContract, status: number, body: unknown): ContractCheck {
  if (body === undefined || body === null) return { ok: true, checked: 'no body', issues: [] };
  if (status >= 400) return error(contract, body);
  const looksLikeEvent = (value: unknown) => isObject(value) && ('iCalUId' in value || 'start' in value);
  if (isObject(body) && Array.isArray(body.value) && body.value.some(looksLikeEvent))
    return contract.checkSchema('microsoft.graph.eventCollectionResponse', body);
  if (looksLikeEvent(body)) return contract.checkSchema('microsoft.graph.event', body);
  return { ok: true, checked: 'not an event', issues: [] };
}

function batchRequest(contract: GraphContract, body: unknown): ContractCheck {
  if (!isObject(body) || !Array.isArray(body.requests))
    return { ok: false, checked: '$batch', issues: [{ jsonPath: '/requests', message: 'must be an array' }] };
  const extra: ContractIssue[] = [];
  const checks = body.requests.map((item, index) => {
    const prefix = `/requests/${index}`;
    if (
      !isObject(item) ||
      typeof item.id !== 'string' ||
      typeof item.method !== 'string' ||
      typeof item.url !== 'string'
    ) {
      extra.push({ jsonPath: prefix, message: 'a batch request has string id, method and url' });
      return { prefix, check: { ok: true, checked: '', issues: [] } };
    }
    const template = contract.templateOf(item.url) ?? item.url.split('?')[0] ?? item.url;
    return { prefix: `${prefix}/body`, check: contract.checkRequest(item.method, template, item.body) };
  });
  return merged(checks, extra, '$batch requests');
}

function batchResponse(contract: GraphContract, body: unknown): ContractCheck {
  if (!isObject(body) || !Array.isArray(body.responses))
    return {
      ok: false,
      checked: '$batch',
      issues: [{ jsonPath: '/responses', message: 'must be an array' }],
    };
  const extra: ContractIssue[] = [];
  const checks = body.responses.map((item, index) => {
    const prefix = `/responses/${index}`;
    if (!isObject(item) || typeof item.id !== 'string' || typeof item.status !== 'number') {
      extra.push({ jsonPath: prefix, message: 'a batch response has a string id and a numeric status' });
      return { prefix, check: { ok: true, checked: '', issues: [] } };
    }
    return { prefix: `${prefix}/body`, check: batchItemBody(contract, item.status, item.body) };
  });
  return merged(checks, extra, '$batch responses');
}

/** The template of a path Calendar.yml does not describe, as the local Graph names it. */
export function specialTemplateOf(path: string): string | undefined {
  if (BATCH.test(path)) return '/$batch';
  const delta = DELTA.exec(path);
  if (delta) return `/users/{user-id}${delta[1] ?? ''}/calendarView/delta()`;
  if (DIRECTORY.test(path)) return path.toLowerCase() === '/users' ? '/users' : '/users/{user-id}';
  return undefined;
}

export function specialTemplateCheck(
  contract: GraphContract,
  template: string,
  direction: 'request' | 'response',
  method: string,
  status: number,
  body: unknown,
): ContractCheck | undefined {
  const noBody = (): ContractCheck =>
    body === undefined || body === null || body === ''
      ? { ok: true, checked: 'no body', issues: [] }
      : { ok: false, checked: 'no body', issues: [{ jsonPath: '', message: 'the operation takes no body' }] };
  if (BATCH.test(template)) {
    if (direction === 'request') return batchRequest(contract, body);
    return status >= 400 ? error(contract, body) : batchResponse(contract, body);
  }
  if (DELTA.test(template) && method.toUpperCase() === 'GET') {
    if (direction === 'request') return noBody();
    return status >= 400 ? error(contract, body) : deltaPage(contract, body);
  }
  if (DIRECTORY.test(template) && method.toUpperCase() === 'GET') {
    if (direction === 'request') return noBody();
    // microsoft.graph.user is not in Calendar.yml: only errors can be held to the spec.
    return status >= 400
      ? error(contract, body)
      : { ok: true, checked: 'not described by Calendar.yml', issues: [] };
  }
  return undefined;
}
