import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CalendarSync, startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Organisation, Person } from '../../core/organisation/organisation.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import {
  ANNA,
  DORA,
  emptyAll,
  FakeClock,
  GHOST_TEAM_MAILBOX,
  SOCIAL_MAILBOX,
  startM365,
  type TestM365,
  tagOf,
  testOrganisation,
  workingCalendar,
} from './calendar-sync-fixture.js';

// Permanent failures are parked with a reason an administrator can read, and nothing is lost:
// once the cause is fixed, a re-queue sends them.

/** In the organisation file, not in the tenant (left, or a typo in the file). */
const NEWCOMER: Person = {
  ...ANNA,
  id: 'dddddddd-0000-4000-8000-000000000009',
  upn: 'new@cpas.example',
  displayName: 'New Comer',
};

describe.each(backends)('parked rows on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'park and re-queue', () => {
    let m365: TestM365;
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let organisation: Organisation;
    let sync: CalendarSync;
    const at = '2026-03-02T08:00:00.000Z';

    beforeAll(async () => {
      m365 = await startM365(testOrganisation());
      ({ opened, dispose } = await backend.open());
    });
    afterAll(async () => {
      expect(m365.graph.contractViolations()).toEqual([]);
      await dispose?.();
      await m365?.close();
    });
    beforeEach(async () => {
      await emptyAll(opened.db);
      organisation = testOrganisation([NEWCOMER]);
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

    it('parks a duty for a permanence mailbox that does not exist, and sends it once fixed', async () => {
      const duty = await opened.store.assignDuty(
        { teamId: 'admin', personId: DORA.id, date: '2026-03-12', half: 'pm' },
        { actorId: DORA.id, source: 'tab', at },
      );
      const report = await sync.drainUntilIdle();
      expect(report).toMatchObject({ parked: 1, done: 1 });
      // The person's own calendar got its event; the team's calendar is parked, with why.
      expect((await m365.events(DORA.id)).filter((event) => tagOf(event) === duty.id)).toHaveLength(1);
      const parked = await sync.parked();
      expect(parked).toEqual([
        expect.objectContaining({ kind: 'duty', entityId: duty.id, target: 'team', attempts: 1 }),
      ]);
      expect(parked[0]?.reason).toContain(`mailbox ${GHOST_TEAM_MAILBOX} not found`);
      expect(parked[0]?.reason).toContain('ErrorInvalidUser');
      // Parked rows stay parked: draining again sends nothing.
      expect((await sync.drainUntilIdle()).requests).toBe(0);

      // The administrator fixes the organisation file, then re-queues.
      const team = organisation.teams.find((candidate) => candidate.id === 'admin');
      if (team) team.permanenceMailbox = SOCIAL_MAILBOX;
      expect(await sync.requeue([parked[0]?.id ?? ''])).toBe(1);
      expect(await sync.drainUntilIdle()).toMatchObject({ parked: 0, done: 1 });
      expect(await sync.parked()).toEqual([]);
      const events = (await m365.events(SOCIAL_MAILBOX)).filter((event) => tagOf(event) === duty.id);
      expect(events.map((event) => event.subject)).toEqual(['Präsenzdienst (Nachmittag): Dora Schmitz']);
    });

    it('parks a day of a person whose mailbox is not in the tenant; re-queue all retries it', async () => {
      const { entry } = await opened.store.recordEntry(
        {
          personId: NEWCOMER.id,
          date: '2026-03-10',
          part: 'full',
          kind: 'structural',
          status: 'accepted',
          reason: 'STRUCTURAL_PATTERN',
          approvers: [],
          details: {},
        },
        { actorId: NEWCOMER.id, source: 'bot', at },
      );
      await sync.drainUntilIdle();
      const [parked] = await sync.parked();
      expect(parked).toMatchObject({ kind: 'entry', entityId: entry.id });
      expect(parked?.reason).toMatch(
        /create event in dddddddd-0000-4000-8000-000000000009: mailbox .* not found/,
      );
      // Still missing: re-queued, tried, parked again with the same reason; nothing else moves.
      expect(await sync.requeue('all')).toBe(1);
      expect(await sync.drainUntilIdle()).toMatchObject({ parked: 1, requests: 1 });
      expect((await sync.parked())[0]?.reason).toBe(parked?.reason);
      // Cancelled meanwhile: the re-queued row now has nothing to do and is done without a request.
      await opened.store.cancelEntry(entry.id, 'LEFT', { actorId: NEWCOMER.id, source: 'bot', at });
      expect(await sync.parked()).toEqual([]);
      expect(await sync.drainUntilIdle()).toMatchObject({ parked: 0, requests: 0, done: 1 });
    });
  });
});
