import { errorBody, GraphError } from './graph-error.js';

/** One request to the local Graph: an HTTP request, or one item of a $batch. */
export interface GraphRequest {
  method: string;
  /** After /v1.0, still percent-encoded: "/users/a%40b.be/events". */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  body: unknown;
  /** Set when the body could not be read; answered before anything else. */
  bodyError?: GraphError;
  requestId: string;
  clientRequestId: string;
  /** "http://127.0.0.1:1234/graph/v1.0": what @odata.nextLink and deltaLink start with. */
  baseUrl: string;
  batchItem: boolean;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** What Graph's JSON answers declare (OData minimal metadata). */
export const JSON_CONTENT_TYPE =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {} };
}

export function errorResponse(
  error: unknown,
  request: Pick<GraphRequest, 'requestId' | 'clientRequestId'>,
): GraphResponse {
  const graphError =
    error instanceof GraphError
      ? error
      : new GraphError(
          500,
          'generalException',
          `The local Graph failed: ${error instanceof Error ? error.message : String(error)}`,
        );
  return jsonResponse(
    graphError.status,
    errorBody(graphError.code, graphError.message, request),
    graphError.headers,
  );
}

/** Preference-Applied, when the request's Prefer header was honoured at least in part. */
export function preferenceApplied(applied: string[]): Record<string, string> {
  return applied.length > 0 ? { 'Preference-Applied': applied.join(', ') } : {};
}

/** A link to the same resource with other query options (keeps the order of the others). */
export function linkWith(request: GraphRequest, changes: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  const lower = new Set(Object.keys(changes).map((key) => key.toLowerCase()));
  for (const [key, value] of request.query) if (!lower.has(key.toLowerCase())) query.append(key, value);
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) query.append(key, value);
  const text = query.toString().replace(/%24/g, '$');
  return `${request.baseUrl}${request.path}${text ? `?${text}` : ''}`;
}
