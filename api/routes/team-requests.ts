import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { decideRequestFromApi, pendingTeamRequests } from '../../core/use-cases/team-requests.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES, Problem, ref } from '../schemas/common-schemas.js';
import {
  DecidedRequest,
  DecisionRequest,
  EntryParams,
  PendingRequestList,
  RequestsQuery,
  TeamParams,
} from '../schemas/planning-schemas.js';
import type { PlanningRouteDeps } from './planning-deps.js';

/** GET /teams/{id}/requests?status=pending and POST /requests/{entryId}/decision. */
export function registerTeamRequestRoutes(app: FastifyInstance, deps: PlanningRouteDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/teams/:teamId/requests',
    {
      schema: {
        summary: "The team's pending telework requests, from today on",
        tags: ['permanence'],
        security: BEARER,
        params: TeamParams,
        querystring: RequestsQuery,
        response: { 200: jsonAnswer('The pending requests', PendingRequestList), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const call = {
        caller: callerOfRequest(request),
        teamId: request.params.teamId,
        today: deps.clock.today(),
      };
      const { teamId, requests } = await pendingTeamRequests(deps, call);
      return {
        teamId,
        requests: requests.map(({ id, updatedAt: _, status: __, ...entry }) => ({ entryId: id, ...entry })),
      };
    },
  );

  api.post(
    '/requests/:entryId/decision',
    {
      schema: {
        summary: 'Approve or reject a pending request, as on the approval card',
        description:
          'The approvers the policy named, or HR; never one’s own request. The reason is kept in the ledger; ' +
          'the requester is told in Teams.',
        tags: ['permanence'],
        security: BEARER,
        params: EntryParams,
        body: DecisionRequest,
        response: {
          200: jsonAnswer('The request, decided', DecidedRequest),
          ...PROBLEM_RESPONSES,
          409: {
            description: 'ENTRY_NOT_PENDING',
            content: { 'application/problem+json': { schema: ref(Problem) } },
          },
        },
      },
    },
    async (request) => {
      const caller = callerOfRequest(request);
      const call = { caller, entryId: request.params.entryId, at: deps.clock.now(), ...request.body };
      const entry = await decideRequestFromApi(deps, call);
      return { entryId: entry.id, status: entry.status as 'accepted' | 'refused', decidedBy: caller.id };
    },
  );
}
