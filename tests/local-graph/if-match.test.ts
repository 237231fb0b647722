import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, startTestGraph, type TestGraph, timedEvent } from './local-graph-fixture.js';

// Optimistic concurrency as Outlook does it: a write that names an older version of the event in
// If-Match is refused with 412 ErrorIrresolvableConflict and changes nothing.

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

type Event = { id: string; changeKey: string; '@odata.etag': string; subject: string };

async function created(date: string): Promise<Event> {
  const answer = await graph.call<Event>('POST', `/users/${ALICE.id}/events`, { body: timedEvent(date) });
  expect(answer.status).toBe(201);
  return answer.body;
}

const eventPath = (event: Event) => `/users/${ALICE.id}/events/${event.id}`;

/** The event as it was, then changed by someone else: its first etag is now stale. */
async function changedSince(date: string): Promise<{ before: Event; after: Event }> {
  const before = await created(date);
  const edit = await graph.call<Event>('PATCH', eventPath(before), {
    body: { subject: 'Edited in Outlook' },
  });
  expect(edit.status).toBe(200);
  return { before, after: edit.body };
}

describe('If-Match on events', () => {
  it.each([
    ['PATCH', { subject: 'Ours' }],
    ['DELETE', undefined],
  ] as const)(
    '%s with a stale etag answers 412 ErrorIrresolvableConflict and changes nothing',
    async (method, body) => {
      const { before, after } = await changedSince('2026-06-01');
      const refused = await graph.call(method, eventPath(before), {
        body,
        headers: { 'If-Match': before['@odata.etag'] },
      });
      expect(refused.status).toBe(412);
      expect(refused.body).toMatchObject({
        error: {
          code: 'ErrorIrresolvableConflict',
          message: expect.stringContaining('does not match the current change key'),
        },
      });
      const now = await graph.call<Event>('GET', eventPath(before));
      expect(now.body).toMatchObject({ subject: 'Edited in Outlook', changeKey: after.changeKey });
    },
  );

  it.each([
    ['its @odata.etag', (event: Event) => event['@odata.etag']],
    ['its bare changeKey', (event: Event) => event.changeKey],
    ['*', () => '*'],
    ['a list holding it', (event: Event) => `W/"stale", ${event['@odata.etag']}`],
  ])('a PATCH whose If-Match is %s succeeds, with a new etag', async (_, ifMatch) => {
    const { after } = await changedSince('2026-06-02');
    const patched = await graph.call<Event>('PATCH', eventPath(after), {
      body: { subject: 'Ours' },
      headers: { 'If-Match': ifMatch(after) },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.subject).toBe('Ours');
    expect(patched.body.changeKey).not.toBe(after.changeKey);
  });

  it('a DELETE with the current etag succeeds; a missing event is 404 whatever the etag', async () => {
    const { after } = await changedSince('2026-06-03');
    const deleted = await graph.call('DELETE', eventPath(after), {
      headers: { 'If-Match': after['@odata.etag'] },
    });
    expect(deleted.status).toBe(204);
    const again = await graph.call('DELETE', eventPath(after), {
      headers: { 'If-Match': after['@odata.etag'] },
    });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ error: { code: 'ErrorItemNotFound' } });
  });

  it('holds inside $batch: each item by its own If-Match', async () => {
    const { before, after } = await changedSince('2026-06-04');
    const other = await created('2026-06-05');
    const { status, body } = await graph.call<{
      responses: Array<{ id: string; status: number; body?: unknown }>;
    }>('POST', '/$batch', {
      body: {
        requests: [
          {
            id: 'stale',
            method: 'PATCH',
            url: eventPath(before),
            headers: { 'Content-Type': 'application/json', 'If-Match': before['@odata.etag'] },
            body: { subject: 'Ours' },
          },
          {
            id: 'fresh',
            method: 'DELETE',
            url: eventPath(other),
            headers: { 'If-Match': other['@odata.etag'] },
          },
        ],
      },
    });
    expect(status).toBe(200);
    const byId = new Map(body.responses.map((item) => [item.id, item]));
    expect(byId.get('stale')).toMatchObject({
      status: 412,
      body: { error: { code: 'ErrorIrresolvableConflict' } },
    });
    expect(byId.get('fresh')?.status).toBe(204);
    expect((await graph.call<Event>('GET', eventPath(after))).body.subject).toBe('Edited in Outlook');
  });
});
