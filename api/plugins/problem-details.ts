import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage } from '../../bot/i18n/error-message.js';
import { DomainError, type ErrorCode, errorCatalogue } from '../../core/errors/error-catalogue.js';
import { PATTERN_HINTS } from '../schemas/common-schemas.js';
import { acceptedLocale } from './accepted-locale.js';

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

/**
 * Sends a problem, with RFC 9457 extension members if any; a 401 carries the Bearer challenge
 * that RFC 6750 asks for. A request that names fr, nl, en or de in Accept-Language (the pages send
 * the person's language) gets `detail` in it, from the bot's own translation of the catalogue;
 * without one, the API's English detail. The code and params are the same either way.
 */
export function sendProblem(reply: FastifyReply, problem: Problem, extensions: Record<string, unknown> = {}) {
  if (problem.status === 401) reply.header('www-authenticate', bearerChallenge(problem));
  reply.header('vary', 'Accept-Language');
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ ...problem, ...inLanguageOf(reply, problem), ...extensions });
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}

/** The detail in the language the request asks for, if it asks for one the product speaks. */
function inLanguageOf(reply: FastifyReply, problem: Problem): Partial<Problem> {
  const locale = acceptedLocale(reply.request.headers['accept-language']);
  if (!locale || !isErrorCode(problem.code)) return {};
  reply.header('content-language', locale);
  return { detail: errorMessage(locale, problem.code, problem.params ?? {}) };
}

/**
 * No token: a bare challenge (RFC 6750 §3.1 says no error code then). A bad token:
 * error="invalid_token" with the reason, so a client knows to get a new one.
 */
function bearerChallenge(problem: Problem): string {
  const realm = 'Bearer realm="telework"';
  if (problem.code !== 'AUTH_INVALID_TOKEN') return realm;
  // RFC 6750 allows printable ASCII but " and \ in error_description.
  const description = problem.detail.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '');
  return `${realm}, error="invalid_token", error_description="${description}"`;
}

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** "querystring/month must be a month written YYYY-MM, ..." with the field as a parameter. */
function validationProblem(issues: ValidationIssue[], context: string | undefined): Problem {
  const [issue] = issues;
  const field =
    issue?.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
    (typeof issue?.params.missingProperty === 'string' ? issue.params.missingProperty : '');
  const hint = issue?.keyword === 'pattern' ? PATTERN_HINTS[String(issue.params.pattern)] : undefined;
  const message = issue?.keyword === 'required' ? 'is required' : (hint ?? issue?.message ?? 'is not valid');
  const where = [context, field].filter(Boolean).join('/');
  return {
    type: 'urn:telework:error:REQUEST_INVALID',
    title: 'REQUEST_INVALID',
    status: 400,
    code: 'REQUEST_INVALID',
    detail: `${where} ${message}`,
    params: { ...(context ? { in: context } : {}), field },
  };
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

/**
 * Fastify's own refusals of a request (its body parser, its limits) under the catalogue's codes,
 * so a client never has to know Fastify's FST_ERR_* names.
 */
function requestProblem(error: FastifyError, request: FastifyRequest): DomainError {
  const code: ErrorCode | undefined = FASTIFY_REFUSALS[error.code];
  if (code === 'UNSUPPORTED_MEDIA_TYPE') {
    const contentType = String(request.headers['content-type'] ?? '').slice(0, 100);
    return new DomainError(code, { contentType });
  }
  if (code === 'REQUEST_TOO_LARGE') return new DomainError(code, { limit: request.routeOptions.bodyLimit });
  return new DomainError('REQUEST_INVALID', { problem: error.message });
}

const FASTIFY_REFUSALS: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_TOO_LARGE',
};

/** A 4xx Fastify gives for a request, as a problem; one the catalogue has no code for keeps its status. */
function sendRequestProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const problem = problemFromDomainError(requestProblem(error, request));
  return sendProblem(reply, { ...problem, status: error.statusCode ?? problem.status });
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route or error handler runs (a
 * path that is not valid percent-encoding, a path parameter longer than maxParamLength), which it
 * otherwise answers in its own JSON.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendRequestProblem(error, request, reply);
}

export function registerProblemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) return sendProblem(reply, problemFromDomainError(error));
    if ('validation' in error && error.validation) {
      // Named after the field, e.g. "querystring/month must be a month written YYYY-MM, ...".
      return sendProblem(reply, validationProblem(error.validation, error.validationContext));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendRequestProblem(error, request, reply);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, {
      type: 'urn:telework:error:INTERNAL',
      title: 'INTERNAL',
      status: 500,
      code: 'INTERNAL',
      detail: 'Something went wrong on our side; it has been logged.',
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
