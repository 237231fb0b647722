import { errors, jwtVerify } from 'jose';
import { type GraphCaller, type GraphTokenVerifier, InvalidGraphTokenError } from './graph-caller.js';
import type { LocalIdentity } from './local-identity.js';
import { GRAPH_AUDIENCE } from './token-claims.js';

/** Checks a bearer token the way Graph does: signature, issuer, audience, lifetime, tenant. */
export function graphTokenVerifier(
  identity: Pick<LocalIdentity, 'issuer' | 'keys' | 'tenantId'>,
): GraphTokenVerifier {
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new InvalidGraphTokenError('Access token is empty.');
    try {
      const { payload } = await jwtVerify(token, identity.keys, {
        issuer: identity.issuer,
        audience: GRAPH_AUDIENCE,
        algorithms: ['RS256'],
      });
      if (payload.tid !== identity.tenantId) throw new InvalidGraphTokenError('Token is for another tenant.');
      return toCaller(payload);
    } catch (error) {
      if (error instanceof InvalidGraphTokenError) throw error;
      if (error instanceof errors.JWTExpired)
        throw new InvalidGraphTokenError('Lifetime validation failed, the token is expired.');
      if (error instanceof errors.JOSEError)
        throw new InvalidGraphTokenError(`Access token validation failure: ${error.code}.`);
      throw error;
    }
  };
}

function toCaller(payload: Record<string, unknown>): GraphCaller {
  const tenantId = String(payload.tid);
  const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
  if (payload.idtyp === 'app')
    return { kind: 'app', appId: String(payload.appid ?? payload.azp), tenantId, roles };
  if (typeof payload.oid !== 'string') throw new InvalidGraphTokenError('Token names no user.');
  const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
  return { kind: 'user', userId: payload.oid, tenantId, scopes };
}
