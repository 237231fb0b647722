import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerProblemDetails } from '../api/plugins/problem-details.js';
import { registerHealthRoutes } from '../api/routes/health.js';
import type { Config } from './config.js';

export type AppServices = Record<string, never>;

/**
 * The HTTP application, apart from the listening server so tests drive it with app.inject().
 * Routes receive the services they use; nothing here opens a database or reads the environment.
 */
export function buildApp(config: Pick<Config, 'logLevel'>, _services: AppServices): FastifyInstance {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Behind Azure's front door or a reverse proxy the client address comes in X-Forwarded-For.
    trustProxy: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerProblemDetails(app);
  registerHealthRoutes(app);
  return app;
}
