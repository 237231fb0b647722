import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document, generated from the routes' schemas, at /docs/json (and /docs/yaml), and
 * Swagger UI at /docs. Registered before any route so that every route is seen.
 */
export function registerOpenApi(app: FastifyInstance): void {
  app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Telework HR API',
        version: '1',
        description:
          'Monthly telework tallies, the payroll and time-registration files, and closing months, for the ' +
          'HR of Belgian public employers. Errors are application/problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          entraIdBearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'An access token from Microsoft Entra ID for the API (in local mode: POST /local/token with ' +
              '{"upn": "...", "resource": "api"}). App roles in the roles claim: HR, Manager, Admin.',
          },
        },
      },
      tags: [
        { name: 'tallies', description: 'Telework days, hours and allowance per person and month' },
        { name: 'files', description: 'CSV files for payroll and the time registration' },
        { name: 'months', description: 'Closing months' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
    },
  });
  app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } });
}
