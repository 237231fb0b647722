import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';

// The HR API as `npm start` wires it in local mode: tokens from POST /local/token, checked against
// the local identity provider's keys by the code that checks Entra ID's.
let dir: string;
let product: Product;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hr-api-local-'));
  product = await composeProduct(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }, dir), {
    clock: { now: () => '2026-12-02T09:00:00.000Z', today: () => '2026-12-02' },
  });
});
afterAll(async () => {
  await product.close();
  await rm(dir, { recursive: true, force: true });
});

async function tokenFor(upn: string, resource: 'api' | 'graph' = 'api'): Promise<string> {
  const response = await product.app.inject({
    method: 'POST',
    url: '/local/token',
    payload: { upn, resource },
  });
  return response.json().access_token;
}

describe('the HR API in local mode', () => {
  it('HR downloads the payroll file with a local sign-in token', async () => {
    const response = await product.app.inject({
      url: '/api/v1/tallies.csv?month=2026-11',
      headers: { authorization: `Bearer ${await tokenFor('sophie.leclercq@cpas-demo.be')}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith('\uFEFFmonth;month_status;person_id;')).toBe(true);
    expect(response.body.trimEnd().split('\r\n')).toHaveLength(1 + product.organisation.people.length);
  });

  it('an employee may not, and a Graph token is not an API token', async () => {
    const employee = await product.app.inject({
      url: '/api/v1/tallies.csv?month=2026-11',
      headers: { authorization: `Bearer ${await tokenFor('sarah.janssens@cpas-demo.be')}` },
    });
    expect(employee.statusCode).toBe(403);
    const graph = await product.app.inject({
      url: '/api/v1/me/tally?month=2026-11',
      headers: { authorization: `Bearer ${await tokenFor('sarah.janssens@cpas-demo.be', 'graph')}` },
    });
    expect(graph.statusCode).toBe(401);
    expect(graph.json().params).toMatchObject({ reason: 'wrong-audience' });
  });

  it('is ready once the database answers and the calendar outbox is not stuck', async () => {
    const response = await product.app.inject({ url: '/readyz' });
    expect(response.json()).toEqual({
      status: 'ready',
      checks: [
        { name: 'database', ok: true },
        { name: 'calendar-outbox', ok: true },
      ],
    });
  });
});
