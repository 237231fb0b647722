import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CalendarSync, startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Actor, NewEntry } from '../../core/ledger/ledger.js';
import type { Person } from '../../core/organisation/organisation.js';
import { backends } from '../store/store-backends.js';
import {
  ANNA,
  BRAM,
  CHRIS,
  DORA,
  emptyAll,
  FakeClock,
  type GraphEventJson,
  SOCIAL_MAILBOX,
  startM365,
  type TestM365,
  tagOf,
  testOrganisation,
  workingCalendar,
} from './calendar-sync-fixture.js';

// What the product writes in Outlook, read back from the local Graph: dates in Brussels time on
// both sides of the summer-time changes, half-day windows, subjects per language, and nothing
// that could send a mail.

const organisation = testOrganisation();
let m365: TestM365;
let opened: OpenedStore;
let dispose: () => Promise<void>;
let sync: CalendarSync;

beforeAll(async () => {
  m365 = await startM365(organisation);
  const sqlite = backends[0];
  if (!sqlite) throw new Error('no SQLite backend');
  ({ opened, dispose } = await sqlite.open());
  sync = startCalendarSync({
    store: opened.store,
    db: opened.db,
    organisation,
    calendar: workingCalendar,
    graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
    clock: new FakeClock(),
    run: false,
  });
});
afterAll(async () => {
  await sync?.stop();
  expect(m365.graph.contractViolations()).toEqual([]);
  await dispose?.();
  await m365?.close();
});
beforeEach(() => emptyAll(opened.db));

const actor = (who: Person): Actor => ({ actorId: who.id, source: 'bot', at: '2026-03-02T08:00:00.000Z' });

function accepted(who: Person, date: string, part: NewEntry['part'] = 'full'): NewEntry {
  return {
    personId: who.id,
    date,
    part,
    kind: 'structural',
    status: 'accepted',
    reason: 'STRUCTURAL_PATTERN',
    approvers: [],
    details: {},
  };
}

async function declare(who: Person, date: string, part: NewEntry['part'] = 'full'): Promise<string> {
  return (await opened.store.recordEntry(accepted(who, date, part), actor(who))).entry.id;
}

async function only(mailbox: string, entityId: string): Promise<GraphEventJson> {
  const events = (await m365.events(mailbox)).filter((event) => tagOf(event) === entityId);
  expect(events).toHaveLength(1);
  return events[0] as GraphEventJson;
}

/** The events a calendarView window (UTC instants) sees in a mailbox. */
async function seenBetween(mailbox: string, startUtc: string, endUtc: string): Promise<string[]> {
  const answer = await m365.call<{ value: Array<{ id: string }> }>(
    'GET',
    `/users/${mailbox}/calendarView?startDateTime=${startUtc}&endDateTime=${endUtc}&$top=100`,
  );
  expect(answer.status).toBe(200);
  return answer.body.value.map((event) => event.id);
}

describe('telework days in the person’s calendar', () => {
  it('are all-day events on the Brussels date around both summer-time changes', async () => {
    // 2026-03-29 and 2026-10-25 are the last Sundays of March and October.
    const dates = ['2026-03-27', '2026-03-30', '2026-10-23', '2026-10-26'];
    const ids = [];
    for (const date of dates) ids.push(await declare(ANNA, date));
    await sync.drainUntilIdle();

    for (const [index, date] of dates.entries()) {
      const event = await only(ANNA.id, ids[index] as string);
      expect(event).toMatchObject({ isAllDay: true, subject: 'Télétravail', showAs: 'workingElsewhere' });
      expect(event.start.dateTime.slice(0, 19)).toBe(`${date}T00:00:00`);
      expect(event.end.dateTime.slice(0, 10)).toBe(
        new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      );
    }
    // The instants: Friday 27 March begins at 23:00 UTC the day before (UTC+1); Monday 30 March
    // at 22:00 UTC (UTC+2); Friday 23 October at 22:00 UTC; Monday 26 October at 23:00 UTC.
    const [fri, mon, friOct, monOct] = await Promise.all(ids.map((id) => only(ANNA.id, id)));
    expect(await seenBetween(ANNA.id, '2026-03-26T23:10:00Z', '2026-03-26T23:20:00Z')).toEqual([fri?.id]);
    expect(await seenBetween(ANNA.id, '2026-03-26T22:10:00Z', '2026-03-26T22:50:00Z')).toEqual([]);
    expect(await seenBetween(ANNA.id, '2026-03-29T22:10:00Z', '2026-03-29T22:20:00Z')).toEqual([mon?.id]);
    expect(await seenBetween(ANNA.id, '2026-03-29T21:10:00Z', '2026-03-29T21:50:00Z')).toEqual([]);
    expect(await seenBetween(ANNA.id, '2026-10-22T22:10:00Z', '2026-10-22T22:20:00Z')).toEqual([friOct?.id]);
    expect(await seenBetween(ANNA.id, '2026-10-25T23:10:00Z', '2026-10-25T23:20:00Z')).toEqual([monOct?.id]);
    expect(await seenBetween(ANNA.id, '2026-10-25T22:10:00Z', '2026-10-25T22:50:00Z')).toEqual([]);
  });

  it('are timed events in the policy’s morning and afternoon windows for half days', async () => {
    const morning = await declare(BRAM, '2026-03-27', 'am');
    const afternoon = await declare(BRAM, '2026-03-30', 'pm');
    await sync.drainUntilIdle();
    const am = await only(BRAM.id, morning);
    const pm = await only(BRAM.id, afternoon);
    expect(am).toMatchObject({ isAllDay: false, subject: 'Thuiswerk (voormiddag)' });
    expect([am.start.dateTime.slice(0, 16), am.end.dateTime.slice(0, 16)]).toEqual([
      '2026-03-27T08:00',
      '2026-03-27T12:00',
    ]);
    expect(pm).toMatchObject({ isAllDay: false, subject: 'Thuiswerk (namiddag)' });
    expect([pm.start.dateTime.slice(0, 16), pm.end.dateTime.slice(0, 16)]).toEqual([
      '2026-03-30T13:00',
      '2026-03-30T17:00',
    ]);
    // In UTC: 07:00 before the change (UTC+1), 11:00 after it (UTC+2).
    expect(await seenBetween(BRAM.id, '2026-03-27T07:00:00Z', '2026-03-27T07:01:00Z')).toEqual([am.id]);
    expect(await seenBetween(BRAM.id, '2026-03-27T06:00:00Z', '2026-03-27T06:59:00Z')).toEqual([]);
    expect(await seenBetween(BRAM.id, '2026-03-30T11:00:00Z', '2026-03-30T11:01:00Z')).toEqual([pm.id]);
    expect(await seenBetween(BRAM.id, '2026-03-30T10:00:00Z', '2026-03-30T10:59:00Z')).toEqual([]);
  });

  it('carry a subject in the person’s language and send no mail', async () => {
    const cases: Array<[Person, string, string]> = [
      [ANNA, 'am', 'Télétravail (matin)'],
      [BRAM, 'full', 'Thuiswerk'],
      [CHRIS, 'pm', 'Telework (afternoon)'],
      [DORA, 'full', 'Telearbeit'],
      [DORA, 'am', 'Telearbeit (Vormittag)'],
    ];
    const ids: string[] = [];
    for (const [index, [who, part]] of cases.entries())
      ids.push(await declare(who, `2026-04-${String(index + 6).padStart(2, '0')}`, part as NewEntry['part']));
    await sync.drainUntilIdle();
    for (const [index, [who, , subject]] of cases.entries()) {
      const event = await only(who.id, ids[index] as string);
      expect(event).toMatchObject({
        subject,
        categories: ['Telework'],
        attendees: [],
        isReminderOn: false,
        responseRequested: false,
        showAs: 'workingElsewhere',
      });
      expect(event.transactionId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('go away when cancelled, and a second drain sends nothing', async () => {
    const id = await declare(CHRIS, '2026-04-14');
    await sync.drainUntilIdle();
    await only(CHRIS.id, id);
    expect((await sync.drainOnce()).requests).toBe(0);
    await opened.store.cancelEntry(id, 'CHANGED_MIND', actor(CHRIS));
    const report = await sync.drainUntilIdle();
    expect(report).toMatchObject({ requests: 1, done: 1, parked: 0 });
    expect((await m365.events(CHRIS.id)).filter((event) => tagOf(event) === id)).toEqual([]);
  });

  it('pending requests stay out of Outlook until approved', async () => {
    const { entry } = await opened.store.recordEntry(
      {
        ...accepted(CHRIS, '2026-04-15'),
        status: 'pending',
        kind: 'occasional',
        reason: 'OCCASIONAL_NEEDS_APPROVAL',
      },
      actor(CHRIS),
    );
    await sync.drainUntilIdle();
    expect((await m365.events(CHRIS.id)).filter((event) => tagOf(event) === entry.id)).toEqual([]);
    await opened.store.decideEntry(entry.id, 'approved', 'ok', actor(BRAM));
    await sync.drainUntilIdle();
    await only(CHRIS.id, entry.id);
  });
});

describe('permanence duties', () => {
  it('land in the team’s permanence calendar and in the person’s own', async () => {
    const duty = await opened.store.assignDuty(
      { teamId: 'social', personId: ANNA.id, date: '2026-03-27', half: 'am' },
      actor(BRAM),
    );
    await sync.drainUntilIdle();
    const team = await only(SOCIAL_MAILBOX, duty.id);
    expect(team).toMatchObject({
      subject: 'Permanence (matin): Anna Dubois',
      showAs: 'busy',
      categories: ['Permanence'],
      attendees: [],
    });
    expect(team.start.dateTime.slice(0, 16)).toBe('2026-03-27T08:00');
    const own = await only(ANNA.id, duty.id);
    expect(own).toMatchObject({
      subject: 'Permanence (matin)',
      isReminderOn: false,
      responseRequested: false,
    });

    await opened.store.cancelDuty(duty.id, actor(BRAM));
    await sync.drainUntilIdle();
    expect((await m365.events(SOCIAL_MAILBOX)).filter((event) => tagOf(event) === duty.id)).toEqual([]);
    expect((await m365.events(ANNA.id)).filter((event) => tagOf(event) === duty.id)).toEqual([]);
  });
});
