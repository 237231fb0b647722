import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CalendarSync, startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Person } from '../../core/organisation/organisation.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import {
  ANNA,
  BRAM,
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

// Two-way: what people do in Outlook to our events comes back to the ledger, through the
// use cases, with source "outlook"; what we do ourselves does not come back as their doing.

const organisation = testOrganisation();

describe.each(backends)('Outlook changes on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'round trips', () => {
    let m365: TestM365;
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let clock: FakeClock;
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
      // Each test its own weeks, so that earlier tests' events in the local Graph stay apart.
      clock = new FakeClock();
      sync = startCalendarSync({
        store: opened.store,
        db: opened.db,
        organisation,
        calendar: workingCalendar,
        graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
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
      if (day?.recorded.entry.status !== 'accepted')
        throw new Error(`not accepted: ${JSON.stringify(day?.decision)}`);
      return day.recorded.entry.id;
    }

    async function eventOf(who: Person | string, tag: string): Promise<GraphEventJson | undefined> {
      const events = (await m365.events(typeof who === 'string' ? who : who.id)).filter(
        (event) => tagOf(event) === tag,
      );
      expect(events.length).toBeLessThanOrEqual(1);
      return events[0];
    }

    /** Declares, writes to Outlook, and lets the first (full) round of the change feed pass. */
    async function inOutlook(who: Person, date: string): Promise<{ entryId: string; eventId: string }> {
      const entryId = await declare(who, date);
      await sync.drainUntilIdle();
      const first = await sync.pollOnce();
      expect(first.outcomes.cancelled ?? 0).toBe(0);
      const event = await eventOf(who, entryId);
      if (!event) throw new Error('no event');
      return { entryId, eventId: event.id };
    }

    /** The person moves their event in Outlook, with their own delegated token. */
    async function moveInOutlook(who: Person, eventId: string, date: string, next: string): Promise<void> {
      const answer = await m365.call('PATCH', `/me/events/${encodeURIComponent(eventId)}`, {
        token: await m365.userToken(who),
        body: {
          isAllDay: true,
          start: { dateTime: `${date}T00:00:00`, timeZone: 'Europe/Brussels' },
          end: { dateTime: `${next}T00:00:00`, timeZone: 'Europe/Brussels' },
        },
      });
      expect(answer.status).toBe(200);
    }

    it('cancels the day, source outlook, when the person deletes the event', async () => {
      const { entryId, eventId } = await inOutlook(ANNA, '2026-03-10');
      const deleted = await m365.call('DELETE', `/me/events/${encodeURIComponent(eventId)}`, {
        token: await m365.userToken(ANNA),
      });
      expect(deleted.status).toBe(204);

      const report = await sync.pollOnce();
      expect(report.outcomes).toMatchObject({ cancelled: 1 });
      expect(await opened.store.getEntry(entryId)).toMatchObject({
        status: 'cancelled',
        reason: 'DELETED_IN_OUTLOOK',
      });
      const last = (await opened.store.history(entryId)).at(-1);
      expect(last).toMatchObject({ action: 'cancelled', source: 'outlook', actorId: ANNA.id });
      // Nothing left to do in Outlook: the event is already gone.
      expect((await sync.drainUntilIdle()).requests).toBe(0);
      expect((await sync.pollOnce()).outcomes).toEqual({});
    });

    it('moves the day when the policy accepts the new one', async () => {
      const { entryId, eventId } = await inOutlook(ANNA, '2026-03-17');
      await moveInOutlook(ANNA, eventId, '2026-03-19', '2026-03-20'); // Tuesday → Thursday, both structural

      expect((await sync.pollOnce()).outcomes).toMatchObject({ moved: 1 });
      expect(await opened.store.getEntry(entryId)).toMatchObject({
        status: 'cancelled',
        reason: 'MOVED_IN_OUTLOOK',
      });
      const [moved] = await opened.store.activeEntries([ANNA.id], '2026-03-19', '2026-03-19');
      expect(moved).toMatchObject({ date: '2026-03-19', status: 'accepted' });
      expect((await opened.store.history(moved?.id ?? '')).at(-1)).toMatchObject({
        action: 'declared',
        source: 'outlook',
      });

      await sync.drainUntilIdle();
      expect(await eventOf(ANNA, entryId)).toBeUndefined();
      const now = await eventOf(ANNA, moved?.id ?? '');
      expect(now?.start.dateTime.slice(0, 10)).toBe('2026-03-19');
      // Our own delete and create come back through the feed without changing anything.
      const echo = await sync.pollOnce();
      expect(echo.outcomes.moved ?? 0).toBe(0);
      expect(echo.outcomes.cancelled ?? 0).toBe(0);
    });

    it('records the refusal and puts the event back when the policy refuses the new day', async () => {
      const { entryId, eventId } = await inOutlook(BRAM, '2026-03-24');
      await moveInOutlook(BRAM, eventId, '2026-03-28', '2026-03-29'); // a Saturday

      expect((await sync.pollOnce()).outcomes).toMatchObject({ restore: 1 });
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'accepted' });
      const refusal = await opened.db
        .selectFrom('entries')
        .selectAll()
        .where('person_id', '=', BRAM.id)
        .where('date', '=', '2026-03-28')
        .executeTakeFirst();
      expect(refusal).toMatchObject({ status: 'refused', reason: 'WEEKEND' });

      await sync.drainUntilIdle();
      expect((await eventOf(BRAM, entryId))?.start.dateTime.slice(0, 10)).toBe('2026-03-24');
      // Our restore comes back through the feed, recognised as ours: nothing changes.
      expect(Object.keys((await sync.pollOnce()).outcomes)).toEqual(['ignored']);
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'accepted' });
    });

    it('asks for approval of the new day, and takes the event out until then', async () => {
      const { entryId, eventId } = await inOutlook(ANNA, '2026-03-31');
      await moveInOutlook(ANNA, eventId, '2026-04-01', '2026-04-02'); // Wednesday: occasional

      expect((await sync.pollOnce()).outcomes).toMatchObject({ moved: 1 });
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'cancelled' });
      const [pending] = await opened.store.activeEntries([ANNA.id], '2026-04-01', '2026-04-01');
      expect(pending).toMatchObject({ status: 'pending', reason: 'OCCASIONAL_NEEDS_APPROVAL' });
      await sync.drainUntilIdle();
      expect(await eventOf(ANNA, entryId)).toBeUndefined();
      expect(await eventOf(ANNA, pending?.id ?? '')).toBeUndefined();
    });

    it('cancels a duty deleted from the team’s calendar, and restores one deleted from the person’s', async () => {
      const duty = await opened.store.assignDuty(
        { teamId: 'social', personId: BRAM.id, date: '2026-04-07', half: 'am' },
        { actorId: ANNA.id, source: 'tab', at: clock.now() },
      );
      await sync.drainUntilIdle();
      await sync.pollOnce();
      const own = await eventOf(BRAM, duty.id);
      if (!own) throw new Error('no event');
      await m365.call('DELETE', `/me/events/${encodeURIComponent(own.id)}`, {
        token: await m365.userToken(BRAM),
      });
      expect((await sync.pollOnce()).outcomes).toMatchObject({ restore: 1 });
      await sync.drainUntilIdle();
      expect((await eventOf(BRAM, duty.id))?.id).not.toBe(own.id);

      const team = await eventOf(SOCIAL_MAILBOX, duty.id);
      const deleted = await m365.call(
        'DELETE',
        `/users/${SOCIAL_MAILBOX}/events/${encodeURIComponent(team?.id ?? '')}`,
      );
      expect(deleted.status).toBe(204);
      expect((await sync.pollOnce()).outcomes).toMatchObject({ 'duty-cancelled': 1 });
      const [cancelled] = await opened.db
        .selectFrom('ledger_events')
        .selectAll()
        .where('duty_id', '=', duty.id)
        .where('action', '=', 'duty-cancelled')
        .execute();
      expect(cancelled).toMatchObject({ source: 'outlook', actor_id: `outlook:${SOCIAL_MAILBOX}` });
      await sync.drainUntilIdle();
      expect(await eventOf(BRAM, duty.id)).toBeUndefined();
    });
  });
});
