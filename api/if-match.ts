import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The team version a change was prepared against, from `If-Match: "<version>"` (a weak `W/` prefix
 * is dropped: the version is exact either way). Undefined when the header is absent; anything else
 * that is no version (`*`, a list) stays as written and can never match, so it is a 412.
 */
export function ifMatchVersion(request: FastifyRequest): string | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  const quoted = /^(?:W\/)?"([^"]*)"$/.exec(value);
  return quoted ? quoted[1] : value;
}

/** The team's version as the ETag of the answer. */
export function withVersion(reply: FastifyReply, version: string): void {
  reply.header('etag', `"${version}"`);
}
