import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { conversationReferenceStore } from '../../adapters/store/conversation-reference-store.js';
import { enqueueCrisisNotices } from '../../adapters/store/crisis-notice-queue.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { startCrisis } from '../../core/use-cases/manage-crisis.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { DEMO } from '../api/hr-api-harness.js';
import { cardProblems, cardTexts } from '../bot-cards/card-validation.js';
import { sendEveryCrisisCard } from './crisis-card-worker.js';
import { backends, type TestBackend } from './store-backends.js';

// When a crisis starts, each team's manager who installed the app gets, besides the crisis card,
// the coverage of the teams they manage over the crisis's first week, through the same queue.
// The demo CPAS: Isabelle manages the social service, Marc the reception, Els the administration.
// The administrative officers' mission is suspended in a crisis (not teleworkable), so Jonas
// shows as suspended in Els's card.
const INSTALLED = [DEMO.isabelle, DEMO.marc, DEMO.els, DEMO.amelie, DEMO.jonas];
const MANAGERS = [DEMO.isabelle, DEMO.marc, DEMO.els];
const AT = '2026-11-30T08:00:00.000Z';

describe.each(backends)('the managers’ coverage cards on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'a crisis from 1 December', () => {
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let organisation: Organisation;

    beforeAll(async () => {
      ({ opened, dispose } = await backend.open());
      organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
      const conversations = conversationReferenceStore(opened.db);
      for (const personId of INSTALLED) {
        await conversations.remember(personId, { teamsUserId: `29:${personId}`, reference: {} }, AT);
      }
    });
    afterAll(() => dispose?.());

    it('starting a crisis queues one coverage card per manager who installed the app, once', async () => {
      const sophie = {
        id: DEMO.sophie,
        roles: ['HR' as const],
        person: organisation.people.find((p) => p.id === DEMO.sophie),
      };
      const period = await startCrisis(
        { store: opened.store, organisation },
        { caller: sophie, from: '2026-12-01', reason: 'Pandemic', at: AT },
      );
      const queued = async () =>
        (
          await opened.db
            .selectFrom('crisis_notices')
            .select('person_id')
            .where('change', '=', 'team-coverage')
            .execute()
        )
          .map((row) => row.person_id)
          .sort();
      expect(await queued()).toEqual([...MANAGERS].sort());
      // Queued again (a retried start, a second instance): the unique key keeps one per manager.
      const again = await opened.db
        .transaction()
        .execute((trx) => enqueueCrisisNotices(trx, period.id, 'team-coverage', AT, MANAGERS));
      expect(again).toBe(0);
      expect(await queued()).toEqual([...MANAGERS].sort());
    });

    it('sending it delivers, in the manager’s language, a card naming their team and the week’s coverage', async () => {
      const cards = await sendEveryCrisisCard(opened, organisation, AT);
      // Everyone gets the crisis card; the managers one more, and only one.
      expect(INSTALLED.map((id) => cards.get(id)?.length)).toEqual([2, 2, 2, 1, 1]);
      const coverageOf = (id: string) => {
        const card = cards.get(id)?.find((c) => JSON.stringify(c).includes('"FactSet"'));
        if (!card) throw new Error(`no coverage card for ${id}`);
        expect(cardProblems(card)).toEqual([]);
        return cardTexts(card);
      };
      const marc = organisation.people.find((p) => p.id === DEMO.marc);
      const els = organisation.people.find((p) => p.id === DEMO.els);
      const jonas = organisation.people.find((p) => p.id === DEMO.jonas);
      // The reception in a crisis keeps one receptionist on site; Marc, Nathalie and Karim are
      // there every working half day of the week (Tuesday 1 to Monday 7 December).
      const reception = coverageOf(DEMO.marc);
      expect(marc?.locale).toBe('fr');
      expect(reception).toContain('Accueil / Onthaal');
      expect(reception).toContain('Permanence de vos équipes : première semaine du plan de continuité');
      expect(
        reception.filter(
          (text) => text === 'matin 3 sur site (minimum 1) · après-midi 3 sur site (minimum 1)',
        ),
      ).toHaveLength(5);
      // The administration keeps no minimum in a crisis (no essential function), and Jonas's
      // mission is suspended: named as such, not counted on site.
      const administration = coverageOf(DEMO.els);
      expect(administration).toContain('Administration et RH / Administratie en HR');
      expect(
        administration.some(
          (text) => text.includes(jonas?.displayName ?? '?') && /opgeschort|suspend/.test(text),
        ),
      ).toBe(true);
      expect(els?.locale).toBe('nl');
      // Isabelle's card names the social service, not the other teams.
      const social = coverageOf(DEMO.isabelle);
      expect(social).toContain('Service social / Sociale dienst');
      expect(social).not.toContain('Accueil / Onthaal');
    });
  });
});
