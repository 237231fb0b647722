import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Caller, callerOf } from '../../core/access/caller.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { bearerTokenVerifier, type TokenTrust } from './bearer-token.js';

type Outcome = { caller: Caller } | { refusal: DomainError };

// Per request, what the token said. Kept beside the request rather than declared on Fastify's
// types, so only this module can write it.
const outcomes = new WeakMap<FastifyRequest, Outcome>();

/**
 * Authentication for every route of the scope, in two steps so the rate limit can sit between
 * them (api/hr-api.ts): onRequest checks the token and remembers the caller or the refusal;
 * preParsing refuses, before the body is read or the query validated, anyone without a valid token.
 * Who may see what is decided later, by the use case (core/access).
 */
export function authenticate(
  scope: FastifyInstance,
  deps: { trust: TokenTrust; organisation: Pick<Organisation, 'people'> },
): void {
  const verify = bearerTokenVerifier(deps.trust);
  scope.addHook('onRequest', async (request) => {
    try {
      const token = await verify(request.headers.authorization);
      outcomes.set(request, { caller: callerOf(deps.organisation, token.oid, token.roles) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.set(request, { refusal: error });
    }
  });
  scope.addHook('preParsing', async (request) => {
    const outcome = outcomes.get(request);
    if (!outcome) throw new DomainError('AUTH_MISSING_TOKEN');
    if ('refusal' in outcome) throw outcome.refusal;
  });
}

/** The authenticated caller of a request that passed authenticate()'s hooks. */
export function callerOfRequest(request: FastifyRequest): Caller {
  const outcome = outcomes.get(request);
  if (!outcome || !('caller' in outcome)) throw new DomainError('AUTH_MISSING_TOKEN');
  return outcome.caller;
}

/** The rate limit's key: the caller's oid when the token is valid, the client address otherwise. */
export function rateLimitKey(request: FastifyRequest): string {
  const outcome = outcomes.get(request);
  return outcome && 'caller' in outcome ? `oid:${outcome.caller.id}` : `ip:${request.ip}`;
}
