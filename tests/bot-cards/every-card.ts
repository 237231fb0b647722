import type { AdaptiveCardJson } from '../../bot/cards/adaptive-card.js';
import { renderApprovalDecidedCard, renderApprovalRequestCard } from '../../bot/cards/approval-cards.js';
import { renderCrisisCard } from '../../bot/cards/crisis-card.js';
import { renderDeclarationCard } from '../../bot/cards/declaration-card.js';
import { renderErrorCard } from '../../bot/cards/error-card.js';
import { renderHelpCard } from '../../bot/cards/help-card.js';
import {
  renderCancellationCard,
  renderDecisionNoticeCard,
  renderDutyNoticeCard,
} from '../../bot/cards/notice-cards.js';
import { renderWeekCard } from '../../bot/cards/week-card.js';
import type { ParseProblem, ParseProblemCode } from '../../bot/commands/command.js';
import { type ErrorCode, errorCatalogue } from '../../core/errors/error-catalogue.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { LOCALES } from '../../core/organisation/organisation.js';
import {
  accepted,
  CHRISTMAS,
  crisisAccepted,
  EMPLOYER,
  FRIDAY,
  FUNCTION_NAMES,
  holidayNameFor,
  MANAGER,
  needsApproval,
  OTHER_MANAGER,
  presence,
  quota,
  REFUSAL_REASONS,
  REFUSALS,
  REQUESTER,
  structural,
  TEAM_NAMES,
  TODAY,
  thisWeek,
} from './fixtures.js';

export interface NamedCard {
  name: string;
  locale: Locale;
  card: AdaptiveCardJson;
}

/** Params an error comes with in real life, so that each sentence is rendered whole. */
export const ERROR_PARAMS: Partial<Record<ErrorCode, Record<string, string | number>>> = {
  UNKNOWN_UPN: { upn: 'sofie.janssens@ocmw.example' },
  UNKNOWN_PERSON: { personId: '6f1c9a1e-0000-4000-8000-000000000001' },
  INVALID_DATE: { value: '31/02' },
  INVALID_MONTH: { value: '2026-13' },
  INVALID_PERIOD: { from: '2026-12-01', to: '2026-11-01', maxDays: 93 },
  DATE_OUT_OF_RANGE: { value: '9999-12-31', from: '2000-01-01', to: '2099-12-31' },
  MONTH_OUT_OF_RANGE: { value: '0000-01', from: '2000-01', to: '2099-12' },
  INVALID_DAY_PART: { value: 'soir' },
  ENTRY_NOT_PENDING: { entryId: 'e-1', status: 'accepted' },
  ENTRY_NOT_ACTIVE: { entryId: 'e-1', status: 'refused' },
  MONTH_ALREADY_CLOSED: { month: '2026-10' },
  MONTH_NOT_OVER: { month: '2026-11', firstDay: '2026-12-01' },
  MONTH_IN_FUTURE: { month: '2027-01', firstDay: '2027-02-01' },
  FORBIDDEN_ROLE: { action: 'Closing a month', role: 'HR', roles: 'Manager' },
  RATE_LIMITED: { after: '1 minute' },
};

export const ERROR_CODES = Object.keys(errorCatalogue) as ErrorCode[];

/** The fragment the parser quotes with each of its problems (a Record: a new code must be added here). */
const PROBLEM_FRAGMENTS: Record<ParseProblemCode, string | undefined> = {
  EMPTY: undefined,
  TOO_LONG: undefined,
  UNKNOWN_COMMAND: 'dance',
  NO_DATE: undefined,
  UNREADABLE_DATE: 'décembre',
  IMPOSSIBLE_DATE: '31/02',
};

/** Every problem the parser reports, as it reports it. */
export const PARSE_PROBLEMS: ParseProblem[] = Object.entries(PROBLEM_FRAGMENTS).map(([code, fragment]) => ({
  code: code as ParseProblemCode,
  ...(fragment === undefined ? {} : { fragment }),
}));

const names = (locale: Locale) => ({ teamNames: TEAM_NAMES, functionNames: FUNCTION_NAMES[locale] });

function cardsIn(locale: Locale): NamedCard[] {
  const declaration = (name: string, input: Omit<Parameters<typeof renderDeclarationCard>[0], 'locale'>) => ({
    name: `declaration: ${name}`,
    locale,
    card: renderDeclarationCard({ locale, today: TODAY, ...names(locale), ...input }),
  });
  const cards: NamedCard[] = [
    declaration('accepted full day, in Outlook', {
      days: [
        {
          decision: accepted(FRIDAY, 'full', { quotas: [thisWeek(1)] }),
          entryId: 'e-1',
          calendarState: 'in-calendar',
        },
      ],
    }),
    declaration('a day asked again, already registered', {
      days: [{ decision: REFUSALS.ALREADY_DECLARED, entryId: 'e-0', held: 'accepted' }],
    }),
    declaration('a day asked again, already asked', {
      days: [{ decision: REFUSALS.ALREADY_DECLARED, entryId: 'e-0', held: 'pending' }],
    }),
    declaration('accepted half day, sync pending', {
      days: [{ decision: accepted(FRIDAY, 'am'), entryId: 'e-2', calendarState: 'pending-sync' }],
    }),
    declaration('accepted day that Outlook refused (parked)', {
      days: [{ decision: accepted(FRIDAY, 'full'), entryId: 'e-9', calendarState: 'sync-failed' }],
    }),
    declaration('structural day', { days: [{ decision: structural('2026-11-24'), entryId: 'e-3' }] }),
    declaration('waiting for approval', {
      days: [{ decision: needsApproval(FRIDAY), entryId: 'e-4', approverNames: [MANAGER, OTHER_MANAGER] }],
    }),
    ...(['telework', 'essential-on-site', 'suspended'] as const).map((role) => ({
      name: `crisis started: ${role}`,
      locale,
      card: renderCrisisCard({
        locale,
        change: 'started',
        from: '2026-12-01',
        reason: 'Pandémie *grave*',
        role,
      }),
    })),
    { name: 'crisis ended', locale, card: renderCrisisCard({ locale, change: 'ended', to: '2026-12-15' }) },
    {
      name: 'crisis: lent to an essential team',
      locale,
      card: renderCrisisCard({
        locale,
        change: 'lent',
        teamName: 'Accueil / Onthaal',
        from: '2026-12-07',
        functionName: "agent d'accueil",
        askedByName: 'Marc <b>Lambert</b>',
      }),
    },
    ...[[], ['Chloé <b>Dubois</b>', 'Jonas Willems']].map((suspended) => ({
      name: `crisis: a manager's teams' first week, ${suspended.length} suspended`,
      locale,
      card: renderCrisisCard({
        locale,
        change: 'team-coverage',
        from: '2026-12-24',
        to: '2026-12-30',
        teams: [
          {
            teamName: 'Accueil / Onthaal',
            halfDays: [
              { date: '2026-12-24', part: 'am', closed: false, onSite: 2, needed: 1, short: false },
              { date: '2026-12-24', part: 'pm', closed: false, onSite: 0, needed: 1, short: true },
              { date: '2026-12-25', part: 'am', closed: true, onSite: 0, needed: 0, short: false },
              { date: '2026-12-25', part: 'pm', closed: true, onSite: 0, needed: 0, short: false },
            ],
            suspended,
          },
          { teamName: 'Administration', halfDays: [], suspended },
        ],
      }),
    })),
    declaration('crisis mode, no quota', {
      days: [{ decision: crisisAccepted(FRIDAY), entryId: 'e-5', calendarState: 'in-calendar' }],
    }),
    ...REFUSAL_REASONS.map((reason) =>
      declaration(`refused ${reason}`, {
        days: [{ decision: REFUSALS[reason], holidayName: holidayNameFor(reason, locale) }],
        suggestions: ['2026-11-30', { date: '2026-12-01', part: 'pm' }],
        bookingHorizonDays: 60,
      }),
    ),
    declaration('mixed: accepted, pending, refused', {
      days: [
        {
          decision: accepted('2026-12-07', 'full', { quotas: [quota('week', '2026-12-07', 0, 4)] }),
          entryId: 'e-6',
        },
        {
          decision: needsApproval('2026-12-08', 'am', 'PERMANENCE_AT_MINIMUM', {
            quotas: [quota('week', '2026-12-07', 2, 4)],
            presence: [presence('am', 1)],
          }),
          entryId: 'e-7',
          approverNames: [MANAGER],
        },
        { decision: REFUSALS.WEEKLY_QUOTA_EXCEEDED, entryId: 'e-8' },
      ],
      suggestions: ['2026-12-14'],
    }),
  ];

  const pending = needsApproval(FRIDAY, 'am', 'PERMANENCE_AT_MINIMUM', {
    quotas: [thisWeek(2)],
    presence: [presence('am', 1), presence('am', 1, 'social-worker')],
  });
  cards.push(
    {
      name: 'approval request: one day',
      locale,
      card: renderApprovalRequestCard({
        locale,
        today: TODAY,
        ...names(locale),
        requesterName: REQUESTER,
        days: [{ entryId: 'e-10', decision: pending }],
        refreshUserIds: ['29:1a2b3c-isabelle', '29:4d5e6f-marc'],
      }),
    },
    {
      name: 'approval request: a breach, with who else is on site',
      locale,
      card: renderApprovalRequestCard({
        locale,
        today: TODAY,
        ...names(locale),
        personNames: { 'p-mehdi': 'Mehdi El Amrani', 'p-lotte': 'Lotte Peeters' },
        requesterName: REQUESTER,
        days: [
          {
            entryId: 'e-11',
            decision: pending,
            othersOnSite: [
              { teamId: 'social', half: 'am', function: null, personIds: ['p-mehdi'] },
              { teamId: 'social', half: 'am', function: 'social-worker', personIds: [] },
            ],
          },
        ],
        refreshUserIds: [],
      }),
    },
    {
      name: 'approval request: three days, one decided',
      locale,
      card: renderApprovalRequestCard({
        locale,
        today: TODAY,
        ...names(locale),
        requesterName: REQUESTER,
        days: [
          { entryId: 'e-11', decision: needsApproval('2026-12-07') },
          {
            entryId: 'e-12',
            decision: needsApproval('2026-12-08'),
            state: { status: 'approved', byName: MANAGER, at: '2026-11-23T13:05:00Z' },
          },
          { entryId: 'e-13', decision: needsApproval('2026-12-09', 'pm') },
        ],
        refreshUserIds: ['29:1a2b3c-isabelle'],
      }),
    },
    {
      name: 'approval decided',
      locale,
      card: renderApprovalDecidedCard({
        locale,
        requesterName: REQUESTER,
        days: [
          {
            date: FRIDAY,
            part: 'am',
            kind: 'occasional',
            state: { status: 'approved', byName: MANAGER, at: '2026-11-23T13:05:00Z' },
          },
          {
            date: '2026-12-07',
            part: 'full',
            kind: 'occasional',
            state: { status: 'rejected', byName: OTHER_MANAGER, at: '2026-11-23T23:30:00Z' },
          },
          { date: '2026-12-08', part: 'full', kind: 'occasional', state: { status: 'cancelled' } },
          { date: '2026-12-09', part: 'pm', kind: 'occasional', state: { status: 'pending' } },
        ],
      }),
    },
    {
      name: 'decision notice: approved',
      locale,
      card: renderDecisionNoticeCard({
        locale,
        outcome: 'approved',
        deciderName: MANAGER,
        days: [{ date: FRIDAY, part: 'am' }],
        calendarState: 'in-calendar',
        quotas: [thisWeek(3)],
        today: TODAY,
      }),
    },
    {
      name: 'decision notice: rejected with a note',
      locale,
      card: renderDecisionNoticeCard({
        locale,
        outcome: 'rejected',
        deciderName: MANAGER,
        days: [
          { date: '2026-12-07', part: 'full' },
          { date: '2026-12-08', part: 'full' },
        ],
        note: 'Réunion d’équipe ce jour-là / teamvergadering',
      }),
    },
    {
      name: 'cancellation',
      locale,
      card: renderCancellationCard({
        locale,
        days: [{ date: FRIDAY, part: 'full' }],
        calendarState: 'removed',
        quotas: [thisWeek(1)],
        today: TODAY,
      }),
    },
    {
      name: 'cancellation, removal queued',
      locale,
      card: renderCancellationCard({
        locale,
        days: [{ date: FRIDAY, part: 'pm' }],
        calendarState: 'pending-sync',
      }),
    },
    {
      name: 'permanence duty assigned',
      locale,
      card: renderDutyNoticeCard({
        locale,
        change: 'assigned',
        teamName: 'Service social / Sociale dienst',
        byName: 'Isabelle Lambert',
        days: [
          { date: FRIDAY, part: 'am' },
          { date: FRIDAY, part: 'pm' },
        ],
      }),
    },
    {
      name: 'permanence duty removed',
      locale,
      card: renderDutyNoticeCard({
        locale,
        change: 'removed',
        teamName: 'Service social / Sociale dienst',
        byName: 'Isabelle Lambert',
        days: [{ date: FRIDAY, part: 'pm' }],
      }),
    },
    {
      name: 'week: this week',
      locale,
      card: renderWeekCard({
        locale,
        weekOf: TODAY,
        which: 'this',
        today: TODAY,
        quotas: [thisWeek(3)],
        days: [
          { date: '2026-11-24', entries: [{ part: 'full', status: 'accepted' }] },
          { date: '2026-11-25', entries: [{ part: 'am', status: 'pending' }], duties: ['pm'] },
          {
            date: '2026-11-26',
            entries: [
              { part: 'pm', status: 'accepted' },
              { part: 'am', status: 'pending' },
            ],
          },
          { date: FRIDAY, off: { kind: 'day-off' } },
        ],
      }),
    },
    {
      name: 'week: next week, with holidays',
      locale,
      card: renderWeekCard({
        locale,
        weekOf: '2026-12-21',
        which: 'next',
        quotas: [quota('week', '2026-12-21', 0, 4)],
        days: [
          { date: '2026-12-24', off: { kind: 'closing-day' } },
          { date: '2026-12-25', off: { kind: 'public-holiday', name: CHRISTMAS[locale] } },
        ],
      }),
    },
    { name: 'help', locale, card: renderHelpCard({ locale }) },
    {
      name: 'help, not understood',
      locale,
      card: renderHelpCard({ locale, notUnderstood: 'teletrvail vendredii' }),
    },
    ...PARSE_PROBLEMS.map((problem) => ({
      name: `help after ${problem.code}`,
      locale,
      card: renderHelpCard({ locale, problem }),
    })),
    ...ERROR_CODES.map((code) => ({
      name: `error ${code}`,
      locale,
      card: renderErrorCard({
        locale,
        error: { code, params: ERROR_PARAMS[code] ?? {} },
        employerName: EMPLOYER,
      }),
    })),
  );
  return cards;
}

/** Every card the bot can send, in every language, with realistic data. */
export function everyCard(): NamedCard[] {
  return LOCALES.flatMap(cardsIn);
}
