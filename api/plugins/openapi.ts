import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * What the document describes: the HR API and the probes. The rest is not an API for clients of
 * ours: the Bot Framework's endpoint (/api/messages, its contract is Microsoft's), local mode's
 * sign-in (/local) and local Graph (/graph, a stand-in for Microsoft's, whose catch-all routes are
 * not valid OpenAPI). An allow-list, so that a route added later is hidden until it is meant to be public.
 */
const PUBLIC_ROUTE = /^\/(api\/v1\/|healthz$|readyz$)/;

function isDocumentedRoute(url: string): boolean {
  return PUBLIC_ROUTE.test(url);
}

/**
 * The OpenAPI document, generated from the routes' schemas, at /docs/json (and /docs/yaml), and
 * Swagger UI at /docs. Registered before any route so that every route is seen. Shared schemas
 * (named-schemas.ts) become components.schemas under their own `$id`.
 */
export function registerOpenApi(app: FastifyInstance): void {
  app.register(swagger, {
    transform: ({ schema, url }) => ({
      schema: isDocumentedRoute(url) ? schema : { ...schema, hide: true },
      url,
    }),
    refResolver: {
      // The default names them def-0, def-1...: a generated client would too.
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
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
        { name: 'admin', description: 'Calendar changes Outlook refused, for the administrator' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
    },
  });
  const staticFiles = swaggerUiStaticFiles();
  app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { validatorUrl: null },
    baseDir: staticFiles,
    logo: { type: 'image/svg+xml', content: readFileSync(join(staticFiles, 'logo.svg')) },
  });
}

/**
 * Swagger UI's files, in its package. The server is bundled (scripts/bundle-server.mjs) with
 * @fastify/swagger-ui inside: unbundled, it loaded its own copies of @fastify/static, glob and
 * yaml at each start. Bundled, it cannot find its files from __dirname, so they are named here
 * (baseDir, and the logo it would read beside itself), as its README's "Bundling" says.
 */
function swaggerUiStaticFiles(): string {
  const packageJson = createRequire(import.meta.url).resolve('@fastify/swagger-ui/package.json');
  return join(dirname(packageJson), 'static');
}
