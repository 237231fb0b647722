import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import type { LocalIdentity } from '../../local-m365/identity/local-identity.js';
import { GRAPH_AUDIENCE } from '../../local-m365/identity/token-claims.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Local mode's sign-in, for trying the product with no tenant: pick a person of the organisation
 * file, get their token. Registered only in local mode, and even then it answers only callers on
 * this machine: the socket's own address is checked, never X-Forwarded-For.
 */
export function registerLocalSignInRoutes(
  app: FastifyInstance,
  deps: {
    organisation: Pick<Organisation, 'people'>;
    identity: Pick<LocalIdentity, 'issueUserToken'>;
    apiAudience: string;
  },
): void {
  const onlyLoopback = async (request: FastifyRequest) => {
    if (!LOOPBACK.has(request.raw.socket.remoteAddress ?? '')) throw new DomainError('LOCAL_ONLY');
  };

  app.get('/local/users', { onRequest: onlyLoopback }, async () =>
    deps.organisation.people.map((person) => ({
      id: person.id,
      upn: person.upn,
      displayName: person.displayName,
      roles: person.roles,
    })),
  );

  app.post(
    '/local/token',
    {
      onRequest: onlyLoopback,
      schema: {
        body: Type.Object(
          {
            upn: Type.String({ minLength: 3, maxLength: 320 }),
            resource: Type.Union([Type.Literal('graph'), Type.Literal('api')]),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { upn, resource } = request.body as { upn: string; resource: 'graph' | 'api' };
      const person = deps.organisation.people.find((candidate) => candidate.upn === upn.toLowerCase());
      if (!person) throw new DomainError('UNKNOWN_UPN', { upn });
      const audience = resource === 'graph' ? GRAPH_AUDIENCE : deps.apiAudience;
      return {
        token_type: 'Bearer',
        expires_in: 3599,
        access_token: await deps.identity.issueUserToken(person, audience),
      };
    },
  );
}
