import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { AdaptiveCardJson } from '../../bot/cards/adaptive-card.js';
import { renderCrisisCard } from '../../bot/cards/crisis-card.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { crisisNoticeWorker } from '../../server/crisis-notices-loop.js';

/**
 * The server's crisis card worker on a test store, rendering the real Adaptive Cards in each
 * person's language and keeping what it "sent" per person instead of calling Teams. Drains the
 * queue at `at` and gives the cards.
 */
export async function sendEveryCrisisCard(
  opened: OpenedStore,
  organisation: Organisation,
  at: string,
): Promise<Map<string, AdaptiveCardJson[]>> {
  const cards = new Map<string, AdaptiveCardJson[]>();
  const worker = crisisNoticeWorker<AdaptiveCardJson>({
    db: opened.db,
    store: opened.store,
    organisation,
    calendar: belgianWorkingCalendar({
      region: organisation.employer.holidayRegion,
      closingDays: organisation.employer.closingDays,
    }),
    render: (person, input) => renderCrisisCard({ locale: person.locale, ...input }),
    send: async (person, card) => {
      cards.set(person.id, [...(cards.get(person.id) ?? []), card]);
    },
    clock: { now: () => at },
    timing: { roundMs: 0, perRound: 3, leaseMs: 60_000, sendTimeoutMs: 15_000 },
  });
  while ((await worker.round()) > 0);
  return cards;
}
