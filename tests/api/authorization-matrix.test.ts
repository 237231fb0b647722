import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalIdentity } from '../../local-m365/identity/local-identity.js';
import { LOCAL_TENANT_ID } from '../../server/connect-microsoft-365.js';
import { backends } from '../store/store-backends.js';
import { AUDIENCE, DEMO, type Harness, ISSUER, openHarness } from './hr-api-harness.js';

// Who may call what, through the real routes: every refusal with its status, code and reason.
const sqlite = backends[0] as (typeof backends)[number];
const OTHER_TENANT = 'ffffffff-0000-4000-8000-0000000000aa';
const STRANGER = 'eeeeeeee-0000-4000-8000-000000000001';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness(sqlite);
});
afterAll(() => harness.dispose());

const now = () => Math.floor(Date.now() / 1000);

describe('401: no valid token', () => {
  const forged: Array<[string, () => Promise<string>, string]> = [
    [
      'expired an hour ago',
      () => harness.tokenOf(DEMO.sophie, { iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }),
      'expired',
    ],
    [
      'not valid for another hour',
      () => harness.tokenOf(DEMO.sophie, { nbf: now() + 3600, exp: now() + 7200 }),
      'not-yet-valid',
    ],
    [
      'for another application',
      () => harness.tokenOf(DEMO.sophie, { aud: 'api://some-other-app' }),
      'wrong-audience',
    ],
    [
      'from another issuer',
      () => harness.tokenOf(DEMO.sophie, { iss: 'https://sts.evil.example/v2.0' }),
      'wrong-issuer',
    ],
    [
      'of another tenant',
      () =>
        harness.tokenOf(DEMO.sophie, {
          tid: OTHER_TENANT,
          iss: `https://login.local.test/${OTHER_TENANT}/v2.0`,
        }),
      'other-tenant',
    ],
    [
      'with a tampered payload (an employee made HR)',
      async () => {
        const [header, payload, signature] = (await harness.tokenOf(DEMO.sarah)).split('.');
        const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
        const raised = Buffer.from(JSON.stringify({ ...claims, roles: ['HR'] })).toString('base64url');
        return `${header}.${raised}.${signature}`;
      },
      'bad-signature',
    ],
    [
      'unsigned (alg none)',
      async () => {
        const [, payload] = (await harness.tokenOf(DEMO.sophie)).split('.');
        const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        return `${header}.${payload}.`;
      },
      'alg-none',
    ],
    [
      "signed with another key under the tenant key's id",
      async () => {
        const impostor = createLocalIdentity({ tenantId: LOCAL_TENANT_ID, issuer: ISSUER });
        const [, payload] = (await harness.tokenOf(DEMO.sophie)).split('.');
        const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
        return impostor.sign(claims, { kid: (await harness.identity.jwks()).keys[0]?.kid as string });
      },
      'bad-signature',
    ],
    [
      'signed with a key the tenant does not publish',
      async () => {
        const impostor = createLocalIdentity({ tenantId: LOCAL_TENANT_ID, issuer: ISSUER });
        return impostor.issueUserToken(
          { id: DEMO.sophie, upn: 'x@y', displayName: 'x', roles: ['HR'] },
          AUDIENCE,
        );
      },
      'unknown-key',
    ],
    [
      'HS256 with the public key as the secret (algorithm confusion)',
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify((await harness.identity.jwks()).keys[0]));
        return new SignJWT({
          iss: ISSUER,
          aud: AUDIENCE,
          tid: LOCAL_TENANT_ID,
          oid: DEMO.sophie,
          roles: ['HR'],
          exp: now() + 600,
        })
          .setProtectedHeader({ alg: 'HS256', kid: (await harness.identity.jwks()).keys[0]?.kid as string })
          .sign(secret);
      },
      'wrong-algorithm',
    ],
    ['without oid', () => harness.tokenOf(DEMO.sophie, { oid: undefined }), 'no-subject'],
    ['that is no JWT', async () => 'not-a-jwt', 'malformed'],
  ];

  it('no Authorization header: AUTH_MISSING_TOKEN and a bare Bearer challenge', async () => {
    const response = await harness.get('/api/v1/tallies?month=2026-11');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['www-authenticate']).toBe('Bearer realm="telework"');
    expect(response.json()).toMatchObject({ code: 'AUTH_MISSING_TOKEN', status: 401 });
  });

  it('another scheme than Bearer is refused as malformed', async () => {
    const response = await harness.app.inject({
      url: '/api/v1/me/tally?month=2026-11',
      headers: { authorization: 'Basic c29waGllOnNlY3JldA==' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().params).toMatchObject({ reason: 'malformed' });
  });

  it.each(forged)('a token %s: AUTH_INVALID_TOKEN (%#)', async (_label, make, reason) => {
    const response = await harness.get('/api/v1/tallies?month=2026-11', await make());
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'AUTH_INVALID_TOKEN', params: { reason } });
    expect(response.headers['www-authenticate']).toMatch(
      /^Bearer realm="telework", error="invalid_token", error_description="The access token is refused/,
    );
  });

  it('authentication comes before validation: no token and a bad month is still 401', async () => {
    expect((await harness.get('/api/v1/tallies?month=december')).statusCode).toBe(401);
  });

  it('a minute of clock difference is tolerated', async () => {
    const token = await harness.tokenOf(DEMO.sophie, { nbf: now() + 30 });
    expect((await harness.get('/api/v1/me/tally?month=2026-11', token)).statusCode).toBe(200);
  });
});

describe('403: a valid token that may not', () => {
  it.each([
    [
      'an employee reading someone else',
      DEMO.sarah,
      `/api/v1/tallies?month=2026-11&person=${DEMO.mehdi}`,
      'FORBIDDEN_PERSON',
    ],
    [
      'an employee reading their own team',
      DEMO.sarah,
      '/api/v1/tallies?month=2026-11&team=social-service',
      'FORBIDDEN_TEAM',
    ],
    [
      'a manager reading another team',
      DEMO.isabelle,
      '/api/v1/tallies?month=2026-11&team=administration',
      'FORBIDDEN_TEAM',
    ],
    [
      'a manager reading someone of another team',
      DEMO.isabelle,
      `/api/v1/tallies?month=2026-11&person=${DEMO.jonas}`,
      'FORBIDDEN_PERSON',
    ],
    [
      'a manager probing an id that does not exist',
      DEMO.isabelle,
      `/api/v1/tallies?month=2026-11&person=${STRANGER}`,
      'FORBIDDEN_PERSON',
    ],
    [
      'an employee downloading the payroll file',
      DEMO.sarah,
      '/api/v1/tallies.csv?month=2026-11',
      'FORBIDDEN_ROLE',
    ],
    [
      'a manager downloading the payroll file',
      DEMO.els,
      '/api/v1/tallies.csv?month=2026-11',
      'FORBIDDEN_ROLE',
    ],
    [
      'the application administrator downloading the timesheet',
      DEMO.lukas,
      '/api/v1/timesheet.csv?month=2026-11',
      'FORBIDDEN_ROLE',
    ],
  ])('%s', async (_label, who, url, code) => {
    const response = await harness.get(url, await harness.tokenOf(who));
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['www-authenticate']).toBeUndefined();
    expect(response.json().code).toBe(code);
  });

  it('the Manager role without managing the team in the organisation file is not enough', async () => {
    const token = await harness.tokenOf(DEMO.sarah, { roles: ['Manager'] });
    const response = await harness.get('/api/v1/tallies?month=2026-11&team=social-service', token);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN_TEAM' });
  });

  it('only HR closes a month', async () => {
    const response = await harness.post('/api/v1/months/2026-10/close', await harness.tokenOf(DEMO.isabelle));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      code: 'FORBIDDEN_ROLE',
      detail: 'Closing a month needs the app role HR; the token has Manager.',
    });
    expect(await harness.opened.store.closedMonths()).toEqual([]);
  });

  it('a valid token of someone outside the organisation file has no tally', async () => {
    const token = await harness.identity.sign({
      iss: ISSUER,
      aud: AUDIENCE,
      tid: LOCAL_TENANT_ID,
      oid: STRANGER,
      exp: now() + 600,
    });
    for (const url of ['/api/v1/me/tally?month=2026-11', '/api/v1/tallies?month=2026-11']) {
      const response = await harness.get(url, token);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('AUTH_UNKNOWN_PERSON');
    }
  });
});

describe('what each may see', () => {
  const seen = async (who: string, query = '') => {
    const response = await harness.get(`/api/v1/tallies?month=2026-11${query}`, await harness.tokenOf(who));
    expect(response.statusCode).toBe(200);
    return response.json().items.map((item: { personId: string }) => item.personId);
  };

  it('an employee: themselves only', async () => {
    expect(await seen(DEMO.sarah)).toEqual([DEMO.sarah]);
    expect(await seen(DEMO.sarah, `&person=${DEMO.sarah}`)).toEqual([DEMO.sarah]);
  });

  it('a manager: themselves and their team', async () => {
    expect(await seen(DEMO.marc)).toEqual([DEMO.marc, DEMO.nathalie, DEMO.karim]);
    expect(await seen(DEMO.isabelle, `&person=${DEMO.julie}`)).toEqual([DEMO.julie]);
  });

  it('HR: everyone, any team', async () => {
    expect(await seen(DEMO.sophie)).toHaveLength(14);
    expect(await seen(DEMO.sophie, '&team=reception')).toEqual([DEMO.marc, DEMO.nathalie, DEMO.karim]);
  });

  it('an application with the HR role (a payroll connector) downloads the payroll file, and has no own tally', async () => {
    const token = await harness.identity.issueAppToken('00000000-0000-4000-8000-0000000000c2', AUDIENCE, [
      'HR',
    ]);
    expect((await harness.get('/api/v1/tallies.csv?month=2026-11', token)).statusCode).toBe(200);
    expect((await harness.get('/api/v1/me/tally?month=2026-11', token)).json().code).toBe(
      'AUTH_UNKNOWN_PERSON',
    );
  });
});
