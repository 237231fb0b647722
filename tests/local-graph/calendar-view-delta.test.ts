import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, type Answer, allDayEvent, startTestGraph, type TestGraph } from './local-graph-fixture.js';

type Item = { id: string; subject?: string; '@removed'?: { reason: string } };
type Page = { value: Item[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

const window = new URLSearchParams({
  startDateTime: '2026-09-01T00:00:00Z',
  endDateTime: '2026-10-01T00:00:00Z',
});
const PAGE_OF_2 = { Prefer: 'odata.maxpagesize=2' };

/** Follows nextLinks to the end of a round; returns its items, its pages and the deltaLink. */
async function round(start: string) {
  const pages: Page[] = [];
  let next: string | undefined = start;
  for (;;) {
    const { status, body, headers }: Answer<Page> = await graph.call<Page>('GET', next, {
      headers: PAGE_OF_2,
    });
    expect(status).toBe(200);
    expect(headers.get('preference-applied')).toBe('odata.maxpagesize=2');
    pages.push(body);
    next = body['@odata.nextLink'];
    if (!next) break;
    expect(next).toContain('$skiptoken=');
  }
  const deltaLink = pages.at(-1)?.['@odata.deltaLink'];
  expect(deltaLink).toContain('$deltatoken=');
  return { items: pages.flatMap((page) => page.value), pages, deltaLink: deltaLink ?? '' };
}

async function create(date: string, next: string, subject: string): Promise<string> {
  const { body } = await graph.call<Item>('POST', `/users/${ALICE.id}/events`, {
    body: allDayEvent(date, next, { subject }),
  });
  return body.id;
}

describe('calendarView/delta', () => {
  it('syncs the window, then returns only the changes since, deletions as @removed', async () => {
    const a = await create('2026-09-07', '2026-09-08', 'A');
    const b = await create('2026-09-08', '2026-09-09', 'B');
    const c = await create('2026-09-09', '2026-09-10', 'C');
    const outside = await create('2026-11-02', '2026-11-03', 'Outside');

    const first = await round(`/users/${ALICE.id}/calendarView/delta?${window}`);
    expect(first.pages.map((page) => page.value.length)).toEqual([2, 1]);
    expect(first.items.map((item) => item.subject).sort()).toEqual(['A', 'B', 'C']);

    const quiet = await round(first.deltaLink);
    expect(quiet.items).toEqual([]);

    const d = await create('2026-09-10', '2026-09-11', 'D');
    await graph.call('PATCH', `/users/${ALICE.id}/events/${a}`, { body: { subject: 'A (changed)' } });
    await graph.call('DELETE', `/users/${ALICE.id}/events/${b}`);
    await graph.call('PATCH', `/users/${ALICE.id}/events/${c}`, {
      body: {
        start: { dateTime: '2026-12-01T00:00:00', timeZone: 'Europe/Brussels' },
        end: { dateTime: '2026-12-02T00:00:00', timeZone: 'Europe/Brussels' },
      },
    });

    const changes = await round(quiet.deltaLink);
    const byId = new Map(changes.items.map((item) => [item.id, item]));
    expect(byId.get(d)).toMatchObject({ subject: 'D' });
    expect(byId.get(a)).toMatchObject({ subject: 'A (changed)' });
    expect(byId.get(b)).toEqual({
      '@odata.type': '#microsoft.graph.event',
      id: b,
      '@removed': { reason: 'deleted' },
    });
    // Moved out of the window: removed too (learn.microsoft.com/graph/api/event-delta).
    expect(byId.get(c)).toMatchObject({ '@removed': { reason: 'deleted' } });
    expect(byId.has(outside)).toBe(false);
    expect(changes.items).toHaveLength(4);

    // The earlier deltaLink still works: it replays everything since its own round.
    const again = await round(first.deltaLink);
    expect(again.items).toHaveLength(4);
  });

  it('keeps the mailbox path the client used in its links', async () => {
    const { body } = await graph.call<Page>('GET', `/me/calendarView/delta?${window}`, { token: 'alice' });
    expect(body['@odata.deltaLink'] ?? body['@odata.nextLink']).toMatch(
      /\/graph\/v1\.0\/me\/calendarView\/delta\?\$/,
    );
  });

  it.each(['$select=subject', "$filter=subject eq 'A'", '$expand=attachments', '$orderby=subject', '$top=5'])(
    'refuses %s',
    async (option) => {
      const { status, body } = await graph.call(
        'GET',
        `/users/${ALICE.id}/calendarView/delta?${window}&${option}`,
      );
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: 'ErrorInvalidUrlQuery' } });
    },
  );

  it('refuses a token it did not issue, or one for another mailbox', async () => {
    const forged = await graph.call('GET', `/users/${ALICE.id}/calendarView/delta?$deltatoken=abc`);
    expect(forged.status).toBe(400);
    const { body } = await graph.call<Page>('GET', `/users/${ALICE.id}/calendarView/delta?${window}`);
    const link = body['@odata.deltaLink'] ?? body['@odata.nextLink'] ?? '';
    const elsewhere = await graph.call(
      'GET',
      link.replace(`/users/${ALICE.id}/`, '/users/bob@agency.example.be/'),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toMatchObject({ error: { code: 'ErrorInvalidSyncStateData' } });
  });

  it('requires the window on the first request', async () => {
    const { status } = await graph.call('GET', `/users/${ALICE.id}/calendarView/delta`);
    expect(status).toBe(400);
  });
});
