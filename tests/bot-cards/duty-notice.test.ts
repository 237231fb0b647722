import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import type { AdaptiveCardJson } from '../../bot/cards/index.js';
import { tellOnDuty } from '../../bot/handlers/duty-notices.js';
import type { Person } from '../../core/organisation/organisation.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';

// A person put on permanence duty (or taken off it) is told on a card in their own language.

const ISABELLE = '00000000-0000-4000-8000-000000000001';
const SARAH = '00000000-0000-4000-8000-000000000002'; // nl
const MEHDI = '00000000-0000-4000-8000-000000000003'; // fr

describe('the duty notice', () => {
  it.each([
    [SARAH, 'assigned', 'Permanentie', 'Isabelle Lambert heeft je permanentie gegeven'],
    [MEHDI, 'assigned', 'Permanence', 'Isabelle Lambert vous a mis de permanence'],
    [MEHDI, 'removed', 'Permanence retirée', 'a retiré votre permanence'],
  ] as const)('to %s (%s) is in their language', async (personId, change, title, sentence) => {
    const organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
    const sent: Array<{ person: Person; card: AdaptiveCardJson }> = [];
    await tellOnDuty(
      {
        organisation,
        notify: async (person, card) => {
          sent.push({ person, card });
          return true;
        },
      },
      {
        personId,
        teamId: 'social-service',
        byId: ISABELLE,
        change,
        days: [{ date: '2026-12-07', part: 'am' }],
      },
    );
    expect(sent.map((s) => s.person.id)).toEqual([personId]);
    const text = JSON.stringify(sent[0]?.card);
    expect(text).toContain(`"${title}"`);
    expect(text).toContain(sentence);
    expect(text).toContain('Service social / Sociale dienst');
  });
});
