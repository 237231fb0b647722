import { describe, expect, it } from 'vitest';
import { renderCancellationCard, renderDecisionNoticeCard } from '../../bot/cards/notice-cards.js';
import { renderWeekCard } from '../../bot/cards/week-card.js';
import { cardProblems, cardTexts, executeActions } from './card-validation.js';
import { CHRISTMAS, FRIDAY, MANAGER, TODAY, thisWeek } from './fixtures.js';

describe('decision notice, to the requester', () => {
  it.each([
    ['fr', 'Votre télétravail du vendredi 27 novembre 2026 (matin) a été approuvé par Isabelle Lambert.'],
    ['nl', 'Je thuiswerk op vrijdag 27 november 2026 (voormiddag) is goedgekeurd door Isabelle Lambert.'],
    ['en', 'Your telework on Friday'],
    ['de', 'Ihre Telearbeit am Freitag, 27. November 2026 (Vormittag) wurde von Isabelle Lambert genehmigt.'],
  ] as const)('says it was approved, and by whom (%s)', (locale, sentence) => {
    const card = renderDecisionNoticeCard({
      locale,
      outcome: 'approved',
      deciderName: MANAGER,
      days: [{ date: FRIDAY, part: 'am' }],
      calendarState: 'in-calendar',
    });
    expect(cardTexts(card).join('\n')).toContain(sentence);
    expect(cardProblems(card)).toEqual([]);
    expect(executeActions(card)).toEqual([]);
  });

  it('says it was rejected, with the days in order and the manager’s note', () => {
    const card = renderDecisionNoticeCard({
      locale: 'fr',
      outcome: 'rejected',
      deciderName: MANAGER,
      days: [
        { date: '2026-12-08', part: 'full' },
        { date: '2026-12-07', part: 'full' },
      ],
      note: 'Réunion d’équipe',
    });
    expect(cardTexts(card)).toEqual([
      'Télétravail refusé',
      'Votre télétravail du lundi 7 décembre 2026 et du mardi 8 décembre 2026 a été refusé par Isabelle Lambert.',
      'Message : « Réunion d’équipe »',
    ]);
  });

  it('tells where an approved day stands with Outlook, and the quota left', () => {
    const card = renderDecisionNoticeCard({
      locale: 'en',
      outcome: 'approved',
      deciderName: MANAGER,
      days: [{ date: FRIDAY, part: 'full' }],
      quotas: [thisWeek(2)],
      today: TODAY,
    });
    expect(cardTexts(card)).toContain('Being added to your Outlook calendar.');
    expect(cardTexts(card)).toContain('1 day left this week');
  });
});

describe('cancellation', () => {
  it.each([
    [
      'fr',
      'removed',
      [
        'Télétravail annulé',
        'Votre télétravail du vendredi 27 novembre 2026 est annulé.',
        'Retiré de votre agenda Outlook.',
      ],
    ],
    [
      'nl',
      'pending-sync',
      [
        'Thuiswerk geannuleerd',
        'Je thuiswerk op vrijdag 27 november 2026 is geannuleerd.',
        'Het wordt zo dadelijk uit je Outlook-agenda verwijderd.',
      ],
    ],
  ] as const)('confirms it (%s, %s)', (locale, calendarState, texts) => {
    const card = renderCancellationCard({ locale, calendarState, days: [{ date: FRIDAY, part: 'full' }] });
    expect(cardTexts(card)).toEqual(texts);
    expect(cardProblems(card)).toEqual([]);
  });
});

describe('week list', () => {
  const week = renderWeekCard({
    locale: 'fr',
    weekOf: '2026-11-25',
    which: 'this',
    today: TODAY,
    quotas: [thisWeek(3)],
    days: [
      { date: '2026-11-24', entries: [{ part: 'full', status: 'accepted' }] },
      { date: '2026-11-25', entries: [{ part: 'am', status: 'pending' }], duties: ['pm'] },
      { date: FRIDAY, off: { kind: 'day-off' } },
    ],
  });
  const rows = (week.body as Array<Record<string, unknown>>).filter((item) => item.type === 'ColumnSet');
  const row = (i: number) => cardTexts(rows[i]);

  it('has every working day, Monday to Friday, under the week’s dates', () => {
    expect(cardTexts(week)[0]).toBe('Ma semaine (23–27 novembre 2026)');
    expect(rows.map((r) => cardTexts(r)[0])).toEqual([
      'lun. 23 nov.',
      'mar. 24 nov.',
      'mer. 25 nov.',
      'jeu. 26 nov.',
      'ven. 27 nov.',
    ]);
  });

  it('gives each day where the person is', () => {
    expect(row(0)).toEqual(['lun. 23 nov.', 'Sur place']);
    expect(row(1)).toEqual(['mar. 24 nov.', 'Télétravail (journée entière)']);
    expect(row(2)).toEqual([
      'mer. 25 nov.',
      'Télétravail (matin), en attente de validation',
      'Sur place (après-midi)',
      'De permanence (après-midi)',
    ]);
    expect(row(4)).toEqual(['ven. 27 nov.', 'Jour non presté']);
    expect(cardTexts(week)).toContain('0,5 jour restant cette semaine');
    expect(cardProblems(week)).toEqual([]);
  });

  it('names the holidays of next week', () => {
    const next = renderWeekCard({
      locale: 'nl',
      weekOf: '2026-12-21',
      which: 'next',
      days: [
        { date: '2026-12-24', off: { kind: 'closing-day' } },
        { date: '2026-12-25', off: { kind: 'public-holiday', name: CHRISTMAS.nl } },
      ],
    });
    const texts = cardTexts(next);
    expect(texts[0]).toBe('Volgende week (21–25 december 2026)');
    expect(texts).toContain('Sluitingsdag');
    expect(texts).toContain('Feestdag: Kerstmis');
    expect(cardProblems(next)).toEqual([]);
  });
});
