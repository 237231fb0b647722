import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
type Validate = ((data: unknown) => unknown) & { errors?: unknown };
type Serialize = (data: unknown) => string;
/** A compilers factory as fastify calls it: schemas added with addSchema and options in, a compiler out. */
type Build<Compiled> = (externalSchemas: unknown, options: unknown) => (route: unknown) => Compiled;

// Fastify's own compilers (ajv, fast-json-stringify), resolved from fastify itself so that they are
// the very versions it would use.
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));
let defaults: { validator: Build<Validate>; serializer: Build<Serialize> } | undefined;
const fastifyDefaults = () => {
  defaults ??= {
    validator: (fromFastify('@fastify/ajv-compiler') as () => Build<Validate>)(),
    serializer: (fromFastify('@fastify/fast-json-stringify-compiler') as () => Build<Serialize>)(),
  };
  return defaults;
};

/**
 * Fastify's default validators and serializers, each compiled on the first request of its route
 * instead of at start: compiling every route's schemas is the largest part of the server's start
 * (about a second on this project's machine), and most routes are not called in its first minute.
 * The schemas and the answers are the same; a route's first request pays its own compilation.
 * (Route schemas declare no headers: fastify lowercases header schemas only for its own compiler.)
 */
export function lazySchemaCompilers(validators: { buildValidator?: unknown } = {}): CompilersFactory {
  // The validators may be the app's own (how it validates: api/plugins/request-validation.ts);
  // this only decides when they compile.
  const eager = validators.buildValidator as Build<Validate> | undefined;
  const buildValidator: Build<Validate> = (externalSchemas, options) => {
    let compile: ((route: unknown) => Validate) | undefined;
    return (route) => {
      let validate: Validate | undefined;
      const lazy: Validate = (data) => {
        compile ??= (eager ?? fastifyDefaults().validator)(externalSchemas, options);
        validate ??= compile(route);
        const result = validate(data);
        // Fastify reads the errors from the function it was given.
        lazy.errors = validate.errors;
        return result;
      };
      return lazy;
    };
  };
  const buildSerializer: Build<Serialize> = (externalSchemas, options) => {
    let compile: ((route: unknown) => Serialize) | undefined;
    return (route) => {
      let serialize: Serialize | undefined;
      return (data) => {
        compile ??= fastifyDefaults().serializer(externalSchemas, options);
        serialize ??= compile(route);
        return serialize(data);
      };
    };
  };
  return { buildValidator, buildSerializer } as unknown as CompilersFactory;
}
