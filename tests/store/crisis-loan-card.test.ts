import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { conversationReferenceStore } from '../../adapters/store/conversation-reference-store.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Caller } from '../../core/access/caller.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { askLoan, decideLoan } from '../../core/use-cases/crisis-loans.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { DEMO } from '../api/hr-api-harness.js';
import { cardProblems, cardTexts } from '../bot-cards/card-validation.js';
import { sendEveryCrisisCard } from './crisis-card-worker.js';
import { backends, type TestBackend } from './store-backends.js';

// The demo CPAS in a crisis from Monday 7 December 2026, decided on Wednesday 2 December: Jonas's
// mission (administrative officer) is suspended. Isabelle asks for him at the social service and
// HR refuses; Marc asks for him at the reception and HR agrees. Only the approval tells Jonas,
// with one card, in his language: here French (the demo file has him in Dutch).
const AT = '2026-12-02T08:00:00.000Z';
const TODAY = '2026-12-02';
const INSTALLED = [DEMO.jonas, DEMO.amelie, DEMO.marc];

describe.each(backends)('the lent person’s card on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(
    backend.skipReason ?? 'Jonas lent to the reception',
    () => {
      let opened: OpenedStore;
      let dispose: () => Promise<void>;
      let organisation: Organisation;
      let crisisId = '';
      const caller = (id: string, role: 'Manager' | 'HR'): Caller => ({
        id,
        roles: [role],
        person: organisation.people.find((p) => p.id === id),
      });
      const deps = () => ({ organisation, store: opened.store });
      const lentNotices = async () =>
        (
          await opened.db
            .selectFrom('crisis_notices')
            .select('person_id')
            .where('change', '=', 'lent')
            .execute()
        ).map((row) => row.person_id);
      const ask = (managerId: string, teamId: string) =>
        askLoan(deps(), {
          caller: caller(managerId, 'Manager'),
          crisisId,
          personId: DEMO.jonas,
          teamId,
          today: TODAY,
          at: AT,
        });
      const decide = (loanId: string, decision: 'approved' | 'rejected') =>
        decideLoan(deps(), {
          caller: caller(DEMO.sophie, 'HR'),
          crisisId,
          loanId,
          decision,
          reason: decision === 'rejected' ? 'The reception needs him more' : '',
          today: TODAY,
          at: AT,
        });

      beforeAll(async () => {
        ({ opened, dispose } = await backend.open());
        const demo = await loadOrganisation(DEMO_ORGANISATION_FILE);
        organisation = {
          ...demo,
          people: demo.people.map((p) => (p.id === DEMO.jonas ? { ...p, locale: 'fr' as const } : p)),
        };
        const conversations = conversationReferenceStore(opened.db);
        for (const personId of INSTALLED) {
          await conversations.remember(personId, { teamsUserId: `29:${personId}`, reference: {} }, AT);
        }
        const period = await opened.store.startCrisis(
          { from: '2026-12-07', reason: 'Flood' },
          { actorId: DEMO.sophie, source: 'api', at: AT },
        );
        crisisId = period.id;
      });
      afterAll(() => dispose?.());

      it('a refused loan queues nothing; an approved one queues one card for the lent person, once', async () => {
        const refused = await ask(DEMO.isabelle, 'social-service');
        expect((await decide(refused.id, 'rejected')).status).toBe('rejected');
        expect(await lentNotices()).toEqual([]);

        const asked = await ask(DEMO.marc, 'reception');
        expect((await decide(asked.id, 'approved')).status).toBe('approved');
        expect(await lentNotices()).toEqual([DEMO.jonas]);
        // Approved again (a double click, a retried request): refused, and still one card.
        await expect(decide(asked.id, 'approved')).rejects.toMatchObject({ code: 'LOAN_ALREADY_DECIDED' });
        expect(await lentNotices()).toEqual([DEMO.jonas]);
      });

      it('sending it delivers, in French, where he is lent, from when, as what and who asked', async () => {
        const cards = await sendEveryCrisisCard(opened, organisation, AT);
        // Everyone who installed the app got the crisis card; Jonas one more, the loan's.
        expect(INSTALLED.map((id) => cards.get(id)?.length)).toEqual([2, 1, 1]);
        const lent = cards
          .get(DEMO.jonas)
          ?.find((card) => cardTexts(card).includes('Prêt à une équipe essentielle'));
        if (!lent) throw new Error('no loan card for Jonas');
        expect(cardProblems(lent)).toEqual([]);
        const marc = organisation.people.find((p) => p.id === DEMO.marc)?.displayName ?? '?';
        // The crisis starts on the 7th, after today: he is expected from its first day.
        expect(cardTexts(lent).slice(1)).toEqual([
          "Pendant le plan de continuité, vous renforcez l'équipe Accueil / Onthaal à partir du lundi 7 décembre 2026, comme agent d'accueil.",
          `À la demande de ${marc}, avec l'accord des RH.`,
        ]);
      });
    },
  );
});
