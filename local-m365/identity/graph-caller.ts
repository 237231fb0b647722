/**
 * Who is calling the local Graph, as its bearer token says. Like Microsoft Graph: an application
 * token (client credentials) carries application permissions in `roles`; a user token (delegated)
 * carries the signed-in user's object id and the delegated scopes in `scp`.
 */
export type GraphCaller =
  | { kind: 'app'; appId: string; tenantId: string; roles: string[] }
  | { kind: 'user'; userId: string; tenantId: string; scopes: string[] };

/**
 * Verifies an Authorization header value ("Bearer eyJ...") for the Graph audience. Throws
 * InvalidGraphTokenError when the token is missing, expired, for another audience or forged.
 */
export type GraphTokenVerifier = (authorization: string | undefined) => Promise<GraphCaller>;

export class InvalidGraphTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidGraphTokenError';
  }
}
