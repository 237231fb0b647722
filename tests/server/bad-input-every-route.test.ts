import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../store/store-backends.js';
import { type BadInputHarness, startBadInputHarness, UPN } from './bad-input-harness.js';
import { CASES } from './bad-request-cases.js';

// Bad input on every route the product registers: malformed bodies, wrong types, huge values,
// impossible dates, years 0 and 9999, unknown ids. Each answer is a 4xx problem+json with a
// stable code (the local Graph answers its own Graph errors, 4xx too), and the ledger, the
// calendar outbox and the months table are exactly as before. Never a 500.

// The cases: bad-request-cases.ts (HTTP) and bad-activity-cases.ts (the bot).

const GRAPH_METHODS = ['GET', 'HEAD', 'TRACE', 'DELETE', 'OPTIONS', 'PATCH', 'PUT', 'POST', 'QUERY'];

describe.each(backends)('bad input on every route ($name)', (backend) => {
  let harness: BadInputHarness;
  let graphToken: string;
  beforeAll(async () => {
    if (backend.skipReason) return;
    harness = await startBadInputHarness(backend);
    const response = await harness.inject({
      method: 'POST',
      url: '/local/token',
      payload: { upn: UPN.employee, resource: 'graph' },
    });
    graphToken = response.json().access_token;
  });
  afterAll(() => harness?.close());

  it.skipIf(backend.skipReason)('covers every route the product registers', () => {
    const covered = new Set(CASES.map((c) => c.route));
    // The local Graph's catch-all answers every method alike; the cases above send some of them.
    const missing = harness.routes.filter(
      (route) => !covered.has(route) && !/^\w+ \/graph\/v1\.0/.test(route),
    );
    expect(missing).toEqual([]);
    expect(harness.routes).toContain('POST /api/messages');
    for (const method of GRAPH_METHODS) expect(harness.routes).toContain(`${method} /graph/v1.0/*`);
  });

  it.skipIf(backend.skipReason).each(CASES)('$route, $label', async ({ request, expected }) => {
    const before = await harness.tables();
    const options = request(harness.token, harness.known);
    if ((options.headers as Record<string, string> | undefined)?.authorization === 'graph') {
      (options.headers as Record<string, string>).authorization = `Bearer ${graphToken}`;
    }
    const response = await harness.inject(options);
    if ('ignored' in expected) {
      expect(response.statusCode).toBe(expected.ignored);
    } else if ('answered' in expected) {
      expect(response.statusCode).toBe(expected.answered);
    } else if ('card' in expected) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.body).toMatch(new RegExp(`Code ?: ${expected.card}\\b`));
    } else if ('graph' in expected) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      if (options.method !== 'HEAD') expect(typeof response.json().error.code).toBe('string');
    } else {
      expect({
        status: response.statusCode,
        code: options.method === 'HEAD' ? expected.code : response.json().code,
      }).toEqual(expected);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(await harness.tables()).toEqual(before);
  });
});
