import { setTimeout as wait } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { conversationReferenceStore } from '../../adapters/store/conversation-reference-store.js';
import { type OpenedStore, openStore } from '../../adapters/store/open-store.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { crisisNoticeWorker } from '../../server/crisis-notices-loop.js';
import { DEMO } from '../api/hr-api-harness.js';
import { backends, type TestBackend } from './store-backends.js';

// Two server instances on one database drain the crisis cards at the same time, on the real
// clock. The lease is scaled down (300 ms, sends time out after 140 ms) so that one instance's
// third card is still being sent when a lease taken at the start of its round would have run
// out: the renewal before each send is what keeps the other instance from sending it too.
const TIMING = { roundMs: 0, perRound: 3, leaseMs: 300, sendTimeoutMs: 140 };
const EVERYONE = Object.values(DEMO);

describe.each(backends)('two instances sending the crisis cards on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'one queue', () => {
    let first: OpenedStore;
    let second: OpenedStore;
    let dispose: () => Promise<void>;
    let organisation: Organisation;
    const clock = { now: () => new Date().toISOString() };

    beforeAll(async () => {
      let options: Parameters<typeof openStore>[0];
      ({ opened: first, options, dispose } = await backend.open());
      second = await openStore(options);
      organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
      const conversations = conversationReferenceStore(first.db);
      for (const personId of EVERYONE) {
        await conversations.remember(personId, { teamsUserId: `29:${personId}`, reference: {} }, clock.now());
      }
    });
    afterAll(async () => {
      await second?.close();
      await dispose?.();
    });

    const workerOn = (opened: OpenedStore, sendMs: number, sent: string[], send?: () => Promise<void>) =>
      crisisNoticeWorker({
        db: opened.db,
        store: opened.store,
        organisation,
        calendar: belgianWorkingCalendar({
          region: organisation.employer.holidayRegion,
          closingDays: organisation.employer.closingDays,
        }),
        render: (person) => person.id,
        send: async (_person, card: string) => {
          if (send) return send();
          await wait(sendMs);
          sent.push(card);
        },
        clock,
        timing: TIMING,
      });
    const pending = async () =>
      (await first.db.selectFrom('crisis_notices').select('id').where('status', '=', 'pending').execute())
        .length;

    it('each person gets exactly one card, whichever instance sent it', async () => {
      await first.store.startCrisis(
        { from: '2026-12-01', reason: 'Pandemic' },
        { actorId: DEMO.sophie, source: 'api', at: clock.now() },
      );
      const sent: string[] = [];
      // A slow instance (110 ms a card, three a round: 330 ms > the lease) and a fast one that
      // keeps polling while the slow one sends.
      const slow = workerOn(first, 110, sent);
      const fast = workerOn(second, 5, sent);
      const drain = async (worker: { round(): Promise<number> }, head: number) => {
        await wait(head);
        const until = Date.now() + 5_000;
        while (Date.now() < until && (await pending()) > 0) {
          await worker.round();
          await wait(2);
        }
      };
      await Promise.all([drain(slow, 0), drain(fast, 20)]);
      expect(await pending()).toBe(0);
      expect([...sent].sort()).toEqual([...EVERYONE].sort());
      const rows = await first.db.selectFrom('crisis_notices').select(['status', 'attempts']).execute();
      expect(rows.every((row) => row.status === 'sent' && Number(row.attempts) === 0)).toBe(true);
    });

    it('a send that never answers is given up at the timeout and due again later, not left to the lease', async () => {
      await first.store.endCrisis(
        { to: '2026-12-15' },
        { actorId: DEMO.sophie, source: 'api', at: clock.now() },
      );
      const hanging = workerOn(first, 0, [], () => new Promise<void>(() => {}));
      const started = Date.now();
      expect(await hanging.round()).toBe(TIMING.perRound);
      expect(Date.now() - started).toBeLessThan(TIMING.perRound * TIMING.sendTimeoutMs + 1_000);
      const retried = await first.db
        .selectFrom('crisis_notices')
        .select(['attempts', 'last_error', 'claimed_by'])
        .where('change', '=', 'ended')
        .where('attempts', '>', 0)
        .execute();
      expect(retried).toHaveLength(TIMING.perRound);
      expect(
        retried.every((row) => row.claimed_by === null && /within 140 ms/.test(row.last_error ?? '')),
      ).toBe(true);
    });
  });
});
