import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors/error-catalogue.js';
import { buildApp } from '../../server/app.js';

describe('HTTP errors are problem+json with a stable code', () => {
  const app = buildApp({ logLevel: 'silent' }, {});
  app.get('/boom/domain', async () => {
    throw new DomainError('INVALID_MONTH', { value: '2026-13' });
  });
  app.get('/boom/bug', async () => {
    throw new Error('a bug');
  });
  afterAll(() => app.close());

  it('GET /healthz answers 200', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('a domain error keeps its code and says what to fix', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom/domain' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'INVALID_MONTH',
      status: 400,
      detail: '2026-13 is not a month; write it as YYYY-MM.',
    });
  });

  it('an unknown route is a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', detail: 'No route GET /nowhere.' });
  });

  it('a bug is a 500 problem that leaks nothing', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom/bug' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'INTERNAL' });
    expect(response.body).not.toContain('a bug');
  });
});
