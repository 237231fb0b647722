import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, renderDeclarationCard } from '../../bot/cards/declaration-card.js';
import { messagesFor } from '../../bot/i18n/messages-for.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { LOCALES } from '../../core/organisation/organisation.js';
import { cardProblems, cardTexts, executeActions } from './card-validation.js';
import {
  accepted,
  FRIDAY,
  FUNCTION_NAMES,
  holidayNameFor,
  MANAGER,
  needsApproval,
  OTHER_MANAGER,
  quota,
  REFUSAL_REASONS,
  REFUSALS,
  TEAM_NAMES,
  TODAY,
  thisWeek,
} from './fixtures.js';

const text = (card: unknown) => cardTexts(card).join('\n');

describe('confirmation', () => {
  it.each([
    [
      'fr',
      [
        'Télétravail enregistré',
        'vendredi 27 novembre 2026 · matin',
        '3h48',
        'Accepté · dans votre agenda Outlook',
        '1,5 jour restant cette semaine',
        'Annuler',
      ],
    ],
    [
      'nl',
      [
        'Thuiswerk geregistreerd',
        'vrijdag 27 november 2026 · voormiddag',
        '3u48',
        'Goedgekeurd · in je Outlook-agenda',
        'Nog 1,5 dag over deze week',
        'Ongedaan maken',
      ],
    ],
    [
      'en',
      [
        'Telework recorded',
        '27 November 2026 · morning',
        '3h 48m',
        'Accepted · in your Outlook calendar',
        '1.5 days left this week',
        'Undo',
      ],
    ],
    [
      'de',
      [
        'Telearbeit eingetragen',
        'Freitag, 27. November 2026 · Vormittag',
        '3 Std. 48 Min.',
        'Genehmigt · in Ihrem Outlook-Kalender',
        'Noch 1,5 Tage diese Woche',
        'Rückgängig machen',
      ],
    ],
  ] as const)('of a half day is in %s', (locale, expected) => {
    const card = renderDeclarationCard({
      locale,
      today: TODAY,
      days: [
        {
          decision: accepted(FRIDAY, 'am', { quotas: [thisWeek(0)] }),
          entryId: 'e-1',
          calendarState: 'in-calendar',
        },
      ],
    });
    for (const piece of expected) expect(text(card)).toContain(piece);
    expect(cardProblems(card)).toEqual([]);
  });

  it('says a full day is worth 7h36 and where it stands with Outlook', () => {
    const day = { decision: accepted(FRIDAY), entryId: 'e-1' };
    const synced = text(
      renderDeclarationCard({ locale: 'fr', days: [{ ...day, calendarState: 'in-calendar' }] }),
    );
    const pending = text(renderDeclarationCard({ locale: 'fr', days: [day] }));
    expect(synced).toContain('vendredi 27 novembre 2026 · journée entière');
    expect(synced).toContain('7h36');
    expect(synced).toContain('dans votre agenda Outlook');
    expect(pending).toContain('ajout à votre agenda Outlook en cours');
  });

  it('names who must approve a pending day', () => {
    const card = renderDeclarationCard({
      locale: 'en',
      days: [{ decision: needsApproval(FRIDAY), entryId: 'e-4', approverNames: [MANAGER, OTHER_MANAGER] }],
    });
    expect(text(card)).toContain('Telework request sent');
    expect(text(card)).toContain('Waiting for approval by Isabelle Lambert or Marc Peeters');
    const nobody = renderDeclarationCard({ locale: 'nl', days: [{ decision: needsApproval(FRIDAY) }] });
    expect(text(nobody)).toContain('Wacht op goedkeuring door je leidinggevende');
  });

  it('offers Undo for the days taken, with their entry ids', () => {
    const card = renderDeclarationCard({
      locale: 'fr',
      days: [
        { decision: accepted('2026-11-24'), entryId: 'e-1' },
        { decision: needsApproval('2026-11-25'), entryId: 'e-2' },
        // An existing entry answering ALREADY_DECLARED must not be cancelled by Undo.
        { decision: REFUSALS.ALREADY_DECLARED, entryId: 'e-0' },
      ],
    });
    expect(executeActions(card)).toEqual([
      { title: 'Annuler', verb: 'undo', data: { entryIds: ['e-1', 'e-2'], locale: 'fr' } },
    ]);
    expect((card.actions as unknown[]).length).toBe(1);
  });

  it('says "this week" only of the current week', () => {
    const nextWeek = quota('week', '2026-11-30', 0, 4);
    const card = (today?: string) =>
      text(
        renderDeclarationCard({
          locale: 'fr',
          today,
          days: [{ decision: accepted('2026-12-01', 'full', { quotas: [nextWeek] }) }],
        }),
      );
    expect(card(TODAY)).toContain('1 jour restant la semaine du 30 novembre');
    expect(card('2026-11-30')).toContain('1 jour restant cette semaine');
    expect(card()).toContain('la semaine du 30 novembre');
  });
});

describe('refusal', () => {
  const refusal = (locale: Locale, reason: (typeof REFUSAL_REASONS)[number]) =>
    renderDeclarationCard({
      locale,
      today: TODAY,
      teamNames: TEAM_NAMES,
      functionNames: FUNCTION_NAMES[locale],
      bookingHorizonDays: 60,
      days: [{ decision: REFUSALS[reason], holidayName: holidayNameFor(reason, locale) }],
      suggestions: ['2026-11-30', { date: '2026-12-01', part: 'pm' }],
    });

  it.each(LOCALES)('explains every reason in its own words (%s)', (locale) => {
    const reasons = REFUSAL_REASONS.map((reason) => cardTexts(refusal(locale, reason))[3]);
    expect(new Set(reasons).size).toBe(REFUSAL_REASONS.length);
  });

  it.each([
    ['fr', 'PUBLIC_HOLIDAY', "C'est un jour férié : Noël."],
    ['nl', 'CLOSING_DAY', 'Je werkgever is die dag gesloten: Eindejaarssluiting.'],
    [
      'fr',
      'WEEKLY_QUOTA_EXCEEDED',
      'Votre quota hebdomadaire est atteint : 1,5 jour déjà pris sur un maximum de 2 jours cette semaine.',
    ],
    [
      'en',
      'MONTHLY_QUOTA_EXCEEDED',
      'Your monthly quota is reached: 8 days already taken of at most 8 days this month.',
    ],
    [
      'de',
      'YEARLY_QUOTA_EXCEEDED',
      'Ihr Jahreskontingent ist ausgeschöpft. Bereits genommen dieses Jahr: 149,5 Tage (höchstens 149,5 Tage).',
    ],
    [
      'nl',
      'PERMANENCE_AT_MINIMUM',
      'Er zou nog maar 1 persoon ter plaatse zijn in Service social / Sociale dienst (voormiddag), terwijl de permanentie er minstens 2 vraagt.',
    ],
    [
      'fr',
      'PERMANENCE_AT_MINIMUM',
      "Il resterait 1 personne sur place dans l'équipe Service social / Sociale dienst (matin), alors que la permanence en demande au moins 2.",
    ],
    ['en', 'TOO_FAR_AHEAD', 'That is too far ahead: telework can be declared at most 60 days in advance.'],
    ['de', 'ON_PERMANENCE_DUTY', 'Sie haben an diesem Tag Permanenz (Vormittag).'],
    [
      'nl',
      'NO_TELEWORK_ARRANGEMENT',
      'Je hebt geen telewerkovereenkomst. Bespreek het met je leidinggevende of de personeelsdienst.',
    ],
  ] as const)('in %s says %s with its figures', (locale, reason, sentence) => {
    const card = refusal(locale, reason);
    expect(cardTexts(card)).toContain(sentence);
    expect(cardProblems(card)).toEqual([]);
  });

  it('offers the days possible instead, one button each, and what is left', () => {
    const card = refusal('fr', 'WEEKLY_QUOTA_EXCEEDED');
    expect(text(card)).toContain('Télétravail refusé');
    expect(text(card)).toContain('0,5 jour restant cette semaine');
    expect(executeActions(card)).toEqual([
      { title: 'lun. 30 nov.', verb: 'declare', data: { date: '2026-11-30', part: 'full', locale: 'fr' } },
      {
        title: 'mar. 1 déc. · après-midi',
        verb: 'declare',
        data: { date: '2026-12-01', part: 'pm', locale: 'fr' },
      },
    ]);
    expect(card.actions).toBeUndefined();
  });

  it(`keeps to ${MAX_SUGGESTIONS} suggestions and leaves the section out when there are none`, () => {
    const days = [
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
    ];
    const many = renderDeclarationCard({
      locale: 'en',
      days: [{ decision: REFUSALS.WEEKEND }],
      suggestions: days,
    });
    expect(executeActions(many)).toHaveLength(MAX_SUGGESTIONS);
    const none = renderDeclarationCard({ locale: 'en', days: [{ decision: REFUSALS.WEEKEND }] });
    expect(text(none)).not.toContain('Possible instead');
    expect(cardProblems(none)).toEqual([]);
  });
});

it('refuses to confirm a request without days', () => {
  expect(() => renderDeclarationCard({ locale: 'fr', days: [] })).toThrow(/names no day/);
});

describe('a request of several days', () => {
  const card = renderDeclarationCard({
    locale: 'nl',
    today: TODAY,
    days: [
      { decision: accepted('2026-11-24'), entryId: 'e-1', calendarState: 'in-calendar' },
      { decision: needsApproval('2026-11-25', 'pm'), entryId: 'e-2', approverNames: [MANAGER] },
      { decision: REFUSALS.WEEKEND },
    ],
  });

  it('is one card with a section per day, each in its colour', () => {
    const sections = (card.body as Array<Record<string, unknown>>).filter(
      (item) => item.type === 'Container',
    );
    const statuses = sections
      .slice(0, 3)
      .map((section) => (section.items as Array<Record<string, unknown>>)[1])
      .map((status) => [status?.text, status?.color]);
    expect(statuses).toEqual([
      ['Goedgekeurd · in je Outlook-agenda', 'Good'],
      ['Wacht op goedkeuring door Isabelle Lambert', 'Warning'],
      ['Geweigerd', 'Attention'],
    ]);
  });

  it('sums it up under a neutral title', () => {
    expect(cardTexts(card).slice(0, 2)).toEqual([
      'Je thuiswerkaanvraag',
      '1 goedgekeurd · 1 in afwachting · 1 geweigerd',
    ]);
    expect(cardProblems(card)).toEqual([]);
  });
});

describe('a day Outlook refused for good', () => {
  it.each([
    ['fr', 'Outlook l’a refusé'],
    ['nl', 'Outlook weigerde het'],
    ['en', 'Outlook refused it'],
    ['de', 'Outlook hat es abgelehnt'],
  ] as const)('says so in %s, in amber', (locale, words) => {
    const card = renderDeclarationCard({
      locale,
      days: [{ decision: accepted('2026-11-27', 'full'), entryId: 'e-1', calendarState: 'sync-failed' }],
    });
    const json = JSON.stringify(card);
    expect(json).toContain(words);
    expect(json).toContain('"color":"Warning"');
  });
});

describe('a day asked again', () => {
  const repeat = (held: 'accepted' | 'pending', entryId = 'e-0') => ({
    decision: REFUSALS.ALREADY_DECLARED,
    entryId,
    held,
  });

  it.each([
    ['en', 'accepted', 'Telework already registered', 'Already registered', 'already registered as telework'],
    ['en', 'pending', 'Telework already asked for', 'Already asked', 'waiting for approval'],
    ['fr', 'accepted', 'Télétravail déjà enregistré', 'Déjà enregistré', 'déjà enregistré en télétravail'],
    ['fr', 'pending', 'Télétravail déjà demandé', 'Déjà demandé', 'attend une approbation'],
    ['nl', 'accepted', 'Thuiswerk al geregistreerd', 'Al geregistreerd', 'er verandert niets'],
    ['nl', 'pending', 'Thuiswerk al aangevraagd', 'Al aangevraagd', 'wacht op goedkeuring'],
    ['de', 'accepted', 'Telearbeit bereits eingetragen', 'Bereits eingetragen', 'Es ändert sich nichts'],
    ['de', 'pending', 'Telearbeit bereits beantragt', 'Bereits beantragt', 'wartet auf Genehmigung'],
  ] as const)('says so, not "refused" (%s, %s)', (locale, held, title, status, reason) => {
    const card = renderDeclarationCard({ locale, today: TODAY, days: [repeat(held)] });
    const texts = cardTexts(card);
    expect(cardProblems(card)).toEqual([]);
    expect(texts[0]).toBe(title);
    expect(texts).toContain(status);
    expect(texts.some((t) => t.includes(reason))).toBe(true);
    const { refused, titleRefused } = messagesFor(locale).declaration;
    expect(texts).not.toContain(refused);
    expect(texts).not.toContain(titleRefused);
    // The entry was there before: Undo would cancel more than this request.
    expect(executeActions(card)).toEqual([]);
  });

  it.each([
    [[repeat('accepted'), repeat('pending', 'e-9')], 'Your telework request', '1 accepted · 1 pending'],
    [
      [{ decision: accepted('2026-11-24'), entryId: 'e-1' }, repeat('accepted')],
      'Telework recorded',
      '2 accepted',
    ],
    [[{ decision: REFUSALS.WEEKEND }, repeat('pending')], 'Your telework request', '1 pending · 1 refused'],
  ] as const)('counts a repeat as where the day stands (%#)', (days, title, summary) => {
    const texts = cardTexts(renderDeclarationCard({ locale: 'en', days: [...days] }));
    expect(texts.slice(0, 2)).toEqual([title, summary]);
  });

  it('without the ledger status, keeps the policy words', () => {
    const texts = cardTexts(
      renderDeclarationCard({ locale: 'en', days: [{ decision: REFUSALS.ALREADY_DECLARED }] }),
    );
    expect(texts[0]).toBe('Telework refused');
  });
});
