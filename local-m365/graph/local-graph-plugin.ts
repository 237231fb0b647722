import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './graph-error.js';
import { JSON_CONTENT_TYPE } from './graph-request.js';
import type { LocalGraphOptions } from './local-graph-options.js';
import { createLocalGraphRuntime, type LocalGraphRuntime } from './local-graph-runtime.js';

/**
 * The local Graph as a Fastify plugin, to be registered with `{ prefix: '/graph/v1.0' }`.
 * Every path under the prefix goes to one dispatcher (the same one $batch items go through), so
 * the plugin only moves bytes: it reads bodies itself to answer unreadable JSON the Graph way, and
 * destroys the socket when a fault says the connection is to be reset.
 * Pass `runtime` (createLocalGraphRuntime) to keep hold of its fault controller; without it the
 * plugin makes its own and closes it with the server.
 */
export async function localGraph(
  app: FastifyInstance,
  options: LocalGraphOptions & { runtime?: LocalGraphRuntime },
): Promise<void> {
  const runtime = options.runtime ?? (await createLocalGraphRuntime(options));
  if (!options.runtime) app.addHook('onClose', async () => runtime.close());
  const prefix = app.prefix;

  // Encapsulated: only the plugin's routes read bodies as text; errors are answered by the runtime.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  // What Fastify itself refuses (an unreadable Content-Type, a body over its limit) still reads
  // as a Graph error.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    const clientRequestId = String(request.headers['client-request-id'] ?? randomUUID());
    const ids = { requestId: randomUUID(), clientRequestId };
    const code = status === 415 ? 'UnsupportedMediaType' : status < 500 ? 'BadRequest' : 'generalException';
    return reply
      .code(status)
      .headers({
        'Content-Type': JSON_CONTENT_TYPE,
        'request-id': ids.requestId,
        'client-request-id': clientRequestId,
      })
      .send(JSON.stringify(errorBody(code, error.message, ids)));
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const outcome = await runtime.handleHttp({
      method: request.method,
      url: request.url.slice(prefix.length) || '/',
      headers: request.headers,
      rawBody: typeof request.body === 'string' ? request.body : undefined,
      baseUrl: `${request.protocol}://${request.host}${prefix}`,
    });
    if (outcome.kind === 'reset') {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    const { status, headers, body } = outcome.response;
    reply.code(status).headers(headers);
    return body === undefined ? reply.send() : reply.send(JSON.stringify(body));
  };
  app.all('/', handler);
  app.all('/*', handler);
}
