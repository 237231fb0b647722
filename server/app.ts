import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { type HrApiDeps, registerHrApi } from '../api/hr-api.js';
import { registerOpenApi } from '../api/plugins/openapi.js';
import { frameworkErrors, registerProblemDetails } from '../api/plugins/problem-details.js';
import { requestValidation } from '../api/plugins/request-validation.js';
import { registerSecurityHeaders } from '../api/plugins/security-headers.js';
import { type WebPagesOptions, webPages } from '../api/plugins/web-pages.js';
import { registerBotMessagesRoute } from '../api/routes/bot-messages.js';
import { registerHealthRoutes } from '../api/routes/health.js';
import { registerLocalSignInRoutes } from '../api/routes/local-sign-in.js';
import { registerReadinessRoute } from '../api/routes/readiness.js';
import { registerNamedSchemas } from '../api/schemas/named-schemas.js';
import type { ReadinessCheck } from '../core/health/readiness-check.js';
import type { LocalGraphOptions } from '../local-m365/graph/local-graph-options.js';
import type { Config } from './config.js';
import { lazySchemaCompilers } from './lazy-schema-compilers.js';

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
  const app = createApp(config);
  registerServices(app, services);
  return app;
}

/** The application and its logger, without routes: the composition root hands app.log around first. */
export function createApp(
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'trustProxy'>>,
): FastifyInstance {
  const app = Fastify({
    logger: { level: config.logLevel },
    // X-Forwarded-For is believed only from the proxies the configuration names (TRUST_PROXY):
    // otherwise any client could pick the address the rate limit counts it under.
    trustProxy: config.trustProxy ?? false,
    // Bodies checked as sent (request-validation.ts), each route compiled on its first request.
    schemaController: { compilersFactory: lazySchemaCompilers(requestValidation().compilersFactory) },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // The API speaks JSON: a text/plain body is 415 UNSUPPORTED_MEDIA_TYPE rather than a string
  // handed to a route that expects an object. (The local Graph sets its own parsers.)
  app.removeContentTypeParser('text/plain');
  registerProblemDetails(app);
  registerSecurityHeaders(app);
  // Before the routes, which are registered as plugins so that they load after it: see openapi.ts.
  registerNamedSchemas(app);
  registerOpenApi(app);
  return app;
}

/** The routes, each given the services it uses. */
export function registerServices(app: FastifyInstance, services: AppServices): void {
  app.register(async (scope) => {
    registerHealthRoutes(scope);
    registerReadinessRoute(scope, services.readiness ?? []);
    if (services.localSignIn) registerLocalSignInRoutes(scope, services.localSignIn);
  });
  if (services.hrApi) registerHrApi(app, services.hrApi);
  const { bot, localGraph: graphOptions } = services;
  if (bot) app.register(async (scope) => registerBotMessagesRoute(scope, bot));
  if (graphOptions)
    // Imported here, so that production (which has no local Graph) never loads it.
    app.register(
      async (scope) => {
        const { localGraph } = await import('../local-m365/graph/local-graph-plugin.js');
        await localGraph(scope, graphOptions);
      },
      { prefix: '/graph/v1.0' },
    );
  if (services.webPages) app.register(webPages, services.webPages);
}
