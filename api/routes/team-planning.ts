import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { plannableTeams, readableTeams, requireSomeTeams } from '../../core/access/team-access.js';
import type { Organisation, Team } from '../../core/organisation/organisation.js';
import { membersOf } from '../../core/permanence/presence.js';
import {
  assignTeamDuty,
  readTeamCoverage,
  removeTeamDuty,
  type TeamPlanningDeps,
} from '../../core/use-cases/plan-team-duties.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { ifMatchVersion, withVersion } from '../if-match.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES } from '../schemas/common-schemas.js';
import {
  Duty,
  DutyParams,
  DutyRequest,
  PeriodQuery,
  PlannableTeamList,
  TeamCoverage,
  TeamParams,
  VisibleTeamList,
} from '../schemas/planning-schemas.js';
import type { PlanningRouteDeps } from './planning-deps.js';
import { CHANGE_PROBLEMS, IF_MATCH_HEADERS } from './planning-responses.js';

const TAGS = ['permanence'];

/** A team as the planning routes show it: its rules and its members by name. */
function teamShown(team: Team, organisation: Pick<Organisation, 'people'>) {
  return {
    teamId: team.id,
    name: team.name,
    managers: team.managers,
    ...(team.permanenceMailbox ? { permanenceMailbox: team.permanenceMailbox } : {}),
    rules: team.permanence,
    members: membersOf(team, organisation.people).map((p) => ({
      personId: p.id,
      displayName: p.displayName,
      function: p.function,
    })),
  };
}

/** GET /teams, GET /me/teams, GET /teams/{id}/coverage, POST /teams/{id}/duties, DELETE /teams/{id}/duties/{dutyId}. */
export function registerTeamPlanningRoutes(app: FastifyInstance, deps: PlanningRouteDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const planning: TeamPlanningDeps = deps;
  const change = (request: Parameters<typeof ifMatchVersion>[0]) => ({
    caller: callerOfRequest(request),
    today: deps.clock.today(),
    at: deps.clock.now(),
    ifMatch: ifMatchVersion(request),
    source: 'api' as const,
  });

  api.get(
    '/teams',
    {
      schema: {
        summary: 'The teams whose permanence you may plan, with their rules',
        description: 'A manager: the teams they manage; HR and Admin: every team.',
        tags: TAGS,
        security: BEARER,
        response: { 200: jsonAnswer('The teams', PlannableTeamList), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({
      teams: requireSomeTeams(callerOfRequest(request), deps.organisation).map((team) =>
        teamShown(team, deps.organisation),
      ),
    }),
  );

  api.get(
    '/me/teams',
    {
      schema: {
        summary: 'The teams whose week you may see, and whether you may plan each',
        description:
          'Your own teams (their week, read only) and the teams you may plan (GET /teams). ' +
          'Everyone with a place in the organisation may ask; a caller of no team gets an empty list.',
        tags: TAGS,
        security: BEARER,
        response: { 200: jsonAnswer('The teams', VisibleTeamList), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const caller = callerOfRequest(request);
      const planned = plannableTeams(caller, deps.organisation);
      return {
        teams: readableTeams(caller, deps.organisation).map((team) => ({
          ...teamShown(team, deps.organisation),
          mayPlan: planned.includes(team),
        })),
      };
    },
  );

  api.get(
    '/teams/:teamId/coverage',
    {
      schema: {
        summary: "The team's permanence per half day over a period (at most 93 days)",
        description:
          'Who is on site, teleworks, has a pending request, is on duty or does not work; the minimums; the ' +
          'conflicts. The ETag is the team’s version: send it in If-Match to change the planning.',
        tags: TAGS,
        security: BEARER,
        params: TeamParams,
        querystring: PeriodQuery,
        response: { 200: jsonAnswer('The coverage', TeamCoverage), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const { teamId } = request.params;
      const call = { caller: callerOfRequest(request), teamId, today: deps.clock.today(), ...request.query };
      const coverage = await readTeamCoverage(planning, call);
      withVersion(reply, coverage.version);
      return coverage;
    },
  );

  api.post(
    '/teams/:teamId/duties',
    {
      schema: {
        summary: 'Plan one duty (If-Match: the team version)',
        tags: TAGS,
        security: BEARER,
        params: TeamParams,
        headers: IF_MATCH_HEADERS,
        body: DutyRequest,
        response: { 201: jsonAnswer('The duty, planned', Duty), ...PROBLEM_RESPONSES, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      const input = { ...change(request), teamId: request.params.teamId, duty: request.body };
      const { duty, version } = await assignTeamDuty(planning, input);
      withVersion(reply, version);
      return reply.code(201).send(duty);
    },
  );

  api.delete(
    '/teams/:teamId/duties/:dutyId',
    {
      schema: {
        summary: 'Remove one duty (If-Match: the team version)',
        tags: TAGS,
        security: BEARER,
        params: DutyParams,
        headers: IF_MATCH_HEADERS,
        response: { 204: { description: 'Removed', type: 'null' }, ...PROBLEM_RESPONSES, ...CHANGE_PROBLEMS },
      },
    },
    async (request, reply) => {
      const input = { ...change(request), ...request.params };
      const { version } = await removeTeamDuty(planning, input);
      withVersion(reply, version);
      return reply.code(204).send(null);
    },
  );
}
