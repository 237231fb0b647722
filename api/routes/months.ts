import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import { closeMonthAsHr, listMonths } from '../../core/use-cases/manage-months.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES, Problem, ref } from '../schemas/common-schemas.js';
import { CloseParams, MonthList, MonthState } from '../schemas/tally-schemas.js';

/** GET /months and POST /months/{month}/close. */
export function registerMonthRoutes(
  app: FastifyInstance,
  deps: {
    store: Pick<LedgerStore, 'closedMonths' | 'closeMonth'>;
    clock: { now(): string; today(): LocalDate };
  },
): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/months',
    {
      schema: {
        summary: 'The closed months',
        tags: ['months'],
        security: BEARER,
        response: { 200: jsonAnswer('The closed months', MonthList), ...PROBLEM_RESPONSES },
      },
    },
    async () => ({ closed: await listMonths(deps) }),
  );

  api.post(
    '/months/:month/close',
    {
      schema: {
        summary: 'Close a month that is over (HR)',
        description:
          'Freezes the month: its tallies and files no longer change. A later change to one of its days is ' +
          'carried as a correction into the next open month, with its effect on this month’s allowance. ' +
          'A month already closed, not over yet or in the future is refused (409).',
        tags: ['months'],
        security: BEARER,
        params: CloseParams,
        response: {
          200: jsonAnswer('The month, now closed', MonthState),
          ...PROBLEM_RESPONSES,
          409: {
            description: 'MONTH_ALREADY_CLOSED, MONTH_NOT_OVER or MONTH_IN_FUTURE',
            content: { 'application/problem+json': { schema: ref(Problem) } },
          },
        },
      },
    },
    async (request) =>
      closeMonthAsHr(deps, {
        caller: callerOfRequest(request),
        month: request.params.month,
        today: deps.clock.today(),
        at: deps.clock.now(),
      }),
  );
}
