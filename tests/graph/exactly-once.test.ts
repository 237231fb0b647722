import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarSyncStore } from '../../adapters/calendar-sync/calendar-sync-store.js';
import { type CalendarSync, startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import { graphCalendarGateway } from '../../adapters/graph/graph-calendar-gateway.js';
import { graphHttp } from '../../adapters/graph/graph-http.js';
import { KyselyCalendarSyncStore } from '../../adapters/store/kysely-calendar-sync-store.js';
import { type OpenedStore, openStore, type StoreOptions } from '../../adapters/store/open-store.js';
import { addDays } from '../../core/calendar/local-date.js';
import type { CalendarGateway } from '../../core/calendar-sync/calendar-gateway.js';
import type { Person } from '../../core/organisation/organisation.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import {
  ANNA,
  emptyAll,
  FakeClock,
  startM365,
  type TestM365,
  tagOf,
  testOrganisation,
  workingCalendar,
} from './calendar-sync-fixture.js';

// Exactly once, whatever Graph does: 1,000 telework days through throttling, outages, connection
// resets and lost answers; a worker that dies in the middle; two workers on one outbox.

const PEOPLE = 50;
const DAYS = 20;
const staff: Person[] = Array.from({ length: PEOPLE }, (_, index) => ({
  ...ANNA,
  id: `cccccccc-0000-4000-8000-${String(index).padStart(12, '0')}`,
  upn: `staff${index}@cpas.example`,
  displayName: `Staff ${index}`,
  locale: (['fr', 'nl', 'en', 'de'] as const)[index % 4] ?? 'fr',
}));
const organisation = testOrganisation(staff);

/** 30% of requests and batch items fail one way or another. */
const FAULTS = {
  throttleRate: 0.12,
  unavailableRate: 0.08,
  resetRate: 0.05,
  resetAfterWriteRate: 0.05,
  seed: 20260329,
};
const NO_FAULTS = { throttleRate: 0, unavailableRate: 0, resetRate: 0, resetAfterWriteRate: 0 };

/** One working day after another from Monday 6 April 2026. */
function workingDays(count: number): string[] {
  const days: string[] = [];
  for (let date = '2026-04-06'; days.length < count; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(date);
  }
  return days;
}

/** Each person's days one after the other; people side by side (PostgreSQL has a pool). */
async function declareMany(opened: OpenedStore, people: Person[], days: string[]): Promise<string[]> {
  const perPerson = await Promise.all(
    people.map(async (who) => {
      const ids: string[] = [];
      for (const date of days) {
        const { entry } = await opened.store.recordEntry(
          {
            personId: who.id,
            date,
            part: 'full',
            kind: 'structural',
            status: 'accepted',
            reason: 'STRUCTURAL_PATTERN',
            approvers: [],
            details: {},
          },
          { actorId: who.id, source: 'bot', at: '2026-03-02T08:00:00.000Z' },
        );
        ids.push(entry.id);
      }
      return ids;
    }),
  );
  return perPerson.flat();
}

/** Every tagged event in the people's calendars, counted by tag. */
async function tagsIn(m365: TestM365, people: Person[]): Promise<Map<string, number>> {
  m365.graph.faults.set(NO_FAULTS);
  const counts = new Map<string, number>();
  for (const who of people)
    for (const event of await m365.events(who.id)) {
      const tag = tagOf(event) ?? '(untagged)';
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  return counts;
}

/** Each id's event once, no other event of ours (earlier tests' events are left aside). */
function expectExactlyOnce(counts: Map<string, number>, ids: string[]): void {
  const mine = new Set(ids);
  const ours = [...counts].filter(([tag]) => mine.has(tag));
  expect(ours.filter(([, count]) => count !== 1)).toEqual([]);
  expect(ours).toHaveLength(ids.length);
  expect(counts.get('(untagged)')).toBeUndefined();
}

/** A store that, once `crash()` is called, never answers again: a process that died. */
function crashable(store: CalendarSyncStore): { store: CalendarSyncStore; crash(): void } {
  let crashed = false;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => (crashed ? new Promise(() => {}) : value.apply(target, args));
    },
  });
  return { store: proxy, crash: () => (crashed = true) };
}

describe.each(backends)('exactly once on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'with the local Graph', () => {
    let m365: TestM365;
    let opened: OpenedStore;
    let options: StoreOptions;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      m365 = await startM365(organisation);
      ({ opened, options, dispose } = await backend.open());
    });
    afterAll(async () => {
      expect(m365.graph.contractViolations()).toEqual([]);
      await dispose?.();
      await m365?.close();
    });
    beforeEach(async () => {
      await emptyAll(opened.db);
      m365.graph.faults.reset();
    });

    function sync(
      clock: FakeClock,
      extra: Partial<Parameters<typeof startCalendarSync>[0]> = {},
    ): CalendarSync {
      return startCalendarSync({
        store: opened.store,
        db: opened.db,
        organisation,
        calendar: workingCalendar,
        graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
        clock,
        run: false,
        ...extra,
      });
    }

    // On SQLite: the local Graph is the same for both backends, and PostgreSQL's share (leases,
    // SKIP LOCKED, batched settlements) is held to the same faults by the two-worker test below.
    it.skipIf(backend.name !== 'SQLite')(
      'turns 1,000 days into 1,000 events through 30% injected faults',
      async () => {
        const ids = await declareMany(opened, staff, workingDays(DAYS));
        m365.graph.faults.set(FAULTS);
        const report = await sync(new FakeClock()).drainUntilIdle();
        const stats = m365.graph.faults.stats();
        const counts = await tagsIn(m365, staff);

        expect(ids).toHaveLength(1000);
        expectExactlyOnce(counts, ids);
        expect(report.parked).toBe(0);
        expect(report.retried).toBeGreaterThan(0);
        for (const kind of ['throttled', 'unavailable', 'reset', 'resetAfterWrite'] as const)
          expect(stats.injected[kind]).toBeGreaterThan(0);
        // At most 4 requests at once per mailbox: Graph never had to refuse one for concurrency.
        expect(stats.injected.mailboxConcurrency).toBe(0);
        expect(Math.max(...Object.values(stats.maxConcurrencyByMailbox))).toBeLessThanOrEqual(4);
        const pending = await opened.db
          .selectFrom('calendar_outbox')
          .select('id')
          .where('status', '!=', 'done')
          .execute();
        expect(pending).toEqual([]);
      },
      60_000,
    );

    it('recovers from a worker that dies mid-drain: the next one finishes, nothing twice', async () => {
      const people = staff.slice(0, 20);
      const ids = await declareMany(opened, people, workingDays(10));
      m365.graph.faults.set({ ...FAULTS, seed: 7 });
      const clock = new FakeClock();
      const doomed = crashable(new KyselyCalendarSyncStore(opened.db));
      const gateway = graphCalendarGateway(graphHttp({ baseUrl: m365.graph.baseUrl, tokens: m365.tokens }));
      let sends = 0;
      const inFlight: Array<Promise<unknown>> = [];
      // Dies while its third $batch is on the wire: Graph carries the writes out, nobody records them.
      const dying: CalendarGateway = {
        ...gateway,
        send: (operations) => {
          sends += 1;
          const answer = gateway.send(operations);
          inFlight.push(answer);
          if (sends === 3) doomed.crash();
          return answer;
        },
      };
      const first = sync(clock, {
        gateway: dying,
        syncStore: doomed.store,
        worker: { workerId: 'doomed', claimLimit: 40 },
      });
      void first.drainOnce(); // never settles: its process is gone
      await new Promise((resolve) => setTimeout(resolve, 50));
      while (inFlight.length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.allSettled(inFlight);

      const held = await opened.db
        .selectFrom('calendar_outbox')
        .select('id')
        .where('claimed_by', '=', 'doomed')
        .execute();
      expect(held.length).toBeGreaterThan(0);
      // Its leases run out; a new worker on the same database takes over.
      clock.advance(121_000);
      const report = await sync(clock, { worker: { workerId: 'heir' } }).drainUntilIdle();
      expect(report.parked).toBe(0);
      expectExactlyOnce(await tagsIn(m365, people), ids);
    }, 60_000);

    it.skipIf(backend.name !== 'PostgreSQL')(
      'lets two workers drain one outbox at once, each row once',
      async () => {
        const people = staff.slice(20, 50);
        const ids = await declareMany(opened, people, workingDays(10));
        m365.graph.faults.set({ ...FAULTS, seed: 11 });
        // A second server instance: its own connection pool on the same database.
        const other = await openStore(options);
        try {
          const clock = new FakeClock();
          const a = sync(clock, { worker: { workerId: 'instance-a', claimLimit: 20 } });
          const b = startCalendarSync({
            store: other.store,
            db: other.db,
            organisation,
            calendar: workingCalendar,
            graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
            clock,
            run: false,
            worker: { workerId: 'instance-b', claimLimit: 20 },
          });
          const [ra, rb] = await Promise.all([a.drainUntilIdle(), b.drainUntilIdle()]);
          expect(ra.claimed).toBeGreaterThan(0);
          expect(rb.claimed).toBeGreaterThan(0);
          expect(ra.parked + rb.parked).toBe(0);
          expectExactlyOnce(await tagsIn(m365, people), ids);
        } finally {
          await other.close();
        }
      },
      60_000,
    );
  });
});
