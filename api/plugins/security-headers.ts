import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Helmet's headers on every answer (HSTS, nosniff, frame-ancestors, referrer policy...). Its
 * default Content-Security-Policy already lets Swagger UI 5 run: the page loads its scripts and
 * styles from /docs/static (same origin, no inline script) and styles itself inline, which
 * style-src allows. Two changes: images only from here and data: URLs (no validator badge), and
 * no upgrade-insecure-requests, which would send local mode's http://127.0.0.1 page to https.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
  });
}
