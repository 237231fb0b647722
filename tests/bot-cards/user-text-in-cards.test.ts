import { describe, expect, it } from 'vitest';
import { renderApprovalDecidedCard, renderApprovalRequestCard } from '../../bot/cards/approval-cards.js';
import { renderDeclarationCard } from '../../bot/cards/declaration-card.js';
import { renderErrorCard } from '../../bot/cards/error-card.js';
import { renderHelpCard } from '../../bot/cards/help-card.js';
import { renderDecisionNoticeCard } from '../../bot/cards/notice-cards.js';
import { cardProblems, cardTexts, executeActions } from './card-validation.js';
import { FRIDAY, HOSTILE, needsApproval, presence, REFUSALS } from './fixtures.js';

/** HOSTILE as a TextBlock must carry it: every markdown special escaped, `${title}` left as typed. */
const ESCAPED =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the user's `${title}`, which must stay unexpanded.
  '\\*\\*x\\*\\* \\<script\\>alert(1)\\</script\\> \\[link\\](http://evil.example) ${title} \\_y\\_ \\`z\\`';

/** A card may hold `${` only where user text put it: everything else must still be valid. */
const problemsBesidesUserText = (card: unknown) =>
  cardProblems(card).filter((p) => !p.startsWith('unexpanded'));

describe('text typed by people is shown as typed, never rendered', () => {
  it('the message the bot did not understand', () => {
    const card = renderHelpCard({ locale: 'fr', notUnderstood: HOSTILE });
    expect(cardTexts(card)[0]).toBe(`Je n'ai pas compris : « ${ESCAPED} »`);
    expect(problemsBesidesUserText(card)).toEqual([]);
  });

  it('a manager’s note and name', () => {
    const card = renderDecisionNoticeCard({
      locale: 'en',
      outcome: 'rejected',
      deciderName: '**Boss**',
      days: [{ date: FRIDAY, part: 'full' }],
      note: HOSTILE,
    });
    const texts = cardTexts(card);
    expect(texts[1]).toContain('was rejected by \\*\\*Boss\\*\\*.');
    expect(texts[2]).toBe(`Note: “${ESCAPED}”`);
    expect(problemsBesidesUserText(card)).toEqual([]);
  });

  it('names from the organisation file: requester, approvers, teams, holidays, employer', () => {
    const request = renderApprovalRequestCard({
      locale: 'nl',
      requesterName: '[Sofie](http://evil.example)',
      teamNames: { social: '<b>Sociale dienst</b>' },
      refreshUserIds: ['29:x'],
      days: [
        {
          entryId: 'e-1',
          decision: needsApproval(FRIDAY, 'am', 'PERMANENCE_AT_MINIMUM', { presence: [presence('am', 1)] }),
        },
      ],
    });
    const text = cardTexts(request).join('\n');
    expect(text).toContain('Thuiswerkaanvraag van \\[Sofie\\](http://evil.example)');
    expect(text).toContain('\\<b\\>Sociale dienst\\</b\\>');
    expect(text).not.toMatch(/(?<!\\)<b>/);

    const declaration = renderDeclarationCard({
      locale: 'fr',
      days: [
        { decision: needsApproval(FRIDAY), approverNames: ['*Isabelle*'] },
        { decision: REFUSALS.PUBLIC_HOLIDAY, holidayName: '_Noël_' },
      ],
    });
    expect(cardTexts(declaration)).toContain('En attente de validation par \\*Isabelle\\*');
    expect(cardTexts(declaration)).toContain("C'est un jour férié : \\_Noël\\_.");

    const decided = renderApprovalDecidedCard({
      locale: 'de',
      requesterName: '# Sofie',
      days: [
        {
          date: FRIDAY,
          part: 'am',
          kind: 'occasional',
          state: { status: 'approved', byName: '`Isa`', at: '2026-11-23T13:05:00Z' },
        },
      ],
    });
    expect(cardTexts(decided)[0]).toBe('Antrag auf Telearbeit von # Sofie');
    expect(cardTexts(decided)).toContain('Genehmigt von \\`Isa\\` am 23. November 2026 um 14:05');

    const error = renderErrorCard({
      locale: 'en',
      error: { code: 'UNKNOWN_PERSON' },
      employerName: '**CPAS**',
    });
    expect(cardTexts(error)[1]).toContain("You are not in \\*\\*CPAS\\*\\*'s organisation file");
  });

  it('a value typed in a command, quoted back by an error', () => {
    const card = renderErrorCard({
      locale: 'de',
      error: { code: 'INVALID_DATE', params: { value: '<img src=x>' } },
    });
    expect(cardTexts(card)[1]).toBe(
      '„\\<img src=x\\>“ ist kein gültiges Datum. Schreiben Sie zum Beispiel „Freitag“, „morgen“ oder „27. November“.',
    );
  });

  it('button titles are plain text, not markdown: they are not escaped', () => {
    const card = renderApprovalRequestCard({
      locale: 'en',
      requesterName: 'x',
      refreshUserIds: [],
      days: [{ entryId: 'e-1', decision: needsApproval(FRIDAY) }],
    });
    expect(executeActions(card).map((a) => a.title)).toEqual([undefined, 'Approve', 'Reject']);
    expect(cardProblems(card)).toEqual([]);
  });
});
