import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, startTestGraph, type TestGraph, timedEvent } from './local-graph-fixture.js';

type BatchItem = {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
};
type BatchAnswer = { responses: BatchItem[] };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterEach(() => graph.server.faults.reset());
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

const JSON_HEADERS = { 'Content-Type': 'application/json' };

const creates = (count: number, user = ALICE.id) =>
  Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    method: 'POST',
    url: `/users/${user}/events`,
    headers: JSON_HEADERS,
    body: timedEvent(`2026-04-${String(i + 1).padStart(2, '0')}`, { subject: `Batch ${i + 1}` }),
  }));

describe('$batch', () => {
  it('runs 20 requests and answers each by id', async () => {
    const { status, body } = await graph.call<BatchAnswer>('POST', '/$batch', {
      body: { requests: creates(20) },
    });
    expect(status).toBe(200);
    expect(body.responses).toHaveLength(20);
    const byId = new Map(body.responses.map((item) => [item.id, item]));
    for (let i = 1; i <= 20; i++) {
      expect(byId.get(String(i))).toMatchObject({ status: 201, body: { subject: `Batch ${i}` } });
    }
    const list = await graph.call<{ value: unknown[] }>('GET', `/users/${ALICE.id}/events?$top=100`);
    expect(list.body.value).toHaveLength(20);
  });

  it('refuses 21 requests as a whole', async () => {
    const { status, body } = await graph.call('POST', '/$batch', { body: { requests: creates(21, BOB.id) } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'BadRequest' } });
    const list = await graph.call<{ value: unknown[] }>('GET', `/users/${BOB.id}/events`);
    expect(list.body.value).toHaveLength(0);
  });

  it('refuses duplicate ids (without regard to case) as a whole', async () => {
    const requests = [
      { id: 'a', method: 'GET', url: `/users/${ALICE.id}/events` },
      { id: 'A', method: 'GET', url: `/users/${ALICE.id}/events` },
    ];
    const { status } = await graph.call('POST', '/$batch', { body: { requests } });
    expect(status).toBe(400);
  });

  it('refuses a body without a Content-Type header, and an absolute url', async () => {
    const noType = [
      { id: '1', method: 'POST', url: `/users/${ALICE.id}/events`, body: timedEvent('2026-04-21') },
    ];
    const answer = await graph.call('POST', '/$batch', { body: { requests: noType } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('does not contain Content-Type header');
    const absolute = [{ id: '1', method: 'GET', url: `${graph.server.baseUrl}/users/${ALICE.id}/events` }];
    expect((await graph.call('POST', '/$batch', { body: { requests: absolute } })).status).toBe(400);
  });

  it('answers an item url that keeps the version segment like Graph: 400 for that item', async () => {
    // What BatchRequestContent 3.0.7 makes of a full URL (msgraph-sdk-javascript#1178).
    const requests = [{ id: '1', method: 'GET', url: `/v1.0/users/${ALICE.id}/events` }];
    const { status, body } = await graph.call<BatchAnswer>('POST', '/$batch', { body: { requests } });
    expect(status).toBe(200);
    expect(body.responses[0]).toMatchObject({
      status: 400,
      body: { error: { message: "Resource not found for the segment 'v1.0'." } },
    });
  });

  it('answers 424 to requests whose dependency failed, and runs the others', async () => {
    const requests = [
      { id: '1', method: 'GET', url: `/users/${ALICE.id}/events/AAMkAnotThere` },
      { id: '2', method: 'GET', url: `/users/${ALICE.id}/events`, dependsOn: ['1'] },
      { id: '3', method: 'GET', url: `/users/${ALICE.id}/events`, dependsOn: ['2'] },
      { id: '4', method: 'GET', url: `/me/events` },
      { id: '5', method: 'GET', url: `users/${ALICE.userPrincipalName}/events?$top=1`, dependsOn: ['4'] },
    ];
    const { body } = await graph.call<BatchAnswer>('POST', '/$batch', { body: { requests } });
    const status = Object.fromEntries(body.responses.map((item) => [item.id, item.status]));
    expect(status).toEqual({ '1': 404, '2': 424, '3': 424, '4': 400, '5': 424 });
    expect(body.responses.find((item) => item.id === '4')?.body).toMatchObject({
      error: { message: '/me request is only valid with delegated authentication flow.' },
    });
  });

  it('throttles items one by one, each 429 with its own Retry-After', async () => {
    graph.server.faults.set({ throttleRate: 0.5, seed: 7, retryAfterSeconds: 3 });
    const requests = Array.from({ length: 10 }, (_, i) => ({
      id: `g${i}`,
      method: 'GET',
      url: `/users/${ALICE.id}/events?$top=1`,
    }));
    const { status, body } = await graph.call<BatchAnswer>('POST', '/$batch', { body: { requests } });
    expect(status).toBe(200);
    const throttled = body.responses.filter((item) => item.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.length).toBeLessThan(10);
    for (const item of throttled) {
      expect(item.headers['Retry-After']).toBe('3');
      expect(item.body).toMatchObject({ error: { code: 'ApplicationThrottled' } });
    }
    expect(body.responses.filter((item) => item.status === 200)).toHaveLength(10 - throttled.length);
  });

  it('applies per-item headers such as Prefer', async () => {
    const requests = [
      {
        id: '1',
        method: 'GET',
        url: `/users/${ALICE.id}/events?$top=1`,
        headers: { Prefer: 'outlook.timezone="Europe/Brussels"' },
      },
    ];
    const { body } = await graph.call<BatchAnswer>('POST', '/$batch', { body: { requests } });
    const value = body.responses[0]?.body?.value as Array<{ start: { timeZone: string } }> | undefined;
    const first = value?.[0];
    expect(first?.start.timeZone).toBe('Europe/Brussels');
    expect(body.responses[0]?.headers['Preference-Applied']).toBe('outlook.timezone="Europe/Brussels"');
  });
});
