import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import {
  listParkedCalendarChanges,
  type ParkedCalendarChanges,
  requeueParkedCalendarChanges,
} from '../../core/use-cases/parked-calendar-changes.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, PROBLEM_RESPONSES } from '../schemas/common-schemas.js';

const Parked = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('entry'), Type.Literal('duty')]),
  entityId: Type.String({ description: 'The telework entry or permanence duty' }),
  target: Type.Union([Type.Literal('person'), Type.Literal('team')], {
    description: "The person's own calendar, or the team's permanence calendar",
  }),
  reason: Type.String({ description: 'Why Graph refused it, e.g. the mailbox does not exist' }),
  parkedAt: Type.String({ format: 'date-time' }),
  attempts: Type.Integer(),
});

const RequeueBody = Type.Object(
  {
    ids: Type.Union(
      [Type.Literal('all'), Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 1000 })],
      {
        description: '"all", or the ids of the parked changes to send again',
      },
    ),
  },
  { additionalProperties: false },
);

/** GET /admin/calendar-sync/parked and POST /admin/calendar-sync/requeue (Admin). */
export function registerCalendarSyncAdminRoutes(
  app: FastifyInstance,
  deps: { calendarSync: ParkedCalendarChanges },
): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/admin/calendar-sync/parked',
    {
      schema: {
        summary: 'Calendar changes that could not reach Outlook, with the reason (Admin)',
        tags: ['admin'],
        security: BEARER,
        response: { 200: Type.Object({ parked: Type.Array(Parked) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({ parked: await listParkedCalendarChanges(deps, callerOfRequest(request)) }),
  );
  api.post(
    '/admin/calendar-sync/requeue',
    {
      schema: {
        summary: 'Send parked calendar changes again, once their cause is fixed (Admin)',
        tags: ['admin'],
        security: BEARER,
        body: RequeueBody,
        response: { 200: Type.Object({ requeued: Type.Integer() }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({
      requeued: await requeueParkedCalendarChanges(deps, callerOfRequest(request), request.body.ids),
    }),
  );
}
