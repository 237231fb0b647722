import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { endCrisis, listCrises, startCrisis } from '../../core/use-cases/manage-crisis.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES, Problem, ref } from '../schemas/common-schemas.js';
import { CrisisEnd, CrisisPeriod, CrisisPeriodList, CrisisStart } from '../schemas/crisis-schemas.js';

const CONFLICT = (description: string) => ({
  409: { description, content: { 'application/problem+json': { schema: ref(Problem) } } },
});

/** GET /crisis, POST /crisis and POST /crisis/end: the dated crisis switch. */
export function registerCrisisRoutes(
  app: FastifyInstance,
  deps: {
    store: Pick<LedgerStore, 'crisisPeriods' | 'startCrisis' | 'endCrisis'>;
    organisation: Pick<Organisation, 'teams'>;
    clock: { now(): string; today(): LocalDate };
  },
): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/crisis',
    {
      schema: {
        summary: 'The dated crises',
        tags: ['crisis'],
        security: BEARER,
        response: { 200: jsonAnswer('The crises, oldest first', CrisisPeriodList), ...PROBLEM_RESPONSES },
      },
    },
    async () => ({ periods: await listCrises(deps) }),
  );
  api.post(
    '/crisis',
    {
      schema: {
        summary: 'Start a crisis (HR or Admin)',
        description:
          'From `from` on, every decision and tally uses the crisis rules of the organisation file. ' +
          'A crisis that overlaps another is refused (409 CRISIS_OVERLAPS).',
        tags: ['crisis'],
        security: BEARER,
        body: ref(CrisisStart),
        response: {
          200: jsonAnswer('The crisis, under way', CrisisPeriod),
          ...PROBLEM_RESPONSES,
          ...CONFLICT('CRISIS_OVERLAPS'),
        },
      },
    },
    async (request) => {
      const body = request.body as { from: LocalDate; reason: string };
      return startCrisis(deps, {
        caller: callerOfRequest(request),
        from: body.from,
        reason: body.reason,
        at: deps.clock.now(),
      });
    },
  );
  api.post(
    '/crisis/end',
    {
      schema: {
        summary: 'End the crisis under way (HR or Admin)',
        description: '`to` is the last crisis day; the days after it follow the normal rules again.',
        tags: ['crisis'],
        security: BEARER,
        body: ref(CrisisEnd),
        response: {
          200: jsonAnswer('The crisis, ended', CrisisPeriod),
          ...PROBLEM_RESPONSES,
          ...CONFLICT('NO_CRISIS_UNDER_WAY or CRISIS_ENDS_BEFORE_START'),
        },
      },
    },
    async (request) => {
      const body = request.body as { to: LocalDate };
      return endCrisis(deps, { caller: callerOfRequest(request), to: body.to, at: deps.clock.now() });
    },
  );
}
