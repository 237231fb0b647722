import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, allDayEvent, startTestGraph, type TestGraph, timedEvent } from './local-graph-fixture.js';

type Event = {
  id: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

const BRUSSELS = { Prefer: 'outlook.timezone="Europe/Brussels"' };

// Summer time starts on the last Sunday of March (2026-03-29) and ends on the last Sunday of October (2026-10-25).
const DAYS: Array<[string, string]> = [
  ['2026-03-28', '2026-03-29'],
  ['2026-03-29', '2026-03-30'],
  ['2026-03-30', '2026-03-31'],
  ['2026-10-24', '2026-10-25'],
  ['2026-10-25', '2026-10-26'],
  ['2026-10-26', '2026-10-27'],
];

describe('all-day events around the summer-time changes', () => {
  const ids = new Map<string, string>();

  beforeAll(async () => {
    for (const [day, next] of DAYS) {
      const { body } = await graph.call<Event>('POST', `/users/${ALICE.id}/events`, {
        body: allDayEvent(day, next, { subject: `Telework ${day}` }),
      });
      ids.set(day, body.id);
    }
  });

  it.each(DAYS)(
    'keeps %s midnight to midnight, in UTC by default and in Brussels when preferred',
    async (day, next) => {
      const plain = await graph.call<Event>('GET', `/users/${ALICE.id}/events/${ids.get(day)}`);
      expect(plain.body.start).toEqual({ dateTime: `${day}T00:00:00.0000000`, timeZone: 'UTC' });
      expect(plain.body.end).toEqual({ dateTime: `${next}T00:00:00.0000000`, timeZone: 'UTC' });
      expect(plain.headers.get('preference-applied')).toBeNull();

      const local = await graph.call<Event>('GET', `/users/${ALICE.id}/events/${ids.get(day)}`, {
        headers: BRUSSELS,
      });
      expect(local.body.start).toEqual({ dateTime: `${day}T00:00:00.0000000`, timeZone: 'Europe/Brussels' });
      expect(local.body.end).toEqual({ dateTime: `${next}T00:00:00.0000000`, timeZone: 'Europe/Brussels' });
      expect(local.headers.get('preference-applied')).toBe('outlook.timezone="Europe/Brussels"');
    },
  );

  it.each([
    ['2026-03-29', '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00'],
    ['2026-10-25', '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'],
  ])(
    'finds only %s in the calendarView of that Brussels day (23 or 25 hours long)',
    async (day, start, end) => {
      const query = new URLSearchParams({ startDateTime: start, endDateTime: end });
      for (const headers of [{}, BRUSSELS]) {
        const view = await graph.call<{ value: Event[] }>('GET', `/users/${ALICE.id}/calendarView?${query}`, {
          headers,
        });
        expect(view.status).toBe(200);
        expect(view.body.value.map((event) => event.subject)).toEqual([`Telework ${day}`]);
      }
    },
  );

  it('reads the same day in UTC: a window without offset is UTC', async () => {
    const query = new URLSearchParams({
      startDateTime: '2026-10-25T12:00:00',
      endDateTime: '2026-10-25T13:00:00',
    });
    const view = await graph.call<{ value: Event[] }>('GET', `/users/${ALICE.id}/calendarView?${query}`);
    expect(view.body.value.map((event) => event.subject)).toEqual(['Telework 2026-10-25']);
  });
});

describe('timed events are expressed in the preferred zone only', () => {
  it.each([
    ['2026-03-27', '08:00'],
    ['2026-03-30', '07:00'],
    ['2026-10-23', '07:00'],
    ['2026-10-26', '08:00'],
  ])('09:00 in Brussels on %s is %s UTC', async (day, utc) => {
    const { body } = await graph.call<Event>('POST', `/users/${ALICE.id}/events`, {
      body: timedEvent(day),
      headers: BRUSSELS,
    });
    expect(body.start).toEqual({ dateTime: `${day}T09:00:00.0000000`, timeZone: 'Europe/Brussels' });
    const utcView = await graph.call<Event>('GET', `/users/${ALICE.id}/events/${body.id}`);
    expect(utcView.body.start).toEqual({ dateTime: `${day}T${utc}:00.0000000`, timeZone: 'UTC' });
  });

  it('accepts the Windows name of the Brussels zone', async () => {
    const { status, body } = await graph.call<Event>('POST', `/users/${ALICE.id}/events`, {
      body: {
        subject: 'Windows zone',
        start: { dateTime: '2026-07-01T09:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2026-07-01T10:00:00', timeZone: 'Romance Standard Time' },
      },
    });
    expect(status).toBe(201);
    expect(body.start).toEqual({ dateTime: '2026-07-01T07:00:00.0000000', timeZone: 'UTC' });
  });

  it('refuses an unknown zone like Graph', async () => {
    const { status, body } = await graph.call('POST', `/users/${ALICE.id}/events`, {
      body: {
        start: { dateTime: '2026-07-01T09:00:00', timeZone: 'Mars/Olympus' },
        end: { dateTime: '2026-07-01T10:00:00', timeZone: 'Mars/Olympus' },
      },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'TimeZoneNotSupportedException' } });
  });
});
