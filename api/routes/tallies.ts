import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { type ReadTalliesDeps, readOwnTally, readTallies } from '../../core/use-cases/read-tallies.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES } from '../schemas/common-schemas.js';
import { MonthQuery, OwnTally, TalliesQuery, TallyPage } from '../schemas/tally-schemas.js';

/** GET /tallies (HR: everyone; managers: their teams; anyone: themselves) and GET /me/tally. */
export function registerTallyRoutes(app: FastifyInstance, deps: ReadTalliesDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/tallies',
    {
      schema: {
        summary: "The month's telework tallies of the people you may see",
        description:
          'Per person: telework days (a full day 1, a half day 0.5), minutes at the regime’s day value, the ' +
          'allowance in cents with the rules that produced it, and the corrections carried from closed months. ' +
          'HR sees everyone, a manager the teams they manage, anyone else themselves. In the organisation ' +
          "file's order, a page at a time.",
        tags: ['tallies'],
        security: BEARER,
        querystring: TalliesQuery,
        response: { 200: jsonAnswer("A page of the month's tallies", TallyPage), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => readTallies(deps, { caller: callerOfRequest(request), ...request.query }),
  );

  api.get(
    '/me/tally',
    {
      schema: {
        summary: 'Your own telework tally for a month',
        tags: ['tallies'],
        security: BEARER,
        querystring: MonthQuery,
        response: { 200: jsonAnswer('Your month', OwnTally), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => readOwnTally(deps, { caller: callerOfRequest(request), month: request.query.month }),
  );
}
