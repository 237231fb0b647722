import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appTokenProvider } from '../../adapters/entra/app-token-provider.js';
import { pinnedCaNetworkClient } from '../../adapters/entra/pinned-ca-network-client.js';
import { InvalidGraphTokenError } from '../../local-m365/identity/graph-caller.js';
import { graphTokenVerifier } from '../../local-m365/identity/graph-token-verifier.js';
import {
  type LocalIdentityProvider,
  startLocalIdentityProvider,
} from '../../local-m365/identity/identity-provider-server.js';
import { GRAPH_AUDIENCE } from '../../local-m365/identity/token-claims.js';

// msal-node, unchanged, against the local identity provider over HTTPS: the path production
// takes to Entra ID, run for real.
const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = {
  clientId: 'aaaaaaaa-0000-4000-8000-000000000001',
  clientSecret: 's3cret',
  graphRoles: ['Calendars.ReadWrite'],
};

let provider: LocalIdentityProvider;
beforeAll(async () => {
  provider = await startLocalIdentityProvider({ tenantId: TENANT, clients: [CLIENT] });
});
afterAll(() => provider.close());

function tokens(secret: string) {
  return appTokenProvider({
    tenantId: TENANT,
    clientId: CLIENT.clientId,
    credential: { kind: 'secret', secret },
    authority: provider.authority,
    networkClient: pinnedCaNetworkClient(provider.caCertificate),
  });
}

describe('the local identity provider', () => {
  it('gives msal-node an application token for Graph that Graph accepts', async () => {
    const token = await tokens(CLIENT.clientSecret)(GRAPH_AUDIENCE);
    const caller = await graphTokenVerifier(provider.identity)(`Bearer ${token}`);
    expect(caller).toEqual({
      kind: 'app',
      appId: CLIENT.clientId,
      tenantId: TENANT,
      roles: ['Calendars.ReadWrite'],
    });
  });

  it('serves the token from MSAL’s cache the second time', async () => {
    const provide = tokens(CLIENT.clientSecret);
    expect(await provide(GRAPH_AUDIENCE)).toBe(await provide(GRAPH_AUDIENCE));
  });

  it('refuses a wrong client secret', async () => {
    await expect(tokens('wrong')(GRAPH_AUDIENCE)).rejects.toThrow(/invalid_client|AADSTS7000215/);
  });

  it.each([
    ['no header', undefined],
    ['not a bearer token', 'Basic abc'],
    ['garbage', 'Bearer not-a-jwt'],
  ])('Graph refuses %s', async (_label, header) => {
    await expect(graphTokenVerifier(provider.identity)(header)).rejects.toBeInstanceOf(
      InvalidGraphTokenError,
    );
  });

  it('Graph refuses a token for another audience, another tenant, or expired', async () => {
    const verify = graphTokenVerifier(provider.identity);
    const now = Math.floor(Date.now() / 1000);
    const base = {
      iss: provider.identity.issuer,
      aud: GRAPH_AUDIENCE,
      tid: TENANT,
      idtyp: 'app',
      appid: 'x',
      iat: now,
      exp: now + 60,
    };
    await expect(
      verify(`Bearer ${await provider.identity.sign({ ...base, aud: 'api://other' })}`),
    ).rejects.toThrow(/validation failure/);
    await expect(verify(`Bearer ${await provider.identity.sign({ ...base, tid: 'other' })}`)).rejects.toThrow(
      /another tenant/,
    );
    await expect(
      verify(`Bearer ${await provider.identity.sign({ ...base, exp: now - 600 })}`),
    ).rejects.toThrow(/expired/);
    await expect(verify(`Bearer ${await provider.identity.sign(base)}`)).resolves.toMatchObject({
      kind: 'app',
    });
  });
});
