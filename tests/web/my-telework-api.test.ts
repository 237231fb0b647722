import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';

// The personal tab's API: the bot's use cases behind /api/v1/me/week and /api/v1/me/days.
const SARAH = 'sarah.janssens@cpas-demo.be';
const MONDAY = '2026-11-23';
let dir: string;
let product: Product;
let token: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'my-telework-'));
  product = await composeProduct(
    readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LOCAL_TODAY: MONDAY }, dir),
    { runCalendarSync: false },
  );
  const issued = await product.app.inject({
    method: 'POST',
    url: '/local/token',
    payload: { upn: SARAH, resource: 'api' },
  });
  token = issued.json().access_token;
});
afterAll(async () => {
  await product.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  product.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });

describe('my telework from the personal tab', () => {
  it("shows this week from Monday to Friday with the policy's quotas", async () => {
    const week = (await call('GET', '/api/v1/me/week')).json();
    expect(week.monday).toBe(MONDAY);
    expect(week.days.map((day: { date: string }) => day.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
  });

  it('declares a day that the week then shows, and cancels it', async () => {
    const date = '2026-12-02';
    const declared = await call('POST', '/api/v1/me/days', { days: [{ date, part: 'full' }] });
    expect(declared.statusCode).toBe(200);
    const [day] = declared.json().days;
    expect(day.outcome).not.toBe('refuse');
    // Sarah writes in Dutch (the organisation file): the reason is in her language.
    expect(day.message).toBe('Occasioneel thuiswerk moet vooraf goedgekeurd worden door je leidinggevende.');
    const week = (await call('GET', `/api/v1/me/week?weekOf=${date}`)).json();
    const shown = week.days.find((candidate: { date: string }) => candidate.date === date);
    expect(shown.entries.map((entry: { id: string }) => entry.id)).toEqual([day.entryId]);
    // Declared twice (a double click): the same entry, nothing new.
    const again = (await call('POST', '/api/v1/me/days', { days: [{ date, part: 'full' }] })).json();
    expect(again.days[0].entryId).toBe(day.entryId);
    const cancelled = (await call('DELETE', '/api/v1/me/days', { days: [{ date, part: 'full' }] })).json();
    expect(cancelled.cancelled.map((entry: { id: string }) => entry.id)).toEqual([day.entryId]);
    const after = (await call('GET', `/api/v1/me/week?weekOf=${date}`)).json();
    expect(after.days.find((candidate: { date: string }) => candidate.date === date).entries).toEqual([]);
  });

  it.each([
    ['no days', { days: [] }],
    ['a date that is no date', { days: [{ date: '2026-13-45', part: 'full' }] }],
    ['a part that is no part', { days: [{ date: '2026-12-02', part: 'evening' }] }],
  ])('refuses %s with a problem and changes nothing', async (_case, payload) => {
    const response = await call('POST', '/api/v1/me/days', payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const week = (await call('GET', '/api/v1/me/week?weekOf=2026-12-02')).json();
    expect(week.days.flatMap((day: { entries: unknown[] }) => day.entries)).toEqual([]);
  });

  it('needs a token', async () => {
    const response = await product.app.inject({ method: 'GET', url: '/api/v1/me/week' });
    expect(response.statusCode).toBe(401);
  });
});
