import { describe, expect, it } from 'vitest';
import { renderDeclarationCard } from '../../bot/cards/declaration-card.js';
import { messagesFor } from '../../bot/i18n/messages-for.js';
import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import { LOCALES, type Person } from '../../core/organisation/organisation.js';
import { evaluateRequest } from '../../core/policy/evaluate-request.js';
import { nextPossibleDays } from '../../core/policy/next-possible-days.js';
import { calendar, contextFor, cpasPeople, duty, request, TODAY } from '../core/fixtures.js';
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

describe('the quota left after a request, as the policy decided it', () => {
  // Fien, a social worker full time, teleworks structurally on Fridays (Leuven: 2 days a week).
  const fien: Person = {
    ...(cpasPeople().find((p) => p.id === 'sw-bart') as Person),
    id: 'sw-fien',
    arrangement: { type: 'structural', pattern: [{ weekday: 'fri', part: 'full' }] },
  };
  const people = [...cpasPeople(), fien];
  const [MON, TUE, WED, THU, FRI] = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

  it.each([
    [
      'Fien, Monday to Friday: the agreed Friday and Monday take it all',
      'sw-fien',
      [MON, TUE, WED, THU, FRI],
      [],
      ['No telework left in the week of 9 March'],
    ],
    [
      'Fien on duty on Friday, asking Thursday and Friday',
      'sw-fien',
      [THU, FRI],
      [duty('sw-fien', FRI, 'am')],
      ['1 day left in the week of 9 March'],
    ],
    [
      'Anna, Monday to Wednesday and Thursday morning',
      'sw-anna',
      [MON, TUE, WED, [THU, 'am']],
      [],
      ['0.5 days left in the week of 9 March'],
    ],
    ['a receptionist, who can never telework', 'rec-dirk', [WED], [], []],
    ['a technician without telework arrangement', 'tech-gert', [WED, THU], [], []],
  ] as const)('%s', (_label, personId, days, duties, lines) => {
    const asked = days.map((day) =>
      typeof day === 'string' ? day : ([day[0], day[1]] as [LocalDate, DayPart]),
    );
    const decisions = evaluateRequest(request(personId, asked), contextFor({ people, duties: [...duties] }));
    const card = renderDeclarationCard({
      locale: 'en',
      today: TODAY,
      days: decisions.map((decision) => ({ decision })),
    });
    expect(cardProblems(card)).toEqual([]);
    const texts = cardTexts(card);
    const title = texts.indexOf(messagesFor('en').declaration.quotaTitle);
    expect(title >= 0 ? texts.slice(title + 1) : []).toEqual(lines);
  });
});
