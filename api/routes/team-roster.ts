import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { applyTeamRoster, proposeTeamRoster } from '../../core/use-cases/plan-team-roster.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { ifMatchVersion, withVersion } from '../if-match.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES } from '../schemas/common-schemas.js';
import {
  AppliedRoster,
  PeriodRequest,
  RosterProposal,
  RosterRequest,
  TeamParams,
} from '../schemas/planning-schemas.js';
import type { PlanningRouteDeps } from './planning-deps.js';
import { CHANGE_PROBLEMS, IF_MATCH_HEADERS } from './planning-responses.js';

/** POST /teams/{id}/roster-proposal (a dry run) and POST /teams/{id}/roster (applied at once). */
export function registerTeamRosterRoutes(app: FastifyInstance, deps: PlanningRouteDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    '/teams/:teamId/roster-proposal',
    {
      schema: {
        summary: 'Propose the duties that name every minimum of a period, fairly (nothing is written)',
        description: 'Spread pro rata of the regime over the last 12 weeks; duties already planned are kept.',
        tags: ['permanence'],
        security: BEARER,
        params: TeamParams,
        body: PeriodRequest,
        response: { 200: jsonAnswer('The proposal', RosterProposal), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const call = {
        caller: callerOfRequest(request),
        teamId: request.params.teamId,
        today: deps.clock.today(),
      };
      const proposal = await proposeTeamRoster(deps, { ...call, ...request.body });
      withVersion(reply, proposal.version);
      return proposal;
    },
  );

  api.post(
    '/teams/:teamId/roster',
    {
      schema: {
        summary: 'Plan several duties at once (If-Match: the team version)',
        description: 'All of them or none: one duty that cannot be held refuses the whole roster.',
        tags: ['permanence'],
        security: BEARER,
        params: TeamParams,
        headers: IF_MATCH_HEADERS,
        body: RosterRequest,
        response: {
          201: jsonAnswer('The duties written', AppliedRoster),
          ...PROBLEM_RESPONSES,
          ...CHANGE_PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const applied = await applyTeamRoster(deps, {
        caller: callerOfRequest(request),
        teamId: request.params.teamId,
        today: deps.clock.today(),
        at: deps.clock.now(),
        ifMatch: ifMatchVersion(request),
        source: 'api',
        ...request.body,
      });
      withVersion(reply, applied.version);
      return reply.code(201).send(applied);
    },
  );
}
