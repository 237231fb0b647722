import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import { parseOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { renderApprovalRequestCard } from '../../bot/cards/approval-cards.js';
import { renderDeclarationCard } from '../../bot/cards/declaration-card.js';
import { displayNames } from '../../bot/handlers/display-names.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import { cardProblems, cardTexts } from './card-validation.js';

/**
 * The demo organisation file's function names, from the file to the cards: Julie, a social worker,
 * asks for Wednesday 2 December 2026 while the five other social workers are away.
 */
const DEMO = fileURLToPath(new URL('../../server/demo-organisation.yaml', import.meta.url));
const organisation = parseOrganisation(readFileSync(DEMO, 'utf8'), 'demo-organisation.yaml');
const JULIE = '00000000-0000-4000-8000-000000000005';
const WEDNESDAY = '2026-12-02';
const others = organisation.people.filter((p) => p.function === 'social-worker' && p.id !== JULIE);
const [decision] = evaluateRequest(
  { personId: JULIE, days: [{ date: WEDNESDAY, part: 'am' }] },
  {
    today: '2026-11-23',
    organisation,
    calendar: belgianWorkingCalendar({ region: 'BRU', closingDays: organisation.employer.closingDays }),
    activeEntries: others.map((p) => ({ personId: p.id, date: WEDNESDAY, part: 'full', status: 'accepted' })),
    duties: [],
  },
) as [DayDecision];

describe('function names from the organisation file on the cards', () => {
  it('the policy sends the day to the manager: no social worker would be left', () => {
    expect(`${decision.outcome} ${decision.reason}`).toBe('needs-approval PERMANENCE_AT_MINIMUM');
    expect(decision.figures.presence).toContainEqual(
      expect.objectContaining({ function: 'social-worker', onSiteAfter: 0, minimum: 1 }),
    );
  });

  it.each([
    ['fr', 'minimum 1 assistant social'],
    ['nl', 'minimum 1 maatschappelijk werker'],
    ['en', 'minimum 1 social worker'],
    ['de', 'Sozialarbeiter'],
  ] as const)('the approval card names the function in the manager’s language (%s)', (locale, words) => {
    const card = renderApprovalRequestCard({
      locale,
      requesterName: 'Julie Dubois',
      refreshUserIds: [],
      ...displayNames(organisation, locale),
      days: [{ entryId: 'e-1', decision }],
    });
    expect(cardProblems(card)).toEqual([]);
    const text = cardTexts(card).join('\n');
    expect(text).toContain(words);
    expect(text).not.toContain('social-worker');
  });

  it.each([
    ['fr', 'Il ne resterait plus aucun assistant social sur place'],
    ['nl', 'Er zou geen maatschappelijk werker meer ter plaatse zijn'],
    ['en', 'No social worker would be left on site'],
    ['de', 'Es wäre niemand mit der Funktion Sozialarbeiter mehr vor Ort'],
  ] as const)('the declaration card says which function would be missing (%s)', (locale, words) => {
    // The same figures with the team's minimum kept: only the function's minimum is broken.
    const functionOnly: DayDecision = {
      ...decision,
      figures: {
        ...decision.figures,
        presence: decision.figures.presence.filter((p) => p.function !== null),
      },
    };
    const card = renderDeclarationCard({
      locale,
      ...displayNames(organisation, locale),
      days: [{ decision: functionOnly, entryId: 'e-1', approverNames: ['Isabelle Lambert'] }],
    });
    expect(cardProblems(card)).toEqual([]);
    expect(cardTexts(card).join('\n')).toContain(words);
  });

  it.each([
    ['fr', "Votre fonction (agent d'accueil) ne peut pas être exercée en télétravail."],
    ['nl', 'Je functie (onthaalmedewerker) kan niet van thuis uit worden uitgeoefend.'],
    ['en', 'Your job as receptionist cannot be done by telework.'],
    ['de', 'Ihre Funktion (Empfangsmitarbeiter) kann nicht in Telearbeit ausgeübt werden.'],
  ] as const)('a receptionist is told which function cannot telework (%s)', (locale, sentence) => {
    const NATHALIE = '00000000-0000-4000-8000-000000000009';
    const [refusal] = evaluateRequest(
      { personId: NATHALIE, days: [{ date: WEDNESDAY, part: 'full' }] },
      {
        today: '2026-11-23',
        organisation,
        calendar: belgianWorkingCalendar({ region: 'BRU', closingDays: organisation.employer.closingDays }),
        activeEntries: [],
        duties: [],
      },
    ) as [DayDecision];
    expect(refusal.reason).toBe('FUNCTION_EXCLUDED');
    const card = renderDeclarationCard({
      locale,
      ...displayNames(organisation, locale),
      personFunction: 'reception',
      days: [{ decision: refusal }],
    });
    expect(cardTexts(card)).toContain(sentence);
  });

  it('a file without names shows the keys, as before', () => {
    const { functionNames } = displayNames({ teams: [], functions: undefined }, 'fr');
    expect(functionNames).toEqual({});
  });
});
