import type { FastifyInstance } from 'fastify';

/** GET /healthz: the process is up and has finished booting (store migrated, organisation loaded). */
export function registerHealthRoutes(app: FastifyInstance): void {
  app.get(
    '/healthz',
    {
      schema: {
        response: {
          200: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] },
        },
      },
    },
    async () => ({ status: 'ok' }),
  );
}
