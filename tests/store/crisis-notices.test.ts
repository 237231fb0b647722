import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { conversationReferenceStore } from '../../adapters/store/conversation-reference-store.js';
import {
  claimCrisisNotices,
  renewCrisisNotice,
  settleCrisisNotice,
} from '../../adapters/store/crisis-notice-queue.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import {
  type CrisisCardInput,
  type CrisisNoticeQueue,
  sendCrisisNotices,
} from '../../core/use-cases/send-crisis-notices.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { DEMO } from '../api/hr-api-harness.js';
import { backends, type TestBackend } from './store-backends.js';

// The crisis cards go through a queue in the database: two workers (two instances) share it, a
// card that Teams refuses is tried again later, and nobody gets a card twice.
const INSTALLED = [DEMO.amelie, DEMO.nathalie, DEMO.sophie, DEMO.els, DEMO.julie];

describe.each(backends)('crisis cards on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'a crisis started', () => {
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let organisation: Organisation;
    let now = '2026-12-01T08:00:00.000Z';
    const queueFor = (workerId: string): CrisisNoticeQueue => ({
      claim: (limit) =>
        claimCrisisNotices(opened.db, {
          now,
          leaseUntil: new Date(Date.parse(now) + 60_000).toISOString(),
          workerId,
          limit,
        }),
      renew: (notice) =>
        renewCrisisNotice(opened.db, notice, workerId, new Date(Date.parse(now) + 60_000).toISOString()),
      settle: (notice, result) => settleCrisisNotice(opened.db, notice, workerId, result, now),
    });

    beforeAll(async () => {
      ({ opened, dispose } = await backend.open());
      organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
      const conversations = conversationReferenceStore(opened.db);
      for (const personId of INSTALLED) {
        await conversations.remember(personId, { teamsUserId: `29:${personId}`, reference: {} }, now);
      }
    });
    afterAll(() => dispose?.());

    it('each person who installed the app gets one card in their language, saying what it means for them', async () => {
      await opened.store.startCrisis(
        { from: '2026-12-01', reason: 'Pandemic' },
        { actorId: DEMO.sophie, source: 'api', at: now },
      );
      const sent: Array<{ personId: string; locale: string; input: CrisisCardInput }> = [];
      let refusedOnce = false;
      const deps = (workerId: string) => ({
        organisation,
        queue: queueFor(workerId),
        crisisPeriods: () => opened.store.crisisPeriods(),
        crisisLoans: (crisisId: string) => opened.store.crisisLoans(crisisId),
        // The store's start below names no manager: no coverage card is queued here.
        teamsCoverage: async () => [],
        render: (person: { locale: string }, input: CrisisCardInput) => ({ locale: person.locale, input }),
        send: async (person: { id: string }, card: { locale: string; input: CrisisCardInput }) => {
          // Teams refuses Nathalie's card the first time: it is tried again, later.
          if (person.id === DEMO.nathalie && !refusedOnce) {
            refusedOnce = true;
            throw new Error('429 from the connector');
          }
          sent.push({ personId: person.id, locale: card.locale, input: card.input });
        },
        clock: { now: () => now, today: () => now.slice(0, 10) },
      });
      // Two instances, two cards a round each, until nothing is due.
      for (let round = 0; round < 10; round++) {
        await Promise.all([sendCrisisNotices(deps('a'), 2), sendCrisisNotices(deps('b'), 2)]);
      }
      expect(sent.map((card) => card.personId).sort()).toEqual(
        INSTALLED.filter((id) => id !== DEMO.nathalie).sort(),
      );
      // The retry is due 30 seconds later.
      now = '2026-12-01T08:01:00.000Z';
      await Promise.all([sendCrisisNotices(deps('a'), 2), sendCrisisNotices(deps('b'), 2)]);
      expect(sent.map((card) => card.personId).sort()).toEqual([...INSTALLED].sort());
      const roleOf = (id: string) => {
        const card = sent.find((c) => c.personId === id);
        return card?.input.change === 'started' ? card.input.role : undefined;
      };
      expect([roleOf(DEMO.nathalie), roleOf(DEMO.amelie)]).toEqual(['essential-on-site', 'telework']);
      expect(sent.find((card) => card.personId === DEMO.amelie)?.locale).toBe('fr');

      // Ending the crisis queues the end card once per person, and nothing of the start again.
      await opened.store.endCrisis({ to: '2026-12-15' }, { actorId: DEMO.sophie, source: 'api', at: now });
      sent.length = 0;
      for (let round = 0; round < 5; round++) await sendCrisisNotices(deps('a'), 2);
      expect(sent.map((card) => card.input.change)).toEqual(INSTALLED.map(() => 'ended'));
    });
  });
});
