import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphTokenVerifier } from '../../local-m365/identity/graph-token-verifier.js';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';

// Local mode's sign-in on the composed product: the demo organisation's people and their tokens.
let dir: string;
let product: Product;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-sign-in-'));
  product = await composeProduct(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }, dir));
});
afterAll(async () => {
  await product.close();
  await rm(dir, { recursive: true, force: true });
});

describe('local sign-in', () => {
  it('lists the people of the organisation file', async () => {
    const response = await product.app.inject({ method: 'GET', url: '/local/users' });
    expect(response.statusCode).toBe(200);
    const people = response.json() as Array<{ upn: string; roles: string[] }>;
    expect(people).toHaveLength(product.organisation.people.length);
    expect(people.find((person) => person.upn === 'sophie.leclercq@cpas-demo.be')?.roles).toEqual(['HR']);
  });

  it('gives a person a Graph token that the local Graph reads as that person', async () => {
    const response = await product.app.inject({
      method: 'POST',
      url: '/local/token',
      payload: { upn: 'Sarah.Janssens@cpas-demo.be', resource: 'graph' },
    });
    expect(response.statusCode).toBe(200);
    const identity = product.microsoft365.localIdentity;
    if (!identity) throw new Error('local mode has a local identity');
    const caller = await graphTokenVerifier(identity)(`Bearer ${response.json().access_token}`);
    expect(caller).toMatchObject({ kind: 'user', userId: '00000000-0000-4000-8000-000000000002' });
  });

  it('gives an API token with the person’s roles for the API audience', async () => {
    const response = await product.app.inject({
      method: 'POST',
      url: '/local/token',
      payload: { upn: 'sophie.leclercq@cpas-demo.be', resource: 'api' },
    });
    const { apiTokens } = product.microsoft365;
    const { payload } = await jwtVerify(response.json().access_token, apiTokens.keys, {
      issuer: apiTokens.issuer,
      audience: apiTokens.audience,
    });
    expect(payload).toMatchObject({ roles: ['HR'], tid: apiTokens.tenantId, scp: 'access_as_user' });
  });

  it.each([
    ['an unknown person', { upn: 'nobody@cpas-demo.be', resource: 'api' }, 404, 'UNKNOWN_UPN'],
    [
      'an unknown resource',
      { upn: 'sophie.leclercq@cpas-demo.be', resource: 'sharepoint' },
      400,
      'REQUEST_INVALID',
    ],
    ['no upn', { resource: 'api' }, 400, 'REQUEST_INVALID'],
  ])('refuses %s', async (_label, payload, status, code) => {
    const response = await product.app.inject({ method: 'POST', url: '/local/token', payload });
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it('answers only on this machine', async () => {
    for (const url of ['/local/users', '/local/token']) {
      const response = await product.app.inject({
        method: url === '/local/users' ? 'GET' : 'POST',
        url,
        remoteAddress: '10.1.2.3',
        headers: { 'x-forwarded-for': '127.0.0.1' },
        payload:
          url === '/local/token' ? { upn: 'sophie.leclercq@cpas-demo.be', resource: 'api' } : undefined,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('LOCAL_ONLY');
    }
  });
});

describe('in production', () => {
  it('has no local sign-in at all, and the bot refuses activities without a valid token', async () => {
    const prodDir = await mkdtemp(join(tmpdir(), 'production-'));
    const client = '5d6c7b8a-1111-4222-8333-444455556666';
    const config = readConfig(
      {
        DATA_DIR: prodDir,
        LOG_LEVEL: 'silent',
        MODE: 'production',
        TENANT_ID: '0b0e7c1e-1c7a-4f0e-9d3e-2a1f5c6b7d8e',
        CLIENT_ID: client,
        CLIENT_SECRET: 'not-used-offline',
        API_AUDIENCE: `api://telework.cpas-demo.be/${client}`,
        BOT_ID: 'b0b0b0b0-1111-4222-8333-444455556666',
        BOT_PASSWORD: 'not-used-offline',
      },
      prodDir,
    );
    const production = await composeProduct(config);
    try {
      expect(production.microsoft365.localIdentity).toBeUndefined();
      for (const [method, url] of [
        ['GET', '/local/users'],
        ['POST', '/local/token'],
      ] as const) {
        expect((await production.app.inject({ method, url })).statusCode).toBe(404);
      }
      // The single-tenant bot: an activity without a Bot Framework token is refused.
      const activity = {
        type: 'message',
        text: '/telework tomorrow',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        from: { id: '29:x', aadObjectId: '00000000-0000-4000-8000-000000000002' },
        conversation: { id: 'a:1' },
        recipient: { id: '28:bot' },
      };
      const anonymous = await production.app.inject({
        method: 'POST',
        url: '/api/messages',
        payload: activity,
      });
      expect(anonymous.statusCode).toBe(401);
      const forged = await production.app.inject({
        method: 'POST',
        url: '/api/messages',
        payload: activity,
        headers: { authorization: 'Bearer not.a.token' },
      });
      expect(forged.statusCode).toBe(401);
    } finally {
      await production.close();
      await rm(prodDir, { recursive: true, force: true });
    }
  });
});
