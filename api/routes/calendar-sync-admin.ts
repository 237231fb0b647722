import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  listParkedCalendarChanges,
  type ParkedCalendarChanges,
  requeueParkedCalendarChanges,
} from '../../core/use-cases/parked-calendar-changes.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { ParkedCalendarChangeList, RequeueRequest, RequeueResult } from '../schemas/calendar-sync-schemas.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES, ref } from '../schemas/common-schemas.js';

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
        response: {
          200: jsonAnswer('The parked changes, oldest first', ParkedCalendarChangeList),
          ...PROBLEM_RESPONSES,
        },
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
        body: ref(RequeueRequest),
        response: {
          200: jsonAnswer('How many went back to the outbox', RequeueResult),
          ...PROBLEM_RESPONSES,
        },
      },
    },
    async (request) => ({
      requeued: await requeueParkedCalendarChanges(deps, callerOfRequest(request), request.body.ids),
    }),
  );
}
