import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { reasonText } from '../../bot/cards/reason-text.js';
import { displayNames } from '../../bot/handlers/display-names.js';
import { messagesFor } from '../../bot/i18n/messages-for.js';
import { requirePerson } from '../../core/access/tally-access.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { cancelDays } from '../../core/use-cases/cancel-days.js';
import { declareTelework, type TellApprovers } from '../../core/use-cases/declare-telework.js';
import { weekOverview } from '../../core/use-cases/week-overview.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES, ref } from '../schemas/common-schemas.js';
import {
  MyCancellation,
  MyDaysRequest,
  MyDeclaration,
  MyWeek,
  WeekQuery,
} from '../schemas/my-telework-schemas.js';

export interface MyTeleworkDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy' | 'functions'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerStore, 'decideAndRecord' | 'activeEntries' | 'duties' | 'crisisPeriods'>;
  clock: { now(): string; today(): LocalDate };
  /** Asks the calendar outbox for a drain, so Outlook shows the day soon after the answer. */
  syncSoon?: () => Promise<void>;
  /**
   * Sends the approvers the days that wait for them, as a declaration to the bot does; absent:
   * nobody is asked (they still find the request in the add-in). Its failures are the caller's
   * to log; the declaration stands.
   */
  tellApprovers?: TellApprovers;
}

/**
 * The personal tab's routes: the caller's own week, declare and cancel days. Thin: the same use
 * cases as the bot's "/telework", "/cancel" and "/week", with source "tab" in the ledger.
 */
export function registerMyTeleworkRoutes(app: FastifyInstance, deps: MyTeleworkDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/me/week',
    {
      schema: {
        summary: 'My week: telework, days off, permanence duties, quotas left',
        tags: ['me'],
        security: BEARER,
        querystring: WeekQuery,
        response: { 200: jsonAnswer('My week', MyWeek), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const person = requirePerson(callerOfRequest(request));
      return weekOverview(deps, { personId: person.id, weekOf: request.query.weekOf ?? deps.clock.today() });
    },
  );

  api.post(
    '/me/days',
    {
      schema: {
        summary: 'Declare telework on days or half days (the policy decides each)',
        tags: ['me'],
        security: BEARER,
        body: ref(MyDaysRequest),
        response: { 200: jsonAnswer("Each day's decision", MyDeclaration), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const person = requirePerson(callerOfRequest(request));
      const today = deps.clock.today();
      const declared = await declareTelework(deps, {
        request: { personId: person.id, days: request.body.days },
        today,
        at: deps.clock.now(),
        source: 'tab',
      });
      await deps.tellApprovers?.(person, declared);
      await deps.syncSoon?.();
      // The reason in the person's language, in the bot card's very words.
      const { locale } = person;
      const context = {
        locale,
        m: messagesFor(locale),
        today,
        bookingHorizonDays: deps.organisation.policy.bookingHorizonDays,
        personFunction: person.function,
        ...displayNames(deps.organisation, locale),
      };
      return {
        days: declared.map(({ decision, recorded }) => ({
          date: decision.date,
          part: decision.part,
          outcome: decision.outcome,
          reason: decision.reason,
          message: reasonText(decision, context),
          entryId: recorded.entry.id,
        })),
      };
    },
  );

  api.delete(
    '/me/days',
    {
      schema: {
        summary: 'Cancel my telework on days or half days',
        tags: ['me'],
        security: BEARER,
        body: ref(MyDaysRequest),
        response: { 200: jsonAnswer('What was cancelled', MyCancellation), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const person = requirePerson(callerOfRequest(request));
      const { cancelled, nothingOn } = await cancelDays(deps, {
        personId: person.id,
        days: request.body.days,
        at: deps.clock.now(),
        source: 'tab',
      });
      // Nothing cancelled, nothing for Outlook: a request that changed nothing drains nothing.
      if (cancelled.length > 0) await deps.syncSoon?.();
      return {
        cancelled: cancelled.map((entry) => ({ id: entry.id, date: entry.date, part: entry.part })),
        nothingOn,
      };
    },
  );
}
