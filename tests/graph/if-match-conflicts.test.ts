import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CalendarSync, startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import { graphCalendarGateway } from '../../adapters/graph/graph-calendar-gateway.js';
import { graphHttp } from '../../adapters/graph/graph-http.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { CalendarGateway } from '../../core/calendar-sync/calendar-gateway.js';
import type { Person } from '../../core/organisation/organisation.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import {
  BRAM,
  emptyAll,
  FakeClock,
  type GraphEventJson,
  startM365,
  type TestM365,
  tagOf,
  testOrganisation,
  workingCalendar,
} from './calendar-sync-fixture.js';

// The worker writes an event only in the version it last knew (If-Match): when the person changed
// it in Outlook meanwhile, Graph answers 412, the change is read and taken into the ledger first,
// and the row is planned again. The person's change is never overwritten, and never looped on.

const organisation = testOrganisation();

describe.each(backends)('If-Match conflicts on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'with the local Graph', () => {
    let m365: TestM365;
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let clock: FakeClock;
    /** Called before each $batch the worker sends: a person editing in Outlook at that moment. */
    let beforeSend: () => Promise<void>;
    let sync: CalendarSync;

    beforeAll(async () => {
      m365 = await startM365(organisation);
      ({ opened, dispose } = await backend.open());
    });
    afterAll(async () => {
      expect(m365.graph.contractViolations()).toEqual([]);
      await dispose?.();
      await m365?.close();
    });
    beforeEach(async () => {
      await emptyAll(opened.db);
      clock = new FakeClock();
      beforeSend = async () => {};
      const real = graphCalendarGateway(graphHttp({ baseUrl: m365.graph.baseUrl, tokens: m365.tokens }));
      const gateway: CalendarGateway = {
        maxOperationsPerSend: real.maxOperationsPerSend,
        async send(operations) {
          await beforeSend();
          return real.send(operations);
        },
        readChanges: (mailbox, from) => real.readChanges(mailbox, from),
        readEvent: (mailbox, eventId) => real.readEvent(mailbox, eventId),
      };
      sync = startCalendarSync({
        store: opened.store,
        db: opened.db,
        organisation,
        calendar: workingCalendar,
        graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
        gateway,
        clock,
        run: false,
      });
    });

    async function declare(who: Person, date: string): Promise<string> {
      const [day] = await declareTelework(
        { organisation, calendar: workingCalendar, store: opened.store },
        {
          request: { personId: who.id, days: [{ date, part: 'full' }] },
          today: clock.today(),
          at: clock.now(),
          source: 'bot',
        },
      );
      if (day?.recorded.entry.status !== 'accepted') throw new Error('not accepted');
      return day.recorded.entry.id;
    }

    async function ours(who: Person, from: string, to: string): Promise<GraphEventJson[]> {
      return (await m365.events(who.id)).filter(
        (event) =>
          tagOf(event) !== undefined &&
          event.start.dateTime.slice(0, 10) >= from &&
          event.start.dateTime.slice(0, 10) <= to,
      );
    }

    async function editInOutlook(who: Person, eventId: string, body: Record<string, unknown>): Promise<void> {
      const answer = await m365.call('PATCH', `/me/events/${encodeURIComponent(eventId)}`, {
        token: await m365.userToken(who),
        body,
      });
      expect(answer.status).toBe(200);
    }

    const allDay = (date: string, next: string) => ({
      isAllDay: true,
      start: { dateTime: `${date}T00:00:00`, timeZone: 'Europe/Brussels' },
      end: { dateTime: `${next}T00:00:00`, timeZone: 'Europe/Brussels' },
    });

    /**
     * Bram's Tuesday in Outlook, moved by him to a Saturday: the poller records the refusal and
     * queues the event's return to Tuesday, knowing the Saturday version. Not drained yet.
     */
    async function restorePending(tuesday: string, saturday: string, sunday: string) {
      const entryId = await declare(BRAM, tuesday);
      await sync.drainUntilIdle();
      await sync.pollOnce();
      const [event] = await ours(BRAM, tuesday, tuesday);
      if (!event) throw new Error('no event');
      await editInOutlook(BRAM, event.id, allDay(saturday, sunday));
      expect((await sync.pollOnce()).outcomes).toMatchObject({ restore: 1 });
      return { entryId, eventId: event.id };
    }

    it('a write that meets a newer move in Outlook takes the move in instead of undoing it', async () => {
      const { entryId, eventId } = await restorePending('2026-03-10', '2026-03-14', '2026-03-15');
      // Before the worker puts the event back, Bram moves it on to Thursday, his structural day.
      await editInOutlook(BRAM, eventId, allDay('2026-03-12', '2026-03-13'));

      const report = await sync.drainUntilIdle();
      expect(report.conflicts).toBe(1);
      expect(await opened.store.getEntry(entryId)).toMatchObject({
        status: 'cancelled',
        reason: 'MOVED_IN_OUTLOOK',
      });
      const [thursday] = await opened.store.activeEntries([BRAM.id], '2026-03-12', '2026-03-12');
      expect(thursday).toMatchObject({ status: 'accepted' });
      const events = await ours(BRAM, '2026-03-09', '2026-03-15');
      expect(events.map((event) => [event.start.dateTime.slice(0, 10), tagOf(event)])).toEqual([
        ['2026-03-12', thursday?.id],
      ]);
      // What the worker did comes back through the feed without changing anything.
      const echo = await sync.pollOnce();
      expect(echo.outcomes.moved ?? 0).toBe(0);
      expect(echo.outcomes.cancelled ?? 0).toBe(0);
    });

    it('a write in the version it knows succeeds at once (no conflict)', async () => {
      const { entryId } = await restorePending('2026-03-17', '2026-03-21', '2026-03-22');
      const report = await sync.drainUntilIdle();
      expect(report).toMatchObject({ conflicts: 0, done: 1 });
      expect(
        (await ours(BRAM, '2026-03-16', '2026-03-22')).map((event) => [
          event.start.dateTime.slice(0, 10),
          tagOf(event),
        ]),
      ).toEqual([['2026-03-17', entryId]]);
    });

    it('a write that finds the event deleted in Outlook meanwhile cancels the day instead of recreating it', async () => {
      const { entryId, eventId } = await restorePending('2026-04-07', '2026-04-11', '2026-04-12');
      const deleted = await m365.call('DELETE', `/me/events/${encodeURIComponent(eventId)}`, {
        token: await m365.userToken(BRAM),
      });
      expect(deleted.status).toBe(204);

      expect((await sync.drainUntilIdle()).conflicts).toBe(1);
      expect(await opened.store.getEntry(entryId)).toMatchObject({
        status: 'cancelled',
        reason: 'DELETED_IN_OUTLOOK',
      });
      expect(await ours(BRAM, '2026-04-06', '2026-04-12')).toEqual([]);
      expect((await sync.pollOnce()).outcomes.cancelled ?? 0).toBe(0);
    });

    it('a calendar that changes before every write is never looped on', async () => {
      const { entryId, eventId } = await restorePending('2026-03-24', '2026-03-28', '2026-03-29');
      // Bram puts it back himself, then edits its subject before each of our writes.
      await editInOutlook(BRAM, eventId, allDay('2026-03-24', '2026-03-25'));
      let edits = 0;
      beforeSend = async () => {
        edits += 1;
        await editInOutlook(BRAM, eventId, { subject: `Mine ${edits}` });
      };

      const first = await sync.drainOnce();
      // The first conflict is planned again at once; the second waits like any failure.
      expect(first.conflicts).toBe(2);
      const row = await opened.db
        .selectFrom('calendar_outbox')
        .selectAll()
        .where('entity_id', '=', entryId)
        .executeTakeFirst();
      expect(row).toMatchObject({ status: 'pending', attempts: 2 });
      expect(Date.parse(row?.due_at ?? '')).toBeGreaterThan(Date.parse(clock.now()));
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'accepted', date: '2026-03-24' });

      // Once he stops, the next try writes over the version just read.
      beforeSend = async () => {};
      const after = await sync.drainUntilIdle();
      expect(after).toMatchObject({ conflicts: 0, done: 1 });
      const [event] = await ours(BRAM, '2026-03-23', '2026-03-29');
      expect(event).toMatchObject({ id: eventId, subject: expect.stringMatching(/^Thuiswerk/) });
    });
  });
});
