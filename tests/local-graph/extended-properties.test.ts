import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, allDayEvent, BOB, startTestGraph, TAG_ID, type TestGraph } from './local-graph-fixture.js';

type Event = {
  id: string;
  subject: string;
  transactionId?: string;
  singleValueExtendedProperties?: Array<{ id: string; value: string }>;
};
type List = { value: Event[] };

let graph: TestGraph;
let tagged: Event;
beforeAll(async () => {
  graph = await startTestGraph();
  tagged = (
    await graph.call<Event>('POST', `/users/${ALICE.id}/events`, {
      body: allDayEvent('2026-02-02', '2026-02-03', {
        subject: 'Tagged',
        singleValueExtendedProperties: [{ id: TAG_ID, value: 'entry-42' }],
      }),
    })
  ).body;
  await graph.call('POST', `/users/${ALICE.id}/events`, {
    body: allDayEvent('2026-02-03', '2026-02-04', {
      subject: 'Other',
      singleValueExtendedProperties: [{ id: TAG_ID, value: 'entry-43' }],
    }),
  });
  await graph.call('POST', `/users/${ALICE.id}/events`, {
    body: allDayEvent('2026-02-04', '2026-02-05', { subject: 'Untagged' }),
  });
});
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

const filter = (id: string, value: string) =>
  `$filter=${encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${id}' and ep/value eq '${value}')`)}`;
const expand = (id: string) =>
  `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${id}')`)}`;
const february = 'startDateTime=2026-02-01T00:00:00Z&endDateTime=2026-03-01T00:00:00Z';

describe('single-value extended properties', () => {
  it('are not returned unless expanded', () => {
    expect(tagged).not.toHaveProperty('singleValueExtendedProperties');
  });

  it('filter events by id and value (value without regard to case)', async () => {
    const { status, body } = await graph.call<List>(
      'GET',
      `/users/${ALICE.id}/events?${filter(TAG_ID, 'ENTRY-42')}`,
    );
    expect(status).toBe(200);
    expect(body.value.map((event) => event.subject)).toEqual(['Tagged']);
    const view = await graph.call<List>(
      'GET',
      `/users/${ALICE.id}/calendarView?${february}&${filter(TAG_ID, 'entry-43')}`,
    );
    expect(view.body.value.map((event) => event.subject)).toEqual(['Other']);
  });

  it('match the Name part of the id with case, the rest without', async () => {
    const loose = TAG_ID.replace('String', 'string').replace('66f5a359', '66F5A359');
    expect(
      (await graph.call<List>('GET', `/users/${ALICE.id}/events?${filter(loose, 'entry-42')}`)).body.value,
    ).toHaveLength(1);
    const otherName = TAG_ID.replace('TeleworkEntryId', 'teleworkentryid');
    expect(
      (await graph.call<List>('GET', `/users/${ALICE.id}/events?${filter(otherName, 'entry-42')}`)).body
        .value,
    ).toHaveLength(0);
  });

  it('accept free spacing, another lambda variable and quotes inside values', async () => {
    const spaced = `$filter=${encodeURIComponent(`singleValueExtendedProperties/any( x :x/value eq 'entry-42'  and  x/id eq '${TAG_ID}' )`)}`;
    expect((await graph.call<List>('GET', `/users/${ALICE.id}/events?${spaced}`)).body.value).toHaveLength(1);
    const quoted = await graph.call<List>('GET', `/users/${ALICE.id}/events?${filter(TAG_ID, "it''s")}`);
    expect(quoted.status).toBe(200);
    expect(quoted.body.value).toHaveLength(0);
  });

  it('are expanded on request, on one event and on a calendarView', async () => {
    const one = await graph.call<Event>('GET', `/users/${ALICE.id}/events/${tagged.id}?${expand(TAG_ID)}`);
    expect(one.body.singleValueExtendedProperties).toEqual([{ id: TAG_ID, value: 'entry-42' }]);
    const view = await graph.call<List>(
      'GET',
      `/users/${ALICE.id}/calendarView?${february}&${expand(TAG_ID)}`,
    );
    const bySubject = Object.fromEntries(
      view.body.value.map((event) => [event.subject, event.singleValueExtendedProperties]),
    );
    expect(bySubject).toEqual({
      Tagged: [{ id: TAG_ID, value: 'entry-42' }],
      Other: [{ id: TAG_ID, value: 'entry-43' }],
      Untagged: undefined,
    });
  });

  it('are merged by PATCH', async () => {
    const second = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name TeleworkRevision';
    await graph.call('PATCH', `/users/${ALICE.id}/events/${tagged.id}`, {
      body: { singleValueExtendedProperties: [{ id: second, value: '2' }] },
    });
    const both = `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${TAG_ID}' or id eq '${second}')`)}`;
    const { body } = await graph.call<Event>('GET', `/users/${ALICE.id}/events/${tagged.id}?${both}`);
    expect(body.singleValueExtendedProperties).toEqual([
      { id: TAG_ID, value: 'entry-42' },
      { id: second, value: '2' },
    ]);
  });

  it.each([
    "subject eq 'Tagged'",
    `singleValueExtendedProperties/Any(ep: ep/id eq '${TAG_ID}' or ep/value eq 'x')`,
    `singleValueExtendedProperties/Any(ep: ep/value eq 'x')`,
    `singleValueExtendedProperties/Any(ep: ep/id eq '${TAG_ID}'`,
  ])('refuse any other $filter: %s', async (expression) => {
    const { status, body } = await graph.call(
      'GET',
      `/users/${ALICE.id}/events?$filter=${encodeURIComponent(expression)}`,
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'ErrorInvalidUrlQueryFilter' } });
  });

  it('refuse any other $expand', async () => {
    const { status } = await graph.call('GET', `/users/${ALICE.id}/events?$expand=attachments`);
    expect(status).toBe(400);
  });
});

describe('transactionId', () => {
  it('makes a retried create return the first event instead of a duplicate', async () => {
    const body = allDayEvent('2026-02-10', '2026-02-11', { subject: 'Once', transactionId: 'tx-0001' });
    const first = await graph.call<Event>('POST', `/users/${BOB.id}/events`, { body });
    const retry = await graph.call<Event>('POST', `/users/${BOB.id}/events`, {
      body: { ...body, subject: 'Twice?' },
    });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.body).toMatchObject({ subject: 'Once', transactionId: 'tx-0001' });
    const list = await graph.call<List>('GET', `/users/${BOB.id}/events`);
    expect(list.body.value.filter((event) => event.transactionId === 'tx-0001')).toHaveLength(1);
  });

  it('is per mailbox, and cannot be changed afterwards', async () => {
    const body = allDayEvent('2026-02-10', '2026-02-11', { transactionId: 'tx-0001' });
    const elsewhere = await graph.call<Event>('POST', `/users/${ALICE.id}/events`, { body });
    expect(elsewhere.status).toBe(201);
    const changed = await graph.call('PATCH', `/users/${ALICE.id}/events/${elsewhere.body.id}`, {
      body: { transactionId: 'tx-0002' },
    });
    expect(changed.status).toBe(400);
  });

  it('is free again once its event is deleted', async () => {
    const body = allDayEvent('2026-02-12', '2026-02-13', { transactionId: 'tx-0003' });
    const first = await graph.call<Event>('POST', `/users/${BOB.id}/events`, { body });
    await graph.call('DELETE', `/users/${BOB.id}/events/${first.body.id}`);
    const again = await graph.call<Event>('POST', `/users/${BOB.id}/events`, { body });
    expect(again.body.id).not.toBe(first.body.id);
  });
});
