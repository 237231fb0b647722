import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import type { Person } from '../../core/organisation/organisation.js';
import { API_SCOPE, GRAPH_AUDIENCE, GRAPH_USER_SCOPES } from './token-claims.js';

/** Access tokens live an hour, like Entra ID's default. */
const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * The local stand-in for Entra ID's token service: one RS256 signing key made at start-up, and
 * tokens shaped like Entra's v2.0 access tokens (iss, aud, tid, oid, roles, scp), so the product
 * verifies them with the very code that verifies Microsoft's.
 */
export interface LocalIdentity {
  tenantId: string;
  issuer: string;
  /** The public signing keys, as served at discovery/v2.0/keys (once the key is made). */
  jwks(): Promise<JSONWebKeySet>;
  keys: JWTVerifyGetKey;
  /** A delegated token for a person of the organisation, for Graph or for the product's API. */
  issueUserToken(
    person: Pick<Person, 'id' | 'upn' | 'displayName' | 'roles'>,
    audience: string,
  ): Promise<string>;
  /** An application token (client credentials) with the application permissions granted to it. */
  issueAppToken(clientId: string, audience: string, roles: string[]): Promise<string>;
  /** Any claims, for tests of the verifiers: expired, wrong audience, other tenant... */
  sign(claims: JWTPayload, options?: { kid?: string }): Promise<string>;
}

export function createLocalIdentity(settings: { tenantId: string; issuer: string }): LocalIdentity {
  // An RSA key takes 100 to 300 ms to make, on a thread of its own: the server listens meanwhile,
  // and the first token signed or checked waits for it.
  const kid = randomUUID();
  const key = generateKeyPair('RS256', { extractable: true }).then(async ({ privateKey, publicKey }) => {
    const jwks: JSONWebKeySet = {
      keys: [{ ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' }],
    };
    return { privateKey, jwks, verificationKey: createLocalJWKSet(jwks) };
  });

  const sign: LocalIdentity['sign'] = async (claims, options) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options?.kid ?? kid })
      .sign((await key).privateKey);

  const standard = (audience: string) => {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: settings.issuer,
      aud: audience,
      tid: settings.tenantId,
      iat: now,
      nbf: now,
      exp: now + TOKEN_LIFETIME_SECONDS,
      ver: '2.0',
      uti: randomUUID(),
    };
  };

  return {
    tenantId: settings.tenantId,
    issuer: settings.issuer,
    jwks: async () => (await key).jwks,
    keys: async (header, token) => (await key).verificationKey(header, token),
    sign,
    issueUserToken: (person, audience) =>
      sign({
        ...standard(audience),
        sub: person.id,
        oid: person.id,
        preferred_username: person.upn,
        upn: person.upn,
        name: person.displayName,
        idtyp: 'user',
        scp: audience === GRAPH_AUDIENCE ? GRAPH_USER_SCOPES : API_SCOPE,
        ...(audience === GRAPH_AUDIENCE ? {} : { roles: [...person.roles] }),
      }),
    issueAppToken: (clientId, audience, roles) =>
      sign({
        ...standard(audience),
        sub: clientId,
        oid: clientId,
        appid: clientId,
        azp: clientId,
        idtyp: 'app',
        roles,
      }),
  };
}
