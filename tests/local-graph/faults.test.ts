import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, PERMANENCE, startTestGraph, type TestGraph, timedEvent } from './local-graph-fixture.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterEach(() => graph.server.faults.reset());
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

const events = (user = ALICE.id) => `/users/${user}/events?$top=1`;

async function statuses(count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await graph.call('GET', events())).status);
  return seen;
}

describe('fault knobs', () => {
  it('are reproducible with a seed', async () => {
    graph.server.faults.set({ seed: 42, throttleRate: 0.3, unavailableRate: 0.2, retryAfterSeconds: 0 });
    const first = await statuses(30);
    graph.server.faults.reset();
    graph.server.faults.set({ seed: 42, throttleRate: 0.3, unavailableRate: 0.2, retryAfterSeconds: 0 });
    expect(await statuses(30)).toEqual(first);
    expect(first).toContain(429);
    expect(first).toContain(503);
    expect(first).toContain(200);
    graph.server.faults.set({ seed: 43 });
    expect(await statuses(30)).not.toEqual(first);
  });

  it('answer 429 ApplicationThrottled and 503 with Retry-After in whole seconds', async () => {
    graph.server.faults.set({ throttleRate: 1, retryAfterSeconds: 2 });
    const throttled = await graph.call('GET', events());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(throttled.body).toMatchObject({ error: { code: 'ApplicationThrottled' } });
    graph.server.faults.set({ throttleRate: 0, unavailableRate: 1, retryAfterSeconds: 0.2 });
    const unavailable = await graph.call('GET', events());
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
  });

  it('never leave a refused write behind', async () => {
    graph.server.faults.set({ seed: 5, throttleRate: 0.4, unavailableRate: 0.2 });
    let created = 0;
    for (let i = 0; i < 20; i++) {
      const { status } = await graph.call('POST', `/users/${BOB.id}/events`, {
        body: timedEvent('2026-08-03', { subject: `W${i}` }),
      });
      if (status === 201) created++;
      else expect([429, 503]).toContain(status);
    }
    graph.server.faults.reset();
    const list = await graph.call<{ value: unknown[] }>('GET', `/users/${BOB.id}/events?$top=100`);
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(20);
    expect(list.body.value).toHaveLength(created);
  });

  it('reset the connection before any work', async () => {
    graph.server.faults.set({ resetRate: 1 });
    await expect(
      graph.call('POST', `/users/${PERMANENCE.id}/events`, { body: timedEvent('2026-08-04') }),
    ).rejects.toThrow();
    graph.server.faults.set({ resetRate: 0 });
    const list = await graph.call<{ value: unknown[] }>('GET', `/users/${PERMANENCE.id}/events`);
    expect(list.body.value).toHaveLength(0);
    expect(graph.server.faults.stats().injected.reset).toBe(1);
  });

  it('lose the answer of a write that happened, which transactionId makes safe to retry', async () => {
    const body = timedEvent('2026-08-05', { transactionId: 'lost-answer-1' });
    graph.server.faults.set({ resetAfterWriteRate: 1 });
    await expect(graph.call('POST', `/users/${PERMANENCE.id}/events`, { body })).rejects.toThrow();
    graph.server.faults.set({ resetAfterWriteRate: 0 });
    const retry = await graph.call<{ id: string }>('POST', `/users/${PERMANENCE.id}/events`, { body });
    expect(retry.status).toBe(201);
    const list = await graph.call<{ value: Array<{ id: string }> }>('GET', `/users/${PERMANENCE.id}/events`);
    expect(list.body.value.map((event) => event.id)).toEqual([retry.body.id]);
  });

  it('add latency', async () => {
    graph.server.faults.set({ latencyMs: 120 });
    const started = performance.now();
    await graph.call('GET', events());
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('count requests and statuses', async () => {
    graph.server.faults.set({ throttleRate: 1, retryAfterSeconds: 0 });
    await graph.call('GET', events());
    graph.server.faults.set({ throttleRate: 0 });
    await graph.call('GET', events());
    await graph.call('GET', events(), { token: null });
    const stats = graph.server.faults.stats();
    expect(stats.requests).toBe(3);
    expect(stats.byStatus).toEqual({ '200': 1, '401': 1, '429': 1 });
    expect(stats.injected.throttled).toBe(1);
  });

  it('refuse settings out of range', () => {
    expect(() => graph.server.faults.set({ throttleRate: 1.5 })).toThrow(RangeError);
  });
});

describe('MailboxConcurrency', () => {
  it('answers 429 to a fifth simultaneous request on one mailbox', async () => {
    graph.server.faults.set({ latencyMs: 300, retryAfterSeconds: 0 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => graph.call('GET', events(ALICE.id))));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(refused[0]?.body)).toContain('MailboxConcurrency');
    expect(refused[0]?.body).toMatchObject({ error: { code: 'ApplicationThrottled' } });
    expect(graph.server.faults.stats().maxConcurrencyByMailbox[ALICE.id]).toBe(5);
    expect(graph.server.faults.stats().injected.mailboxConcurrency).toBe(refused.length);
  });

  it('counts each mailbox on its own', async () => {
    graph.server.faults.set({ latencyMs: 100 });
    const users = [ALICE.id, ALICE.id, BOB.id, BOB.id, PERMANENCE.id];
    const answers = await Promise.all(users.map((user) => graph.call('GET', events(user))));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('can be set lower', async () => {
    const strict = await startTestGraph({ maxConcurrentPerMailbox: 1, faults: { latencyMs: 100 } });
    try {
      const answers = await Promise.all([strict.call('GET', events()), strict.call('GET', events())]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 429]);
    } finally {
      await strict.close();
    }
  });
});
