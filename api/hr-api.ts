import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { LocalDate } from '../core/calendar/local-date.js';
import { DomainError } from '../core/errors/error-catalogue.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import type { Organisation } from '../core/organisation/organisation.js';
import type { ParkedCalendarChanges } from '../core/use-cases/parked-calendar-changes.js';
import { authenticate, rateLimitKey } from './auth/authenticate.js';
import type { TokenTrust } from './auth/bearer-token.js';
import { registerCalendarSyncAdminRoutes } from './routes/calendar-sync-admin.js';
import { registerCrisisRoutes } from './routes/crisis.js';
import { registerCrisisLoanRoutes } from './routes/crisis-loans.js';
import { registerMonthFileRoutes } from './routes/month-files.js';
import { registerMonthRoutes } from './routes/months.js';
import { type MyTeleworkDeps, registerMyTeleworkRoutes } from './routes/my-telework.js';
import type { PlanningRouteDeps } from './routes/planning-deps.js';
import { registerTallyRoutes } from './routes/tallies.js';
import { registerTeamPlanningRoutes } from './routes/team-planning.js';
import { registerTeamRequestRoutes } from './routes/team-requests.js';
import { registerTeamRosterRoutes } from './routes/team-roster.js';

export interface HrApiDeps {
  organisation: Organisation;
  store: Pick<
    LedgerStore,
    | 'countedDays'
    | 'corrections'
    | 'closedMonths'
    | 'closeMonth'
    | 'crisisPeriods'
    | 'startCrisis'
    | 'endCrisis'
    | 'crisisLoans'
    | 'getLoan'
    | 'decideLoan'
  >;
  clock: { now(): string; today(): LocalDate };
  /** Whose tokens are accepted: Entra ID's, or the local identity provider's. */
  tokens: TokenTrust;
  /** The calendar outbox's parked changes, for the Admin routes; absent: no such routes. */
  calendarSync?: ParkedCalendarChanges;
  /** The permanence planning routes (/teams...); absent: no such routes. */
  planning?: Pick<PlanningRouteDeps, 'calendar' | 'tellRequester' | 'tellOnDuty'> & {
    store: Pick<LedgerStore, 'planTeam' | 'activeEntries' | 'getEntry' | 'decideEntry'>;
  };
  /** The personal tab's routes (/me/week, /me/days); absent: no such routes. */
  myTelework?: MyTeleworkDeps;
  /** Requests per caller and minute before 429 (default 300). */
  rateLimitPerMinute?: number;
}

const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;

/**
 * The HR API under /api/v1: every route needs a valid token; each caller (the token's oid, or
 * the client address while no valid token is shown) has a budget of requests per minute. The
 * answers hold personal data: no cache keeps them.
 */
export function registerHrApi(app: FastifyInstance, deps: HrApiDeps): void {
  app.register(
    async (scope) => {
      // Order matters: the token is read (onRequest), then the rate limit counts under the
      // caller's key (a route-level onRequest, so after), then the refusal of a bad token
      // (preParsing) — failed attempts are counted too.
      authenticate(scope, { trust: deps.tokens, organisation: deps.organisation });
      await scope.register(rateLimit, {
        max: deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
        timeWindow: 60_000,
        hook: 'onRequest',
        keyGenerator: rateLimitKey,
        errorResponseBuilder: (_request, context) =>
          new DomainError('RATE_LIMITED', { after: context.after }),
      });
      scope.addHook('onSend', async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      });
      registerTallyRoutes(scope, deps);
      registerMonthFileRoutes(scope, deps);
      registerMonthRoutes(scope, deps);
      registerCrisisRoutes(scope, deps);
      registerCrisisLoanRoutes(scope, deps);
      const { calendarSync, planning } = deps;
      if (calendarSync) registerCalendarSyncAdminRoutes(scope, { calendarSync });
      if (planning) {
        const planningDeps = { ...planning, organisation: deps.organisation, clock: deps.clock };
        registerTeamPlanningRoutes(scope, planningDeps);
        registerTeamRosterRoutes(scope, planningDeps);
        registerTeamRequestRoutes(scope, planningDeps);
      }
      if (deps.myTelework) registerMyTeleworkRoutes(scope, deps.myTelework);
    },
    { prefix: '/api/v1' },
  );
}
