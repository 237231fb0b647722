import { describe, expect, it } from 'vitest';
import { cardAttachment } from '../../bot/cards/adaptive-card.js';
import { cardProblems } from './card-validation.js';
import { everyCard } from './every-card.js';

const cards = everyCard();

describe('every card the bot can send', () => {
  it('covers each kind of card in the four languages', () => {
    const locales = new Set(cards.map((c) => c.locale));
    expect([...locales].sort()).toEqual(['de', 'en', 'fr', 'nl']);
    expect(cards.length).toBeGreaterThan(200);
  });

  it.each(cards.map((c) => [`${c.locale} ${c.name}`, c] as const))(
    '%s is a valid Adaptive Card 1.5 with nothing left unexpanded',
    (_name, { card }) => {
      expect(cardProblems(card)).toEqual([]);
    },
  );

  it('goes to Teams as an Adaptive Card attachment', () => {
    const first = cards[0];
    if (!first) throw new Error('no card');
    expect(cardAttachment(first.card)).toEqual({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: first.card,
    });
  });
});
