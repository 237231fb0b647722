import Type, { type Static, type TSchema } from 'typebox';

// Schemas shared by the HR API's routes. Their descriptions become the OpenAPI document; their
// patterns are what Fastify checks before any handler (and so any SQL) runs.

/**
 * A reference to a named schema (one with an `$id`, added once with app.addSchema: see
 * named-schemas.ts). The OpenAPI document shows it as `#/components/schemas/<$id>`, so a generated
 * client gets a named type instead of an anonymous copy at every use; the handler is still typed
 * with the schema's shape.
 */
export function ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new TypeError('ref() needs a schema with an $id');
  return Type.Unsafe<Static<T>>(Type.Ref(id));
}

export const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';
export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
export const TEAM_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
export const PERSON_ID_PATTERN =
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** What to say instead of "must match pattern ...", per pattern. */
export const PATTERN_HINTS: Record<string, string> = {
  [MONTH_PATTERN]: 'must be a month written YYYY-MM, such as 2026-11',
  [DATE_PATTERN]: 'must be a date written YYYY-MM-DD, such as 2026-12-07',
  [TEAM_ID_PATTERN]: 'must be a team id of the organisation file: lower-case letters, digits and hyphens',
  [PERSON_ID_PATTERN]: "must be a person's Entra object id (a GUID)",
};

/**
 * A JSON answer whose body is a named schema. Written with `content`, so that the document keeps
 * the `$ref` (a bare `$ref` as the response schema is inlined by @fastify/swagger).
 */
export function jsonAnswer<T extends TSchema>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema: ref(schema) } } };
}

export const Month = Type.String({
  pattern: MONTH_PATTERN,
  description: 'A calendar month, YYYY-MM.',
  examples: ['2026-11'],
});

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'urn:telework:error:<code>' }),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({
      description: 'Stable error code from the error catalogue, e.g. AUTH_INVALID_TOKEN.',
    }),
    detail: Type.String({ description: 'What went wrong and what to do, for people.' }),
    params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
  },
  {
    $id: 'Problem',
    additionalProperties: true,
    description: 'RFC 9457 problem details (application/problem+json).',
  },
);

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref(Problem) } },
});

/** The error answers every authenticated route can give, for the OpenAPI document. */
export const PROBLEM_RESPONSES = {
  400: problem('A parameter is not valid; `detail` names it.'),
  401: problem('No valid token (AUTH_MISSING_TOKEN, AUTH_INVALID_TOKEN with the reason).'),
  403: problem('The token is valid but may not do this (FORBIDDEN_ROLE, FORBIDDEN_TEAM, FORBIDDEN_PERSON).'),
  404: problem('The team or person does not exist.'),
  429: problem('Too many requests from this caller (RATE_LIMITED); see Retry-After.'),
};

export const BEARER = [{ entraIdBearer: [] }];
