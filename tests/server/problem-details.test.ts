import Type from 'typebox';
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
  app.post(
    '/echo',
    {
      schema: {
        body: Type.Object({ ids: Type.Array(Type.String()) }, { additionalProperties: false }),
        querystring: Type.Object({ page: Type.Optional(Type.Integer()) }),
      },
    },
    async (request) => ({ body: request.body, query: request.query }),
  );
  afterAll(() => app.close());

  it.each([
    ['a number for a list of ids', '{"ids":5}', 'body/ids must be array'],
    ['a number among the ids', '{"ids":["a",5]}', 'body/ids.1 must be string'],
    ['an unknown property', '{"ids":["a"],"idz":["b"]}', 'body must NOT have additional properties'],
  ])('a body is taken as sent, never coerced: %s is 400', async (_label, payload, detail) => {
    const response = await app.inject({
      method: 'POST',
      url: '/echo',
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID', detail });
  });

  it('a query string is text: page=2 is the number 2', async () => {
    const response = await app.inject({ method: 'POST', url: '/echo?page=2', payload: { ids: ['a'] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ body: { ids: ['a'] }, query: { page: 2 } });
  });

  it.each([
    ['text/plain', 'hello', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['XML', '<ids/>', 'application/xml', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['JSON that does not parse', '{"ids":', 'application/json', 400, 'REQUEST_INVALID'],
    ['an empty JSON body', '', 'application/json', 400, 'REQUEST_INVALID'],
    [
      'a body over the limit',
      `{"ids":["${'x'.repeat(1_100_000)}"]}`,
      'application/json',
      413,
      'REQUEST_TOO_LARGE',
    ],
  ])('%s is a %i problem with code %s', async (_label, payload, contentType, status, code) => {
    const response = await app.inject({
      method: 'POST',
      url: '/echo',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code, status });
  });

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
