import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { DomainError } from '../../core/errors/error-catalogue.js';

/**
 * Every error leaves the HTTP API as application/problem+json (RFC 9457) with a stable `code`
 * from the one error catalogue, so clients match on codes and people read `detail`.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  params?: Record<string, string | number>;
}

function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export function problemFromDomainError(error: DomainError): Problem {
  return {
    type: `urn:telework:error:${error.code}`,
    title: error.code,
    status: error.httpStatus,
    code: error.code,
    detail: error.message,
    params: { ...error.params },
  };
}

export function registerProblemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) return sendProblem(reply, problemFromDomainError(error));
    if ('validation' in error && error.validation) {
      // Fastify's own message names the field, e.g. "querystring/month must match pattern ...".
      return sendProblem(reply, {
        type: 'urn:telework:error:REQUEST_INVALID',
        title: 'REQUEST_INVALID',
        status: 400,
        code: 'REQUEST_INVALID',
        detail: error.message,
      });
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, {
      type: `urn:telework:error:${error.code ?? 'INTERNAL'}`,
      title: error.code ?? 'INTERNAL',
      status,
      code: error.code ?? 'INTERNAL',
      detail: status === 500 ? 'Something went wrong on our side; it has been logged.' : error.message,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: 'urn:telework:error:ROUTE_NOT_FOUND',
      title: 'ROUTE_NOT_FOUND',
      status: 404,
      code: 'ROUTE_NOT_FOUND',
      detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
}
