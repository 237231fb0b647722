import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';

// The Admin's view of calendar changes that could not reach Outlook (the parking itself is
// exercised against the local Graph in tests/graph).
let dir: string;
let product: Product;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'calendar-admin-'));
  product = await composeProduct(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }, dir), {
    runCalendarSync: false,
  });
});
afterAll(async () => {
  await product.close();
  await rm(dir, { recursive: true, force: true });
});

async function tokenFor(upn: string): Promise<string> {
  const response = await product.app.inject({
    method: 'POST',
    url: '/local/token',
    payload: { upn, resource: 'api' },
  });
  return response.json().access_token;
}

describe('parked calendar changes', () => {
  it('the Admin lists them and sends them again', async () => {
    const admin = { authorization: `Bearer ${await tokenFor('lukas.schmitz@cpas-demo.be')}` };
    const list = await product.app.inject({ url: '/api/v1/admin/calendar-sync/parked', headers: admin });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ parked: [] });
    const requeue = await product.app.inject({
      method: 'POST',
      url: '/api/v1/admin/calendar-sync/requeue',
      headers: admin,
      payload: { ids: 'all' },
    });
    expect(requeue.json()).toEqual({ requeued: 0 });
  });

  it.each([
    ['an employee', 'sarah.janssens@cpas-demo.be', 403, 'FORBIDDEN_ROLE'],
    ['HR', 'sophie.leclercq@cpas-demo.be', 403, 'FORBIDDEN_ROLE'],
  ])('%s may not see them', async (_label, upn, status, code) => {
    const response = await product.app.inject({
      url: '/api/v1/admin/calendar-sync/parked',
      headers: { authorization: `Bearer ${await tokenFor(upn)}` },
    });
    expect([response.statusCode, response.json().code]).toEqual([status, code]);
  });

  it('without a token: 401; with a bad body: 400 naming the field', async () => {
    expect((await product.app.inject({ url: '/api/v1/admin/calendar-sync/parked' })).statusCode).toBe(401);
    const bad = await product.app.inject({
      method: 'POST',
      url: '/api/v1/admin/calendar-sync/requeue',
      headers: { authorization: `Bearer ${await tokenFor('lukas.schmitz@cpas-demo.be')}` },
      payload: { ids: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('ids');
  });
});
