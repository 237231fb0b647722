import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangePollerOptions, PollReport } from '../../adapters/calendar-sync/change-poller.js';
import { type CalendarSync, startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import { graphCalendarGateway } from '../../adapters/graph/graph-calendar-gateway.js';
import { graphHttp } from '../../adapters/graph/graph-http.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { CalendarGateway } from '../../core/calendar-sync/calendar-gateway.js';
import type { Person } from '../../core/organisation/organisation.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import {
  ANNA,
  BRAM,
  CHRIS,
  DORA,
  emptyAll,
  FakeClock,
  type GraphEventJson,
  startM365,
  type TestM365,
  tagOf,
  testOrganisation,
  workingCalendar,
} from './calendar-sync-fixture.js';

// The change feed's rounds: what happened in Outlook before a mailbox was first read is not
// lost, a throttled read waits what Graph asks, and a round cut short goes on where it stopped.

const organisation = testOrganisation();

/** The gateway on the local Graph, with every readChanges call recorded (where it read from). */
function recordingGateway(m365: TestM365, pageSize: number, before?: (call: number) => void) {
  const real = graphCalendarGateway(graphHttp({ baseUrl: m365.graph.baseUrl, tokens: m365.tokens }), {
    pageSize,
  });
  const reads: string[] = [];
  const gateway: CalendarGateway = {
    maxOperationsPerSend: real.maxOperationsPerSend,
    send: (operations) => real.send(operations),
    readEvent: (mailbox, eventId) => real.readEvent(mailbox, eventId),
    readChanges(mailbox, from) {
      reads.push('cursor' in from ? from.cursor : 'window');
      before?.(reads.length);
      return real.readChanges(mailbox, from);
    },
  };
  return { gateway, reads };
}

describe.each(backends)('change feed rounds on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'with the local Graph', () => {
    let m365: TestM365;
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let clock: FakeClock;

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
      m365.graph.faults.reset();
      clock = new FakeClock();
    });

    function sync(
      options: { gateway?: CalendarGateway; poller?: Partial<ChangePollerOptions> } = {},
    ): CalendarSync {
      return startCalendarSync({
        store: opened.store,
        db: opened.db,
        organisation,
        calendar: workingCalendar,
        graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
        clock,
        run: false,
        ...options,
      });
    }

    async function declared(who: Person, dates: string[]): Promise<string[]> {
      const days = await declareTelework(
        { organisation, calendar: workingCalendar, store: opened.store },
        {
          request: { personId: who.id, days: dates.map((date) => ({ date, part: 'full' as const })) },
          today: clock.today(),
          at: clock.now(),
          source: 'bot',
        },
      );
      return days.map((day) => {
        if (day.recorded.entry.status !== 'accepted')
          throw new Error(`not accepted: ${day.recorded.entry.date}`);
        return day.recorded.entry.id;
      });
    }

    async function eventOf(who: Person, tag: string): Promise<GraphEventJson | undefined> {
      return (await m365.events(who.id)).find((event) => tagOf(event) === tag);
    }

    async function deleteInOutlook(who: Person, entryId: string): Promise<void> {
      const event = await eventOf(who, entryId);
      const answer = await m365.call('DELETE', `/me/events/${encodeURIComponent(event?.id ?? '')}`, {
        token: await m365.userToken(who),
      });
      expect(answer.status).toBe(204);
    }

    async function moveInOutlook(who: Person, entryId: string, date: string, next: string): Promise<void> {
      const event = await eventOf(who, entryId);
      const answer = await m365.call('PATCH', `/me/events/${encodeURIComponent(event?.id ?? '')}`, {
        token: await m365.userToken(who),
        body: {
          isAllDay: true,
          start: { dateTime: `${date}T00:00:00`, timeZone: 'Europe/Brussels' },
          end: { dateTime: `${next}T00:00:00`, timeZone: 'Europe/Brussels' },
        },
      });
      expect(answer.status).toBe(200);
    }

    /** Polls until the entry leaves `accepted`, at most `rounds` times; the rounds it took. */
    async function roundsUntilChanged(calendarSync: CalendarSync, entryId: string, rounds: number) {
      const reports: PollReport[] = [];
      while (reports.length < rounds && (await opened.store.getEntry(entryId))?.status === 'accepted')
        reports.push(await calendarSync.pollOnce());
      return reports;
    }

    it('an event deleted in Outlook before the first poll is cancelled in the ledger within two poll rounds', async () => {
      const calendarSync = sync();
      const [entryId = ''] = await declared(ANNA, ['2026-03-10']);
      await calendarSync.drainUntilIdle();
      await deleteInOutlook(ANNA, entryId);

      const reports = await roundsUntilChanged(calendarSync, entryId, 2);
      expect(await opened.store.getEntry(entryId)).toMatchObject({
        status: 'cancelled',
        reason: 'DELETED_IN_OUTLOOK',
      });
      expect(reports.at(-1)).toMatchObject({ missing: 1, outcomes: { cancelled: 1 } });
      expect((await opened.store.history(entryId)).at(-1)).toMatchObject({
        source: 'outlook',
        actorId: ANNA.id,
      });
      // Nothing to put back, nothing found missing twice.
      expect((await calendarSync.drainUntilIdle()).requests).toBe(0);
      expect(await eventOf(ANNA, entryId)).toBeUndefined();
      expect((await calendarSync.pollOnce()).outcomes).toEqual({});
    });

    it('an event moved in Outlook before the first poll moves the day', async () => {
      const calendarSync = sync();
      const [entryId = ''] = await declared(ANNA, ['2026-03-17']);
      await calendarSync.drainUntilIdle();
      await moveInOutlook(ANNA, entryId, '2026-03-19', '2026-03-20'); // Tuesday → Thursday, both structural

      await roundsUntilChanged(calendarSync, entryId, 2);
      expect(await opened.store.getEntry(entryId)).toMatchObject({
        status: 'cancelled',
        reason: 'MOVED_IN_OUTLOOK',
      });
      const [moved] = await opened.store.activeEntries([ANNA.id], '2026-03-19', '2026-03-19');
      expect(moved).toMatchObject({ status: 'accepted' });
    });

    it('an event moved out of the watched window before the first poll is found, refused and put back', async () => {
      const calendarSync = sync();
      const [entryId = ''] = await declared(BRAM, ['2026-03-24']);
      await calendarSync.drainUntilIdle();
      // Before the first of last month: outside the window, so not in the first round's snapshot.
      await moveInOutlook(BRAM, entryId, '2026-01-13', '2026-01-14');

      const report = await calendarSync.pollOnce();
      expect(report).toMatchObject({ missing: 1, outcomes: { restore: 1 } });
      const refusal = await opened.db
        .selectFrom('entries')
        .selectAll()
        .where('person_id', '=', BRAM.id)
        .where('date', '=', '2026-01-13')
        .executeTakeFirst();
      expect(refusal).toMatchObject({ status: 'refused', reason: 'PAST_DATE' });
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'accepted' });
      await calendarSync.drainUntilIdle();
      expect((await eventOf(BRAM, entryId))?.start.dateTime.slice(0, 10)).toBe('2026-03-24');
    });

    it('waits out a short Retry-After on the sync clock and reads the same page again', async () => {
      const calendarSync = sync();
      const [entryId = ''] = await declared(DORA, ['2026-03-10']);
      await calendarSync.drainUntilIdle();
      await deleteInOutlook(DORA, entryId);

      const waits: number[] = [];
      const start = clock.ms;
      clock.sleep = async (ms) => {
        waits.push(ms);
        m365.graph.faults.set({ throttleRate: 0 });
        clock.advance(ms);
      };
      m365.graph.faults.set({ throttleRate: 1, retryAfterSeconds: 7 });
      const report = await calendarSync.pollOnce();
      expect(waits).toEqual([7_000]);
      expect(report).toMatchObject({ waitedMs: [7_000], failures: 0, outcomes: { cancelled: 1 } });
      expect(clock.ms - start).toBe(7_000);
      expect(m365.graph.faults.stats().injected.throttled).toBe(1);
    });

    it('leaves a mailbox alone until a long Retry-After has passed, then reads it', async () => {
      const calendarSync = sync();
      const [entryId = ''] = await declared(DORA, ['2026-03-17']);
      await calendarSync.drainUntilIdle();
      await deleteInOutlook(DORA, entryId);

      m365.graph.faults.set({ throttleRate: 1, retryAfterSeconds: 600 });
      const throttled = await calendarSync.pollOnce();
      expect(throttled).toMatchObject({ failures: 1, waitedMs: [], outcomes: {} });
      m365.graph.faults.set({ throttleRate: 0 });

      const requests = m365.graph.faults.stats().requests;
      clock.advance(599_000);
      expect(await calendarSync.pollOnce()).toMatchObject({ deferred: 1, mailboxes: 0 });
      expect(m365.graph.faults.stats().requests).toBe(requests);
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'accepted' });

      clock.advance(1_000);
      expect(await calendarSync.pollOnce()).toMatchObject({ deferred: 0, outcomes: { cancelled: 1 } });
    });

    it('goes on from its nextLink when a round stops at its page cap', async () => {
      const { gateway, reads } = recordingGateway(m365, 2);
      const calendarSync = sync({ gateway, poller: { maxPagesPerRound: 1 } });
      const ids = await declared(CHRIS, [
        '2026-03-03',
        '2026-03-05',
        '2026-03-10',
        '2026-03-12',
        '2026-03-17',
        '2026-03-19',
      ]);
      await calendarSync.drainUntilIdle();
      await deleteInOutlook(CHRIS, ids[3] ?? '');

      // Five events left, two a page: three pages, one a round. Starting over would never end.
      const reports = [
        await calendarSync.pollOnce(),
        await calendarSync.pollOnce(),
        await calendarSync.pollOnce(),
      ];
      expect(reports.map((report) => report.cut)).toEqual([1, 1, 0]);
      expect(reads[0]).toBe('window');
      expect(reads[1]).toContain('$skiptoken=');
      expect(reads[2]).toContain('$skiptoken=');
      expect(reads[2]).not.toBe(reads[1]);
      expect(reports[2]).toMatchObject({ missing: 1, outcomes: { cancelled: 1 } });
      expect(await opened.store.getEntry(ids[3] ?? '')).toMatchObject({ status: 'cancelled' });
      const active = await opened.store.activeEntries([CHRIS.id], '2026-03-01', '2026-03-31');
      expect(active).toHaveLength(5);
      // The next round starts from the deltaLink.
      await calendarSync.pollOnce();
      expect(reads[3]).toContain('$deltatoken=');
    });

    it('goes on from its nextLink when a round breaks off on an error', async () => {
      const { gateway, reads } = recordingGateway(m365, 2, (call) => {
        // The second page's request finds the connection reset.
        if (call === 2) m365.graph.faults.set({ resetRate: 1 });
      });
      const calendarSync = sync({ gateway });
      // Three events left at least: two pages.
      const ids = await declared(CHRIS, ['2026-03-24', '2026-03-26', '2026-03-31', '2026-04-02']);
      await calendarSync.drainUntilIdle();
      await deleteInOutlook(CHRIS, ids[0] ?? '');

      const broken = await calendarSync.pollOnce();
      expect(broken).toMatchObject({ failures: 1, pages: 1 });
      const pageTwo = reads[1];
      expect(pageTwo).toContain('$skiptoken=');
      m365.graph.faults.reset();

      const resumed = await calendarSync.pollOnce();
      expect(reads[2]).toBe(pageTwo);
      expect(resumed).toMatchObject({ failures: 0, missing: 1, outcomes: { cancelled: 1 } });
      expect(await opened.store.getEntry(ids[0] ?? '')).toMatchObject({ status: 'cancelled' });
    });
  });
});
