import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemDetails } from '../../api/plugins/problem-details.js';
import { registerReadinessRoute } from '../../api/routes/readiness.js';
import { registerNamedSchemas } from '../../api/schemas/named-schemas.js';
import { backends } from '../store/store-backends.js';
import { DEMO, type Harness, openHarness } from './hr-api-harness.js';

const sqlite = backends[0] as (typeof backends)[number];

describe('security headers and the OpenAPI document', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(sqlite);
  });
  afterAll(() => harness.dispose());

  it('every answer has helmet’s headers, errors included', async () => {
    for (const url of ['/healthz', '/api/v1/tallies?month=2026-11', '/nowhere']) {
      const response = await harness.get(url);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toContain('max-age=');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('Swagger UI is served under a CSP that allows what it loads: its own scripts and styles', async () => {
    const page = await harness.get('/docs');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // No inline script: everything the page runs comes from /docs/static, allowed by 'self'.
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    for (const src of page.body.match(/src="([^"]+)"/g) ?? []) {
      const path = src.slice(5, -1).replace(/^\.\//, '/docs/');
      const asset = await harness.get(path.startsWith('/') ? path : `/docs/${path}`);
      expect(asset.statusCode, path).toBe(200);
    }
  });

  it('/docs/json describes every HR route with its parameters, answers and the bearer scheme', async () => {
    const document = (await harness.get('/docs/json')).json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.entraIdBearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/readyz',
        '/api/v1/tallies',
        '/api/v1/tallies.csv',
        '/api/v1/timesheet.csv',
        '/api/v1/me/tally',
        '/api/v1/months',
        '/api/v1/months/{month}/close',
      ]),
    );
    const tallies = document.paths['/api/v1/tallies'].get;
    expect(tallies.security).toEqual([{ entraIdBearer: [] }]);
    const month = tallies.parameters.find((parameter: { name: string }) => parameter.name === 'month');
    expect(month).toMatchObject({ in: 'query', required: true, schema: { pattern: expect.any(String) } });
    expect(Object.keys(tallies.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '429']),
    );
    expect(tallies.responses['401'].content['application/problem+json']).toBeDefined();
    const csv = document.paths['/api/v1/tallies.csv'].get;
    expect(csv.responses['200'].content['text/csv']).toBeDefined();
    expect(csv.description).toContain('`total_allowance`');
  });
});

describe('rate limit per caller', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(sqlite, { rateLimitPerMinute: 3 });
  });
  afterAll(() => harness.dispose());

  it('counts per token oid: a fourth request in the minute is 429 problem+json; another person is not held up', async () => {
    const sarah = await harness.tokenOf(DEMO.sarah);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await harness.get('/api/v1/me/tally?month=2026-11', sarah)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await harness.get('/api/v1/me/tally?month=2026-11', await harness.tokenOf(DEMO.sarah));
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(
      (await harness.get('/api/v1/me/tally?month=2026-11', await harness.tokenOf(DEMO.mehdi))).statusCode,
    ).toBe(200);
  });

  it('counts bad tokens per client address, so guessing is limited too', async () => {
    const fromA = (token: string) =>
      harness.app.inject({
        url: '/api/v1/me/tally?month=2026-11',
        remoteAddress: '10.0.0.7',
        headers: { authorization: `Bearer ${token}` },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fromA(`forged.${i}.x`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const fromB = await harness.app.inject({
      url: '/api/v1/me/tally?month=2026-11',
      remoteAddress: '10.0.0.8',
    });
    expect(fromB.statusCode).toBe(401);
  });

  it('the probes are never limited', async () => {
    for (let i = 0; i < 6; i++) expect((await harness.get('/healthz')).statusCode).toBe(200);
  });
});

describe('GET /readyz', () => {
  it('is 200 with each check when the database answers', async () => {
    const harness = await openHarness(sqlite);
    try {
      const response = await harness.get('/readyz');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ready', checks: [{ name: 'database', ok: true }] });
      await harness.opened.close();
      const down = await harness.get('/readyz');
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ code: 'NOT_READY', checks: [{ name: 'database', ok: false }] });
      expect(down.json().detail).toMatch(/^Not ready: database \(unreachable: /);
    } finally {
      await harness.dispose();
    }
  });

  it('a check that hangs or throws fails, the others still report', async () => {
    const app = Fastify();
    registerProblemDetails(app);
    registerNamedSchemas(app);
    registerReadinessRoute(
      app,
      [
        { name: 'database', check: async () => ({ ok: true }) },
        { name: 'outbox', check: () => new Promise(() => {}) },
        { name: 'broken', check: async () => Promise.reject(new Error('boom')) },
      ],
      50,
    );
    const response = await app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().checks).toEqual([
      { name: 'database', ok: true },
      { name: 'outbox', ok: false, detail: 'no answer within 50 ms' },
      { name: 'broken', ok: false, detail: 'boom' },
    ]);
    await app.close();
  });
});
