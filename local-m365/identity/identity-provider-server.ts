import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:https';
import Fastify, { type FastifyInstance } from 'fastify';
import { createLocalIdentity, type LocalIdentity } from './local-identity.js';
import type { LocalClient } from './token-claims.js';

export interface LocalIdentityProvider {
  identity: LocalIdentity;
  /** What msal-node is given as `authority`: https://127.0.0.1:PORT/{tenant}. */
  authority: string;
  /** The self-signed certificate of the HTTPS listener, for the one HTTP client that must trust it. */
  caCertificate: string;
  close(): Promise<void>;
}

/** The provider listening, its TLS certificate made when first asked for. */
export interface ListeningIdentityProvider extends Omit<LocalIdentityProvider, 'caCertificate'> {
  /**
   * Makes the listener's certificate (once) and returns it (PEM). Until then no TLS handshake
   * succeeds; only MSAL connects, and it asks for this first. Making it (selfsigned, an RSA key)
   * takes a few hundred milliseconds the server's start does not wait for.
   */
  caCertificate(): Promise<string>;
}

/**
 * Entra ID's OAuth endpoints, locally: OpenID discovery, the signing keys and the token endpoint
 * (client credentials). MSAL refuses an authority that is not https, so this runs its own HTTPS
 * listener on loopback with a self-signed certificate.
 */
export async function startLocalIdentityProvider(settings: {
  tenantId: string;
  clients: LocalClient[];
  port?: number;
}): Promise<LocalIdentityProvider> {
  const provider = await listenLocalIdentityProvider(settings);
  return { ...provider, caCertificate: await provider.caCertificate() };
}

/** The same, listening at once: the issuer (which names the port) and the keys are ready. */
export async function listenLocalIdentityProvider(settings: {
  tenantId: string;
  clients: LocalClient[];
  port?: number;
}): Promise<ListeningIdentityProvider> {
  // An HTTPS server with no certificate yet: setSecureContext gives it one when it is made.
  const app = Fastify({ https: {}, logger: false });
  await app.register(import('@fastify/formbody'));
  let identity: LocalIdentity | undefined;
  const identityNow = () => {
    if (!identity) throw new Error('identity provider not started');
    return identity;
  };
  registerIdentityRoutes(app, settings.tenantId, settings.clients, identityNow);
  await app.listen({ host: '127.0.0.1', port: settings.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('identity provider has no port');
  const authority = `https://127.0.0.1:${address.port}/${settings.tenantId}`;
  identity = createLocalIdentity({ tenantId: settings.tenantId, issuer: `${authority}/v2.0` });
  let certificate: Promise<string> | undefined;
  const caCertificate = () => {
    certificate ??= selfSignedCertificate().then((pems) => {
      (app.server as Server).setSecureContext({ key: pems.private, cert: pems.cert });
      return pems.cert;
    });
    return certificate;
  };
  return { identity, authority, caCertificate, close: () => app.close() };
}

async function selfSignedCertificate() {
  // CommonJS: its exports are the default export once bundled (dist/), and also in Node.
  const { generate } = (await import('selfsigned')).default;
  return generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
}

function registerIdentityRoutes(
  app: FastifyInstance,
  tenantId: string,
  clients: LocalClient[],
  identity: () => LocalIdentity,
): void {
  const base = `/${tenantId}`;
  app.get(`${base}/v2.0/.well-known/openid-configuration`, async (request) => {
    const authority = `https://${request.headers.host}${base}`;
    return {
      issuer: identity().issuer,
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post'],
      response_types_supported: ['code', 'token'],
      id_token_signing_alg_values_supported: ['RS256'],
      tenant_region_scope: 'EU',
    };
  });
  app.get(`${base}/discovery/v2.0/keys`, () => identity().jwks());
  app.post<{ Body: Record<string, string | undefined> }>(
    `${base}/oauth2/v2.0/token`,
    async (request, reply) => {
      const body = request.body ?? {};
      const fail = (status: number, error: string, description: string) =>
        reply.code(status).send({
          error,
          error_description: description,
          error_codes: [status],
          timestamp: new Date().toISOString(),
        });
      if (body.grant_type !== 'client_credentials') {
        return fail(
          400,
          'unsupported_grant_type',
          'AADSTS70003: The local identity provider supports client_credentials only.',
        );
      }
      const client = clients.find((candidate) => candidate.clientId === body.client_id);
      if (!client || !sameSecret(client.clientSecret, body.client_secret ?? '')) {
        return fail(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
      }
      // Client credentials ask for "{resource}/.default": every permission granted to the app.
      const resource = /^(.*)\/\.default$/.exec(body.scope ?? '')?.[1];
      if (!resource)
        return fail(400, 'invalid_scope', 'AADSTS1002012: The scope must be {resource}/.default.');
      const token = await identity().issueAppToken(client.clientId, resource, client.graphRoles);
      return { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token };
    },
  );
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
