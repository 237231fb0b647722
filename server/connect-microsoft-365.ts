import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { AppTokenProvider, EntraAppSettings } from '../adapters/entra/app-token-provider.js';
import { pinnedCaNetworkClient } from '../adapters/entra/pinned-ca-network-client.js';
import { DomainError } from '../core/errors/error-catalogue.js';
import type { LocalIdentity } from '../local-m365/identity/local-identity.js';
import { GRAPH_APP_ROLE } from '../local-m365/identity/token-claims.js';
import type { Config } from './config.js';

/** The local tenant: fixed ids so that tokens and links read the same from one run to the next. */
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000d001';
export const LOCAL_CLIENT_ID = '00000000-0000-4000-8000-00000000c001';
export const LOCAL_API_AUDIENCE = `api://localhost/${LOCAL_CLIENT_ID}`;

/** How the product checks the tokens that reach its API: Entra ID's, or the local provider's. */
export interface ApiTokenSettings {
  issuer: string;
  audience: string;
  tenantId: string;
  keys: JWTVerifyGetKey;
}

export interface Microsoft365 {
  graphBaseUrl: string;
  /** Application tokens for Graph (client credentials through msal-node). */
  graphTokens: AppTokenProvider;
  apiTokens: ApiTokenSettings;
  /** Local mode only: the identity provider, for the local sign-in and the local Graph. */
  localIdentity?: LocalIdentity;
  close(): Promise<void>;
}

export async function connectMicrosoft365(config: Config): Promise<Microsoft365> {
  const m365 = config.microsoft365;
  if (m365.mode === 'local') {
    // A secret made at each start: nothing outside this process ever needs it.
    const clientSecret = randomBytes(24).toString('base64url');
    // Imported here: production never loads the local identity provider.
    const { listenLocalIdentityProvider } = await import(
      '../local-m365/identity/identity-provider-server.js'
    );
    const provider = await listenLocalIdentityProvider({
      tenantId: LOCAL_TENANT_ID,
      clients: [{ clientId: LOCAL_CLIENT_ID, clientSecret, graphRoles: [GRAPH_APP_ROLE] }],
    });
    return {
      graphBaseUrl: `http://127.0.0.1:${config.port}/graph/v1.0`,
      // The provider's TLS certificate is made when the calendar sync first asks for a token.
      graphTokens: appTokensOnFirstUse(async () => ({
        tenantId: LOCAL_TENANT_ID,
        clientId: LOCAL_CLIENT_ID,
        credential: { kind: 'secret', secret: clientSecret },
        authority: provider.authority,
        networkClient: pinnedCaNetworkClient(await provider.caCertificate()),
      })),
      apiTokens: {
        issuer: provider.identity.issuer,
        audience: LOCAL_API_AUDIENCE,
        tenantId: LOCAL_TENANT_ID,
        keys: provider.identity.keys,
      },
      localIdentity: provider.identity,
      close: provider.close,
    };
  }
  // Read now: a certificate that cannot be used stops the start.
  const credential =
    m365.credential.kind === 'secret' ? m365.credential : await readCertificate(m365.credential.pemFile);
  return {
    graphBaseUrl: m365.graphBaseUrl,
    graphTokens: appTokensOnFirstUse(async () => ({
      tenantId: m365.tenantId,
      clientId: m365.clientId,
      credential,
      authority: m365.authority,
    })),
    apiTokens: {
      issuer: `${m365.authority.replace(/\/[^/]+$/, '')}/${m365.tenantId}/v2.0`,
      audience: m365.apiAudience,
      tenantId: m365.tenantId,
      keys: createRemoteJWKSet(new URL(`${m365.authority}/discovery/v2.0/keys`)),
    },
    close: async () => {},
  };
}

/**
 * Client credentials through msal-node, imported with the first token asked for (the calendar
 * sync's, after the server listens): nothing on the way to listening needs it. A failed first
 * attempt is not kept, the next call tries again.
 */
function appTokensOnFirstUse(settings: () => Promise<EntraAppSettings>): AppTokenProvider {
  let provider: Promise<AppTokenProvider> | undefined;
  return async (resource) => {
    provider ??= Promise.all([import('../adapters/entra/app-token-provider.js'), settings()]).then(
      ([{ appTokenProvider }, resolved]) => appTokenProvider(resolved),
      (error: unknown) => {
        provider = undefined;
        throw error;
      },
    );
    return (await provider)(resource);
  };
}

/** The app's certificate credential: one PEM file with the certificate and its private key. */
async function readCertificate(pemFile: string) {
  const pem = await readFile(pemFile, 'utf8').catch((error: Error) => {
    throw new DomainError('CONFIG_INVALID', {
      variable: 'CLIENT_CERTIFICATE_PATH',
      problem: `cannot read ${pemFile}: ${error.message}`,
    });
  });
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKeyPem = /-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+?-----END (RSA )?PRIVATE KEY-----/.exec(
    pem,
  )?.[0];
  if (!certificate || !privateKeyPem) {
    throw new DomainError('CONFIG_INVALID', {
      variable: 'CLIENT_CERTIFICATE_PATH',
      problem: `${pemFile} must hold both the certificate and its private key (PEM)`,
    });
  }
  const der = new X509Certificate(certificate).raw;
  return {
    kind: 'certificate' as const,
    privateKeyPem,
    thumbprintSha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
    x5c: certificate,
  };
}
