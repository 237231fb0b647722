import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { type HrApiDeps, registerHrApi } from '../api/hr-api.js';
import { registerOpenApi } from '../api/plugins/openapi.js';
import { registerProblemDetails } from '../api/plugins/problem-details.js';
import { registerSecurityHeaders } from '../api/plugins/security-headers.js';
import { type WebPagesOptions, webPages } from '../api/plugins/web-pages.js';
import { registerBotMessagesRoute } from '../api/routes/bot-messages.js';
import { registerHealthRoutes } from '../api/routes/health.js';
import { registerLocalSignInRoutes } from '../api/routes/local-sign-in.js';
import { registerReadinessRoute } from '../api/routes/readiness.js';
import { registerNamedSchemas } from '../api/schemas/named-schemas.js';
import type { ReadinessCheck } from '../core/health/readiness-check.js';
import { type LocalGraphOptions, localGraph } from '../local-m365/graph/index.js';
import type { Config } from './config.js';

export interface AppServices {
  /** Local mode only: GET /local/users and POST /local/token. */
  localSignIn?: Parameters<typeof registerLocalSignInRoutes>[1];
  /** What GET /readyz checks: the database, and whatever else is added beside it. */
  readiness?: ReadinessCheck[];
  /** The HR API under /api/v1 (tallies, payroll and timesheet files, months). */
  hrApi?: HrApiDeps;
  /** The Teams bot at POST /api/messages. */
  bot?: Parameters<typeof registerBotMessagesRoute>[1];
  /** Local mode only: the local Microsoft Graph at /graph/v1.0. */
  localGraph?: LocalGraphOptions;
  /** The Teams tabs and the Outlook add-in's task pane, under /tab/ and /addin/. */
  webPages?: WebPagesOptions;
}

/**
 * The HTTP application, apart from the listening server so tests drive it with app.inject().
 * Routes receive the services they use; nothing here opens a database or reads the environment.
 */
export function buildApp(
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'trustProxy'>>,
  services: AppServices,
): FastifyInstance {
  const app = Fastify({
    logger: { level: config.logLevel },
    // X-Forwarded-For is believed only from the proxies the configuration names (TRUST_PROXY):
    // otherwise any client could pick the address the rate limit counts it under.
    trustProxy: config.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerProblemDetails(app);
  registerSecurityHeaders(app);
  // Before the routes, which are registered as plugins so that they load after it: see openapi.ts.
  registerNamedSchemas(app);
  registerOpenApi(app);
  app.register(async (scope) => {
    registerHealthRoutes(scope);
    registerReadinessRoute(scope, services.readiness ?? []);
    if (services.localSignIn) registerLocalSignInRoutes(scope, services.localSignIn);
  });
  if (services.hrApi) registerHrApi(app, services.hrApi);
  const { bot, localGraph: graphOptions } = services;
  if (bot) app.register(async (scope) => registerBotMessagesRoute(scope, bot));
  if (graphOptions) app.register(localGraph, { ...graphOptions, prefix: '/graph/v1.0' });
  if (services.webPages) app.register(webPages, services.webPages);
  return app;
}
