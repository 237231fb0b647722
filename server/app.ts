import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { type HrApiDeps, registerHrApi } from '../api/hr-api.js';
import { registerOpenApi } from '../api/plugins/openapi.js';
import { registerProblemDetails } from '../api/plugins/problem-details.js';
import { registerSecurityHeaders } from '../api/plugins/security-headers.js';
import { registerHealthRoutes } from '../api/routes/health.js';
import { registerLocalSignInRoutes } from '../api/routes/local-sign-in.js';
import { registerReadinessRoute } from '../api/routes/readiness.js';
import type { ReadinessCheck } from '../core/health/readiness-check.js';
import type { Config } from './config.js';

export interface AppServices {
  /** Local mode only: GET /local/users and POST /local/token. */
  localSignIn?: Parameters<typeof registerLocalSignInRoutes>[1];
  /** What GET /readyz checks: the database, and whatever else is added beside it. */
  readiness?: ReadinessCheck[];
  /** The HR API under /api/v1 (tallies, payroll and timesheet files, months). */
  hrApi?: HrApiDeps;
}

/**
 * The HTTP application, apart from the listening server so tests drive it with app.inject().
 * Routes receive the services they use; nothing here opens a database or reads the environment.
 */
export function buildApp(config: Pick<Config, 'logLevel'>, services: AppServices): FastifyInstance {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Behind Azure's front door or a reverse proxy the client address comes in X-Forwarded-For.
    trustProxy: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerProblemDetails(app);
  registerSecurityHeaders(app);
  // Before the routes, which are registered as plugins so that they load after it: see openapi.ts.
  registerOpenApi(app);
  app.register(async (scope) => {
    registerHealthRoutes(scope);
    registerReadinessRoute(scope, services.readiness ?? []);
    if (services.localSignIn) registerLocalSignInRoutes(scope, services.localSignIn);
  });
  if (services.hrApi) registerHrApi(app, services.hrApi);
  return app;
}
