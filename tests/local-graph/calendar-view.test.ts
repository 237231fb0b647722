import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, BOB, startTestGraph, type TestGraph } from './local-graph-fixture.js';

type Page = { value: Array<{ id: string; subject: string }>; '@odata.nextLink'?: string };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
  // 25 one-hour events, one a day from 1 June 2026, 09:00 Brussels.
  for (let day = 1; day <= 25; day++) {
    const date = `2026-06-${String(day).padStart(2, '0')}`;
    const created = await graph.call('POST', `/users/${BOB.id}/events`, {
      body: {
        subject: `Day ${day}`,
        start: { dateTime: `${date}T09:00:00`, timeZone: 'Europe/Brussels' },
        end: { dateTime: `${date}T10:00:00`, timeZone: 'Europe/Brussels' },
      },
    });
    expect(created.status).toBe(201);
  }
});
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

const june = new URLSearchParams({
  startDateTime: '2026-06-01T00:00:00Z',
  endDateTime: '2026-07-01T00:00:00Z',
});

describe('calendarView', () => {
  it('pages 25 events as 10 + 10 + 5, following @odata.nextLink', async () => {
    const pages: Page[] = [];
    let next: string | undefined = `/users/${BOB.id}/calendarView?${june}`;
    while (next) {
      const { status, body }: Answer<Page> = await graph.call<Page>('GET', next);
      expect(status).toBe(200);
      pages.push(body);
      next = body['@odata.nextLink'];
    }
    expect(pages.map((page) => page.value.length)).toEqual([10, 10, 5]);
    expect(pages[0]?.['@odata.nextLink']).toContain('$skip=10');
    const subjects = pages.flatMap((page) => page.value.map((event) => event.subject));
    expect(subjects).toEqual(Array.from({ length: 25 }, (_, i) => `Day ${i + 1}`));
  });

  it('takes $top as the page size', async () => {
    const { body } = await graph.call<Page>('GET', `/users/${BOB.id}/calendarView?${june}&$top=20`);
    expect(body.value).toHaveLength(20);
    const rest = await graph.call<Page>('GET', body['@odata.nextLink'] ?? '');
    expect(rest.body.value).toHaveLength(5);
    expect(rest.body['@odata.nextLink']).toBeUndefined();
  });

  it('returns the events that overlap the window, not only those inside it', async () => {
    const query = new URLSearchParams({
      startDateTime: '2026-06-03T07:30:00Z',
      endDateTime: '2026-06-04T07:00:00Z',
    });
    const { body } = await graph.call<Page>('GET', `/users/${BOB.id}/calendarView?${query}`);
    // Day 3 runs 07:00–08:00 UTC and overlaps; day 4 starts exactly at the end of the window.
    expect(body.value.map((event) => event.subject)).toEqual(['Day 3']);
  });

  it('reads offsets in the window parameters', async () => {
    const query = new URLSearchParams({
      startDateTime: '2026-06-10T09:00:00+02:00',
      endDateTime: '2026-06-10T09:30:00+02:00',
    });
    const { body } = await graph.call<Page>('GET', `/users/${BOB.id}/calendarView?${query}`);
    expect(body.value.map((event) => event.subject)).toEqual(['Day 10']);
  });

  it('requires startDateTime and endDateTime', async () => {
    const { status, body } = await graph.call(
      'GET',
      `/users/${BOB.id}/calendarView?startDateTime=2026-06-01T00:00:00Z`,
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'ErrorInvalidParameter' } });
  });

  it('refuses a + left unencoded (it arrives as a space)', async () => {
    const url = `/users/${BOB.id}/calendarView?startDateTime=2026-06-01T00:00:00+02:00&endDateTime=2026-06-02T00:00:00Z`;
    const { status } = await graph.call('GET', url);
    expect(status).toBe(400);
  });

  it('honours odata.maxpagesize when there is no $top, and says so', async () => {
    const answer = await graph.call<Page>('GET', `/users/${BOB.id}/calendarView?${june}`, {
      headers: { Prefer: 'odata.maxpagesize=4, outlook.timezone="Europe/Brussels"' },
    });
    expect(answer.body.value).toHaveLength(4);
    expect(answer.headers.get('preference-applied')).toBe(
      'outlook.timezone="Europe/Brussels", odata.maxpagesize=4',
    );
  });

  it('supports $select and $orderby on start/dateTime', async () => {
    const { body } = await graph.call<Page>(
      'GET',
      `/users/${BOB.id}/calendarView?${june}&$select=subject&$orderby=start/dateTime desc&$top=2`,
    );
    expect(body.value).toEqual([
      expect.objectContaining({ subject: 'Day 25' }),
      expect.objectContaining({ subject: 'Day 24' }),
    ]);
    expect(Object.keys(body.value[0] ?? {}).sort()).toEqual(['@odata.etag', 'id', 'subject']);
  });
});
