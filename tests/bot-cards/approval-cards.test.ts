import { describe, expect, it } from 'vitest';
import { renderApprovalDecidedCard, renderApprovalRequestCard } from '../../bot/cards/approval-cards.js';
import { cardProblems, cardTexts, executeActions } from './card-validation.js';
import {
  FRIDAY,
  FUNCTION_NAMES,
  MANAGER,
  needsApproval,
  OTHER_MANAGER,
  presence,
  REQUESTER,
  TEAM_NAMES,
  TODAY,
  thisWeek,
} from './fixtures.js';

const APPROVED_AT = '2026-11-23T13:05:00Z';
const MANAGERS = ['29:1a2b3c-isabelle', '29:4d5e6f-marc'];

describe('approval request, sent to the manager', () => {
  const card = renderApprovalRequestCard({
    locale: 'fr',
    today: TODAY,
    teamNames: TEAM_NAMES,
    functionNames: FUNCTION_NAMES.fr,
    requesterName: REQUESTER,
    refreshUserIds: MANAGERS,
    days: [
      {
        entryId: 'e-10',
        decision: needsApproval(FRIDAY, 'am', 'PERMANENCE_AT_MINIMUM', {
          quotas: [thisWeek(2)],
          presence: [presence('am', 1), presence('am', 1, 'social-worker')],
        }),
      },
      {
        entryId: 'e-11',
        decision: needsApproval('2026-11-26'),
        state: { status: 'approved', byName: MANAGER, at: APPROVED_AT },
      },
    ],
  });
  const texts = cardTexts(card);

  it('says who asks for which day, of which kind, and why it needs approval', () => {
    expect(texts).toContain('Demande de télétravail de Sofie Janssens');
    expect(texts).toContain('vendredi 27 novembre 2026 · matin');
    expect(texts).toContain('occasionnel');
    expect(texts).toContain(
      "Il resterait 1 personne sur place dans l'équipe Service social / Sociale dienst (matin), alors que la permanence en demande au moins 2.",
    );
  });

  it('shows the presence after the request and the quota already used', () => {
    expect(texts).toContain('Service social / Sociale dienst, matin : 1 sur place après (minimum 2)');
    expect(texts).toContain(
      'Service social / Sociale dienst, matin : 1 sur place après (minimum 1 assistant social)',
    );
    expect(texts).toContain('1 jour déjà pris sur un maximum de 2 jours cette semaine');
  });

  it('has Approve and Reject for the pending day only, carrying its entry id', () => {
    expect(executeActions(card)).toEqual([
      { verb: 'refreshApproval', data: { entryIds: ['e-10', 'e-11'], locale: 'fr' } },
      {
        title: 'Approuver',
        verb: 'approve',
        data: { entryId: 'e-10', entryIds: ['e-10', 'e-11'], locale: 'fr' },
      },
      {
        title: 'Refuser',
        verb: 'reject',
        data: { entryId: 'e-10', entryIds: ['e-10', 'e-11'], locale: 'fr' },
      },
    ]);
    expect(texts).toContain('Approuvé par Isabelle Lambert le 23 novembre 2026 à 14:05');
  });

  it('asks Teams to refresh it for the approvers, so that they see who decided', () => {
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: 'refreshApproval',
        data: { entryIds: ['e-10', 'e-11'], locale: 'fr' },
      },
      userIds: MANAGERS,
    });
    expect(cardProblems(card)).toEqual([]);
  });

  it('speaks to the manager, not to the requester', () => {
    const occasional = renderApprovalRequestCard({
      locale: 'en',
      requesterName: REQUESTER,
      refreshUserIds: MANAGERS,
      days: [{ entryId: 'e-1', decision: needsApproval(FRIDAY) }],
    });
    const text = cardTexts(occasional).join('\n');
    expect(text).toContain(
      'Occasional telework (outside the agreed structural days): to be approved before the day.',
    );
    expect(text).not.toContain('your manager');
  });
});

describe('approval decided, the refreshed card for everyone', () => {
  const decided = (locale: 'fr' | 'nl' | 'en' | 'de') =>
    renderApprovalDecidedCard({
      locale,
      requesterName: REQUESTER,
      days: [
        {
          date: FRIDAY,
          part: 'am',
          kind: 'occasional',
          state: { status: 'approved', byName: MANAGER, at: APPROVED_AT },
        },
        // 23:30 UTC is already the next day in Brussels.
        {
          date: '2026-12-07',
          part: 'full',
          kind: 'occasional',
          state: { status: 'rejected', byName: OTHER_MANAGER, at: '2026-11-23T23:30:00Z' },
        },
      ],
    });

  it.each([
    [
      'fr',
      'Approuvé par Isabelle Lambert le 23 novembre 2026 à 14:05',
      'Refusé par Marc Peeters le 24 novembre 2026 à 00:30',
    ],
    [
      'nl',
      'Goedgekeurd door Isabelle Lambert op 23 november 2026 om 14:05',
      'Geweigerd door Marc Peeters op 24 november 2026 om 00:30',
    ],
    [
      'en',
      'Approved by Isabelle Lambert on 23 November 2026 at 14:05',
      'Rejected by Marc Peeters on 24 November 2026 at 00:30',
    ],
    [
      'de',
      'Genehmigt von Isabelle Lambert am 23. November 2026 um 14:05',
      'Abgelehnt von Marc Peeters am 24. November 2026 um 00:30',
    ],
  ] as const)('says who decided and when, in Brussels time (%s)', (locale, approved, rejected) => {
    const card = decided(locale);
    expect(cardTexts(card)).toContain(approved);
    expect(cardTexts(card)).toContain(rejected);
    expect(cardProblems(card)).toEqual([]);
  });

  it('has no buttons and asks for no refresh', () => {
    const card = decided('en');
    expect(executeActions(card)).toEqual([]);
    expect(card.refresh).toBeUndefined();
    expect(card.actions).toBeUndefined();
  });
});

describe('an approval card for a request that breaks a minimum', () => {
  it.each([
    ['fr', 'Encore sur place', 'personne'],
    ['nl', 'Nog ter plaatse', 'niemand'],
    ['en', 'Still on site', 'nobody'],
    ['de', 'Noch vor Ort', 'niemand'],
  ] as const)('names who else is on site that half, or nobody (%s)', (locale, title, nobody) => {
    const decision = needsApproval(FRIDAY, 'am', 'PERMANENCE_AT_MINIMUM', {
      presence: [presence('am', 1), presence('am', 0, 'social-worker')],
    });
    const card = JSON.stringify(
      renderApprovalRequestCard({
        locale,
        requesterName: 'Sarah Janssens',
        refreshUserIds: [],
        personNames: { 'p-mehdi': 'Mehdi El Amrani' },
        days: [
          {
            entryId: 'e-1',
            decision,
            othersOnSite: [
              { teamId: 'social', half: 'am', function: null, personIds: ['p-mehdi'] },
              { teamId: 'social', half: 'am', function: 'social-worker', personIds: [] },
            ],
          },
        ],
      }),
    );
    expect(card).toContain(`"title":"${title}","value":"Mehdi El Amrani"`);
    expect(card).toContain(`"title":"${title}","value":"${nobody}"`);
  });
});
