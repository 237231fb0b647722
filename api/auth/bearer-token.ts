import { decodeProtectedHeader, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { DomainError } from '../../core/errors/error-catalogue.js';

/** What the API trusts: one tenant's tokens for its own audience (server/connect-microsoft-365.ts). */
export interface TokenTrust {
  issuer: string;
  audience: string;
  tenantId: string;
  keys: JWTVerifyGetKey;
}

/** The claims the product reads from a verified access token. */
export interface VerifiedToken {
  oid: string;
  roles: unknown;
}

/** Why a token is refused: stable words for clients and logs, with an explanation for people. */
const REASONS = {
  malformed: 'it is not a signed JWT',
  'alg-none': 'it is not signed (alg none)',
  'wrong-algorithm': 'it is signed with another algorithm than RS256',
  'bad-signature': 'its signature does not match its content',
  'unknown-key': 'it is signed with a key the tenant does not publish',
  expired: 'it has expired',
  'not-yet-valid': 'it is not valid yet',
  'wrong-audience': 'it was issued for another application',
  'wrong-issuer': 'it was issued by another authority',
  'other-tenant': 'it belongs to another Microsoft 365 tenant',
  'no-subject': 'it names no user or application (oid)',
  'missing-claim': 'a required claim is missing',
} as const;
export type TokenRefusal = keyof typeof REASONS;

function refuse(reason: TokenRefusal): DomainError {
  return new DomainError('AUTH_INVALID_TOKEN', { reason, explanation: REASONS[reason] });
}

/** Entra ID's clock and ours may differ a little; a minute is the usual allowance. */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Checks a bearer token as Entra ID's documentation asks: the RS256 signature against the tenant's
 * published keys, the audience, the lifetime (exp, nbf), the tenant and the issuer. The same code
 * checks the local identity provider's tokens in local mode. Throws AUTH_MISSING_TOKEN,
 * AUTH_INVALID_TOKEN with the reason, or AUTH_KEYS_UNAVAILABLE when the keys cannot be fetched.
 */
export function bearerTokenVerifier(
  trust: TokenTrust,
): (authorization: string | undefined) => Promise<VerifiedToken> {
  return async (authorization) => {
    if (!authorization) throw new DomainError('AUTH_MISSING_TOKEN');
    const token = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(authorization)?.[1];
    if (!token) throw refuse('malformed');
    const alg = algorithmOf(token);
    // Refused by name before jose sees it: an unsigned token must never look like a key problem.
    if (alg === 'none') throw refuse('alg-none');
    if (alg !== 'RS256') throw refuse(alg === undefined ? 'malformed' : 'wrong-algorithm');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, trust.keys, {
        algorithms: ['RS256'],
        audience: trust.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'tid', 'iss'],
      }));
    } catch (error) {
      throw translate(error);
    }
    // The tenant before the issuer: another tenant's token also has another issuer, and "other
    // tenant" is what the person needs to hear.
    if (payload.tid !== trust.tenantId) throw refuse('other-tenant');
    if (payload.iss !== trust.issuer) throw refuse('wrong-issuer');
    if (typeof payload.oid !== 'string' || payload.oid === '') throw refuse('no-subject');
    return { oid: payload.oid, roles: payload.roles };
  };
}

function algorithmOf(token: string): string | undefined {
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === 'string' ? alg : undefined;
  } catch {
    return undefined;
  }
}

function translate(error: unknown): DomainError {
  if (error instanceof errors.JWTExpired) return refuse('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return refuse('not-yet-valid');
    if (error.claim === 'aud') return refuse('wrong-audience');
    if (error.claim === 'iss') return refuse('wrong-issuer');
    return refuse('missing-claim');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return refuse('bad-signature');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return refuse('unknown-key');
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return refuse('wrong-algorithm');
  // The tenant's key set could not be fetched or read: our problem, not the caller's token.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new DomainError('AUTH_KEYS_UNAVAILABLE');
  }
  if (error instanceof errors.JOSEError) return refuse('malformed');
  return new DomainError('AUTH_KEYS_UNAVAILABLE');
}
