import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';

// /docs/json as `npm start` serves it: local mode, so the bot, the local sign-in and the local
// Graph are all registered beside the HR API, and none of them may leak into the document.
let dir: string;
let product: Product;
let document: {
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
  components: { schemas: Record<string, unknown> };
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'openapi-'));
  product = await composeProduct(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }, dir), {
    runCalendarSync: false,
  });
  const response = await product.app.inject({ url: '/docs/json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
});
afterAll(async () => {
  await product.close();
  await rm(dir, { recursive: true, force: true });
});

const schemaOf = (answer: unknown) =>
  Object.values((answer as { content: Record<string, { schema: unknown }> }).content)[0]?.schema;

describe('the OpenAPI document at /docs/json', () => {
  it('is valid OpenAPI 3.1 for @apidevtools/swagger-parser', async () => {
    // validate() dereferences in place: it gets a copy, the other tests read the original.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('lists the public API and the probes, and neither the local Graph, the local sign-in nor the bot', () => {
    const paths = Object.keys(document.paths);
    for (const path of paths) {
      expect(path).toMatch(/^\/(api\/v1\/|healthz$|readyz$)/);
      expect(path).not.toMatch(/^\/(graph|local)(\/|$)/);
      expect(path).not.toBe('/api/messages');
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/readyz',
        '/api/v1/tallies',
        '/api/v1/me/tally',
        '/api/v1/tallies.csv',
        '/api/v1/timesheet.csv',
        '/api/v1/months',
        '/api/v1/months/{month}/close',
        '/api/v1/admin/calendar-sync/parked',
        '/api/v1/admin/calendar-sync/requeue',
      ]),
    );
    // The hidden routes still answer: hiding is the document's business only.
    return product.app.inject({ url: '/local/users' }).then((users) => expect(users.statusCode).toBe(200));
  });

  it('names the bodies: components.schemas holds them, the operations refer to them', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'Problem',
        'PersonTally',
        'TallyPage',
        'OwnTally',
        'AllowanceLine',
        'CorrectionLine',
        'MonthState',
        'MonthList',
        'ParkedCalendarChange',
        'RequeueRequest',
        'Readiness',
      ]),
    );
    const name = (schema: unknown) => (schema as { $ref?: string }).$ref;
    const tallies = document.paths['/api/v1/tallies']?.get;
    expect(name(schemaOf(tallies?.responses['200']))).toBe('#/components/schemas/TallyPage');
    expect(name(schemaOf(tallies?.responses['401']))).toBe('#/components/schemas/Problem');
    expect(name(schemaOf(document.paths['/api/v1/me/tally']?.get?.responses['200']))).toBe(
      '#/components/schemas/OwnTally',
    );
    expect(name(schemaOf(document.paths['/api/v1/months/{month}/close']?.post?.responses['200']))).toBe(
      '#/components/schemas/MonthState',
    );
    expect(name(schemaOf(document.paths['/api/v1/admin/calendar-sync/requeue']?.post?.requestBody))).toBe(
      '#/components/schemas/RequeueRequest',
    );
    expect(JSON.stringify(document.components.schemas.TallyPage)).toContain(
      '"$ref":"#/components/schemas/PersonTally"',
    );
  });

  it('has no anonymous def-N schema and no $ref outside components.schemas', () => {
    const text = JSON.stringify(document);
    expect(Object.keys(document.components.schemas).filter((key) => /^def-\d+$/.test(key))).toEqual([]);
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1] as string);
    expect(refs.length).toBeGreaterThan(10);
    for (const target of refs) {
      expect(target).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/);
      expect(document.components.schemas[target.split('/').pop() as string], target).toBeDefined();
    }
  });
});
