import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

/**
 * How Fastify validates requests. Its default Ajv coerces types and drops unknown properties,
 * which is right for a query string (everything in a URL is text: `page=2` must become 2) and
 * wrong for a JSON body: `{"ids": 5}` became `["5"]` and a typo in a property name vanished
 * silently. So a body is checked exactly as sent (no coercion; an unknown property is refused
 * where the schema says additionalProperties: false); the query string, the path and the headers
 * keep Fastify's defaults. Both are Fastify's own compiler (@fastify/ajv-compiler), with its
 * formats.
 */
export function requestValidation(): NonNullable<FastifyServerOptions['schemaController']> {
  const factory = AjvCompiler();
  return {
    compilersFactory: {
      buildValidator(externalSchemas, ajvOptions) {
        // The app sets no JTD mode, so the options are Ajv's.
        const customOptions = (ajvOptions?.customOptions ?? {}) as AjvCompiler.Options;
        const plugins = ajvOptions?.plugins ?? [];
        const fromText = factory(externalSchemas, { customOptions, plugins });
        const exact = factory(externalSchemas, {
          customOptions: { ...customOptions, coerceTypes: false, removeAdditional: false },
          plugins,
        });
        // The compilers take the whole route definition ({ schema, httpPart, ... }), whatever
        // their declared type says: that is how Fastify calls them.
        return (route) => {
          const compile = route.httpPart === 'body' ? exact : fromText;
          return (compile as unknown as (definition: typeof route) => ReturnType<typeof exact>)(route);
        };
      },
    },
  };
}
