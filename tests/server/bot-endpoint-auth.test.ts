import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotAdapter } from '../../bot/bot-adapter.js';
import { buildApp } from '../../server/app.js';
import { freePort } from '../support/free-port.js';

// /api/messages in production mode (a single-tenant Azure Bot): the Bot Framework's token is
// checked against signing keys published at an OpenID metadata URL. Here that URL is a local
// server the test controls: it publishes a key, fails, or does not exist.
const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '99999999-8888-4777-8666-555555555555';
const KID = 'test-key';

let metadata: Server;
let metadataBase: string;
let closedPort: number;
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let ownKey: PrivateKey;
let otherKey: PrivateKey;
let turns = 0;

beforeAll(async () => {
  const own = await generateKeyPair('RS256', { extractable: true });
  ownKey = own.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(own.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  const port = await freePort();
  metadataBase = `http://127.0.0.1:${port}`;
  metadata = createServer((request, response) => {
    const path = request.url ?? '';
    if (path.startsWith('/failing')) {
      response.writeHead(503).end('upstream says no');
      return;
    }
    response.setHeader('content-type', 'application/json');
    if (path.endsWith('/keys')) response.end(JSON.stringify({ keys: [jwk] }));
    else
      response.end(
        JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${metadataBase}${path}/keys` }),
      );
  });
  await new Promise<void>((resolve) => metadata.listen(port, '127.0.0.1', resolve));
  closedPort = await freePort();
});
afterAll(() => new Promise((resolve) => metadata.close(resolve)));

/** The app with the bot only, its keys at `openIdMetadataUrl`; the turn counts itself. */
function appWithKeysAt(openIdMetadataUrl: string) {
  const adapter = createBotAdapter({
    mode: 'single-tenant',
    appId: APP_ID,
    tenantId: TENANT,
    password: 'not-used',
    openIdMetadataUrl,
  });
  return buildApp(
    { logLevel: 'silent' },
    {
      bot: {
        adapter,
        bot: {
          async run() {
            turns += 1;
          },
        },
      },
    },
  );
}

const activity = {
  type: 'message',
  id: 'a-1',
  text: '/telework tomorrow',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:abc', aadObjectId: '00000000-0000-4000-8000-000000000002' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'a:conversation', conversationType: 'personal', tenantId: TENANT },
};

/** A token as the Bot Framework issues it to the bot, signed with `key`. */
function botFrameworkToken(key: PrivateKey, claims: { aud?: string } = {}) {
  return new SignJWT({ serviceurl: activity.serviceUrl })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .setIssuer('https://api.botframework.com')
    .setAudience(claims.aud ?? APP_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

async function post(openIdMetadataUrl: string, authorization?: string) {
  const app = appWithKeysAt(openIdMetadataUrl);
  try {
    return await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: activity,
      headers: authorization ? { authorization } : {},
    });
  } finally {
    await app.close();
  }
}

describe('POST /api/messages in production mode', () => {
  it('a valid Bot Framework token runs the turn', async () => {
    const before = turns;
    const response = await post(`${metadataBase}/valid`, `Bearer ${await botFrameworkToken(ownKey)}`);
    expect(response.statusCode).toBe(200);
    expect(turns).toBe(before + 1);
  });

  it.each([
    ['no token', async () => undefined, 'AUTH_MISSING_TOKEN'],
    ['a token that is no JWT', async () => 'Bearer not-a-jwt', 'AUTH_INVALID_TOKEN'],
    ['a token of another scheme', async () => 'Basic dXNlcjpwYXNz', 'AUTH_INVALID_TOKEN'],
    // Both answered 500 before: botbuilder let jsonwebtoken's error through as it was.
    [
      'a token signed with another key',
      async () => `Bearer ${await botFrameworkToken(otherKey)}`,
      'AUTH_INVALID_TOKEN',
    ],
    [
      'a token for another bot',
      async () => `Bearer ${await botFrameworkToken(ownKey, { aud: 'another-bot' })}`,
      'AUTH_INVALID_TOKEN',
    ],
  ])('%s: 401 %s, and no turn', async (_label, authorization, code) => {
    const before = turns;
    const response = await post(`${metadataBase}/valid-${code}`, await authorization());
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="telework"/);
    expect(response.json()).toMatchObject({ code, status: 401 });
    expect(turns).toBe(before);
  });

  it.each([
    ['the metadata server does not answer', () => `http://127.0.0.1:${closedPort}/openid`],
    ['the metadata server fails', () => `${metadataBase}/failing`],
  ])('%s: 503 BOT_KEYS_UNAVAILABLE with a generic body', async (_label, url) => {
    const before = turns;
    const response = await post(url(), `Bearer ${await botFrameworkToken(ownKey)}`);
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'urn:telework:error:BOT_KEYS_UNAVAILABLE',
      title: 'BOT_KEYS_UNAVAILABLE',
      status: 503,
      code: 'BOT_KEYS_UNAVAILABLE',
      detail:
        "The Bot Framework's signing keys cannot be read right now, so no message can be checked; try again.",
      params: {},
    });
    expect(turns).toBe(before);
  });

  it('a malformed activity is 400 before any token is looked at', async () => {
    const app = appWithKeysAt(`http://127.0.0.1:${closedPort}/openid`);
    const response = await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: { text: 'no type' },
      headers: { authorization: 'Bearer x' },
    });
    await app.close();
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID', params: { field: 'type' } });
  });
});
