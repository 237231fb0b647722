import {
  Client,
  type Context,
  GraphClientError,
  type Middleware,
  ResponseType,
} from '@microsoft/microsoft-graph-client';
import type { AppTokenProvider } from '../entra/app-token-provider.js';
import { GraphAnswerError } from './graph-reply.js';

/** Microsoft Graph's resource URI: the audience of its tokens, in the cloud and locally alike. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

export interface GraphConnection {
  /** https://graph.microsoft.com/v1.0, or the local Graph: http://127.0.0.1:PORT/graph/v1.0 */
  baseUrl: string;
  tokens: AppTokenProvider;
  /** Per request, answer included. */
  timeoutMs?: number;
}

/** An answer as it came: the status, the headers (lower-case names) and the body's text. */
export interface GraphReply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** No answer at all: the connection failed, was reset, or timed out; or no token was to be had. */
export class GraphTransportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphTransportError';
  }
}

/**
 * How the middleware reports a transport failure through the SDK: the SDK rethrows only
 * GraphClientError as is (anything else becomes a GraphError), and GraphClientError's constructor
 * resets the prototype, so a subclass would not survive; the marker rides on `customError`.
 */
function transportFailure(message: string, cause: unknown): GraphClientError {
  const error = new GraphClientError(message);
  error.customError = { transport: true, cause };
  return error;
}

export interface GraphHttp {
  readonly baseUrl: string;
  /** `target` is a path under the base URL ("/$batch") or a full link Graph gave (nextLink). */
  request(
    method: 'GET' | 'POST',
    target: string,
    options?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<GraphReply>;
}

/**
 * The one middleware of our Graph client: the bearer token, then fetch with a deadline.
 *
 * Why not the SDK's default chain: its AuthenticationHandler adds the token only to
 * https://graph.microsoft.com and to `customHosts`, and `customHosts` matches https URLs only
 * (GraphRequestUtil.isValidEndpoint), so the local Graph on http://127.0.0.1 would get no token.
 * Its RetryHandler sleeps on its own clock and retries behind our back; the outbox worker owns
 * retries (Retry-After, backoff, leases), so it is left out.
 */
class BearerFetch implements Middleware {
  constructor(
    private readonly tokens: AppTokenProvider,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    let token: string;
    try {
      token = await this.tokens(GRAPH_RESOURCE);
    } catch (error) {
      throw transportFailure(`no access token for Microsoft Graph: ${messageOf(error)}`, error);
    }
    const options = context.options ?? {};
    const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${token}`);
    try {
      context.response = await fetch(context.request, {
        ...(options as RequestInit),
        headers,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw transportFailure(`no answer from Microsoft Graph: ${messageOf(error)}`, error);
    }
  }
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

/**
 * @microsoft/microsoft-graph-client on a configurable base URL: the same code reaches
 * graph.microsoft.com and the local Graph. The base URL is split into the SDK's `baseUrl` and
 * `defaultVersion` ("http://127.0.0.1:3978/graph" + "v1.0").
 */
export function graphHttp(connection: GraphConnection): GraphHttp {
  const base = connection.baseUrl.replace(/\/+$/, '');
  const versionAt = base.lastIndexOf('/');
  const client = Client.initWithMiddleware({
    baseUrl: base.slice(0, versionAt),
    defaultVersion: base.slice(versionAt + 1),
    middleware: new BearerFetch(connection.tokens, connection.timeoutMs ?? 30_000),
  });
  return {
    baseUrl: base,
    async request(method, target, options = {}) {
      const request = client
        .api(relativeTo(base, target))
        .headers(options.headers ?? {})
        .responseType(ResponseType.RAW);
      let response: Response;
      try {
        response =
          method === 'GET' ? await request.get() : await request.post(JSON.stringify(options.body ?? {}));
      } catch (error) {
        const marked = error instanceof GraphClientError && error.customError?.transport === true;
        if (marked) throw new GraphTransportError(error.message, { cause: error.customError.cause });
        if (error instanceof GraphAnswerError) throw error;
        throw new GraphTransportError(`Microsoft Graph request failed: ${messageOf(error)}`, {
          cause: error,
        });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw new GraphTransportError(`the answer of Microsoft Graph broke off: ${messageOf(error)}`, {
          cause: error,
        });
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      return { status: response.status, headers, text };
    },
  };
}

/**
 * A link Graph handed back (nextLink, deltaLink) is replayed as it is, but only under our own base
 * URL: the token is never sent to another host. The SDK parses full URLs for https only, so the
 * link goes in as a path.
 */
function relativeTo(base: string, target: string): string {
  if (!/^[a-z]+:\/\//i.test(target)) return target;
  // Without regard to case, as Graph matches its hosts and paths.
  const prefix = target.slice(0, base.length + 1);
  if (prefix.toLowerCase() !== `${base}/`.toLowerCase())
    throw new GraphAnswerError(`Graph sent a link outside ${base}: ${target.slice(0, 200)}`);
  return target.slice(base.length);
}
