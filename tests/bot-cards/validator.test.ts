import { Versions } from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { renderHelpCard } from '../../bot/cards/help-card.js';
import { cardProblems } from './card-validation.js';

/** The validator must be able to say no, or "every card is valid" proves nothing. */
describe('card validator', () => {
  const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...extra,
  });
  const text = { type: 'TextBlock', text: 'Télétravail', wrap: true };

  it('accepts a plain 1.5 card', () => {
    expect(cardProblems(card([text]))).toEqual([]);
  });

  it.each([
    ['an unknown element type', card([{ type: 'Foo', text: 'x' }]), /Unknown element type "Foo"/],
    ['a 1.6 element (Carousel)', card([{ type: 'Carousel', pages: [] }]), /Unknown element type "Carousel"/],
    [
      'an unknown action type',
      card([text], { actions: [{ type: 'Action.Foo', title: 'x' }] }),
      /Unknown action/,
    ],
    ['a colour that does not exist', card([{ ...text, color: 'Purple' }]), /Purple/],
    ['a misspelt property', card([{ ...text, wieght: 'Bolder' }]), /not understood: \$\.body\[0\]\.wieght/],
    ['a card of version 1.6', { ...card([text]), version: '1.6' }, /version is 1\.6/],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template expression left unexpanded, on purpose.
    ['an unexpanded template expression', card([{ ...text, text: '${title}' }]), /unexpanded/],
    ['a card without $schema', { type: 'AdaptiveCard', version: '1.5', body: [text] }, /\$schema/],
  ])('refuses %s', (_what, json, problem) => {
    const problems = cardProblems(json);
    expect(problems.join('\n')).toMatch(problem);
  });

  it('knows what each version allows: a 1.5 feature is refused at 1.4', () => {
    const cell = { type: 'TableCell', items: [text] };
    const table = card([
      { type: 'Table', columns: [{ width: 1 }], rows: [{ type: 'TableRow', cells: [cell] }] },
    ]);
    expect(cardProblems(table)).toEqual([]);
    expect(cardProblems(table, Versions.v1_4).join('\n')).toMatch(/Unknown element type "Table"/);
  });

  it('sees that our cards use 1.5 (heading style), so the version check is not idle', () => {
    const help = renderHelpCard({ locale: 'fr' });
    expect(cardProblems(help)).toEqual([]);
    expect(cardProblems(help, Versions.v1_4).join('\n')).toMatch(/"style" is supported in version 1\.5/);
  });
});
