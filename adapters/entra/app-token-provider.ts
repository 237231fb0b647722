import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';

export interface EntraAppSettings {
  tenantId: string;
  clientId: string;
  /** A client secret, or a certificate (PEM private key and its SHA-256 thumbprint). */
  credential:
    | { kind: 'secret'; secret: string }
    | { kind: 'certificate'; privateKeyPem: string; thumbprintSha256: string; x5c?: string };
  /** https://login.microsoftonline.com/{tenant}, or the local identity provider's authority. */
  authority: string;
  /** Local mode only: MSAL's HTTP client trusting the local identity provider's certificate. */
  networkClient?: INetworkModule;
}

/** Returns an application access token for a resource, e.g. "https://graph.microsoft.com". */
export type AppTokenProvider = (resource: string) => Promise<string>;

/**
 * Client credentials through msal-node. MSAL keeps the tokens in its in-memory cache and only
 * goes back to Entra ID when a token is close to expiry.
 */
export function appTokenProvider(settings: EntraAppSettings): AppTokenProvider {
  const credential =
    settings.credential.kind === 'secret'
      ? { clientSecret: settings.credential.secret }
      : {
          clientCertificate: {
            privateKey: settings.credential.privateKeyPem,
            thumbprintSha256: settings.credential.thumbprintSha256,
            ...(settings.credential.x5c ? { x5c: settings.credential.x5c } : {}),
          },
        };
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      // The local authority is not one of Microsoft's clouds: trust it without instance discovery.
      knownAuthorities: [new URL(settings.authority).host],
      ...credential,
    },
    ...(settings.networkClient ? { system: { networkClient: settings.networkClient } } : {}),
  });
  return async (resource) => {
    const result = await msal.acquireTokenByClientCredential({ scopes: [`${resource}/.default`] });
    if (!result?.accessToken) throw new Error(`Entra ID returned no access token for ${resource}`);
    return result.accessToken;
  };
}
