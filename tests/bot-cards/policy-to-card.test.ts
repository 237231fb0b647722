import { describe, expect, it } from 'vitest';
import { renderDeclarationCard } from '../../bot/cards/declaration-card.js';
import { LOCALES } from '../../core/organisation/organisation.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import { nextPossibleDays } from '../../core/policy/next-possible-days.js';
import { calendar, contextFor, request, TODAY } from '../core/fixtures.js';
import { cardProblems, cardTexts, executeActions } from './card-validation.js';

/**
 * The cards fed by the real policy engine (core's own fixtures: a Flemish OCMW, Leuven rules),
 * not by hand-made decisions: what the bot will actually receive.
 */
describe('from the policy engine to the card', () => {
  // Anna teleworks structurally on Tuesdays; she asks for Tuesday to Thursday, and Saturday.
  const context = contextFor();
  const decisions = evaluateRequest(
    request('sw-anna', ['2026-03-03', ['2026-03-04', 'am'], '2026-03-05', '2026-03-07']),
    context,
  );
  const suggestions = nextPossibleDays('sw-anna', '2026-03-09', 3, context);

  it('decides what the card then says', () => {
    expect(decisions.map((d) => `${d.outcome} ${d.reason}`)).toEqual([
      'accept STRUCTURAL_PATTERN',
      'needs-approval OCCASIONAL_NEEDS_APPROVAL',
      'refuse WEEKLY_QUOTA_EXCEEDED',
      'refuse WEEKEND',
    ]);
  });

  it.each(LOCALES)('renders a valid mixed card (%s)', (locale) => {
    const card = renderDeclarationCard({
      locale,
      today: TODAY,
      days: decisions.map((decision, i) => ({
        decision,
        entryId: `e-${i}`,
        holidayName: calendar.publicHoliday(decision.date),
        approverNames: ['Isabelle Lambert'],
      })),
      suggestions,
    });
    expect(cardProblems(card)).toEqual([]);
    expect(executeActions(card).map((a) => a.verb)).toEqual(['declare', 'declare', 'declare', 'undo']);
    expect(executeActions(card).at(-1)?.data).toEqual({ entryIds: ['e-0', 'e-1'], locale });
  });

  it('counts the quota the way the policy does', () => {
    const card = renderDeclarationCard({
      locale: 'fr',
      today: TODAY,
      days: decisions.map((decision) => ({ decision })),
    });
    const texts = cardTexts(card);
    // Tuesday and Wednesday morning hold 1.5 of the 2 days: a full Thursday is one half too many.
    expect(texts).toContain(
      'Votre quota hebdomadaire est atteint : 1,5 jour déjà pris sur un maximum de 2 jours cette semaine.',
    );
    expect(texts).toContain('0,5 jour restant cette semaine');
  });
});
