import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerProblemDetails } from '../api/plugins/problem-details.js';
import { registerHealthRoutes } from '../api/routes/health.js';
import { registerLocalSignInRoutes } from '../api/routes/local-sign-in.js';
import type { Config } from './config.js';

export interface AppServices {
  /** Local mode only: GET /local/users and POST /local/token. */
  localSignIn?: Parameters<typeof registerLocalSignInRoutes>[1];
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
  registerHealthRoutes(app);
  if (services.localSignIn) registerLocalSignInRoutes(app, services.localSignIn);
  return app;
}
