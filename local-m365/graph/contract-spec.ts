import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRIMMED_SPEC_URL } from './contract-spec-source.js';

/**
 * Microsoft's OpenAPI description of the Graph calendar API, trimmed to what the local Graph
 * serves (vendor/microsoft-graph/), parsed once per process. Only the contract checker reads it:
 * the product's local Graph runs without it, production never loads it.
 */
export const DEFAULT_SPEC_URL = TRIMMED_SPEC_URL;

export type JsonSchema = Record<string, unknown>;

export interface OpenApiOperation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface CalendarSpec {
  file: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  /** components.schemas, prepared for a JSON Schema validator (see prepareSchemas). */
  schemas: Record<string, JsonSchema>;
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

const cache = new Map<string, CalendarSpec>();

/** The spec as JSON (what scripts/trim-calendar-spec.ts writes); a file that cannot be used is one line naming it. */
export function loadCalendarSpec(spec: string | URL = DEFAULT_SPEC_URL): CalendarSpec {
  const file = spec instanceof URL ? fileURLToPath(spec) : spec;
  const cached = cache.get(file);
  if (cached) return cached;
  const document = readDocument(file);
  if (!document.paths || !document.components?.schemas)
    throw new Error(
      `Graph contract: ${file} has no paths or components.schemas; re-create it with scripts/trim-calendar-spec.ts.`,
    );
  const loaded: CalendarSpec = {
    file,
    paths: document.paths,
    schemas: prepareSchemas(document.components.schemas),
    responses: document.components.responses ?? {},
  };
  cache.set(file, loaded);
  return loaded;
}

interface OpenApiDocument {
  paths?: CalendarSpec['paths'];
  components?: { schemas?: Record<string, JsonSchema>; responses?: CalendarSpec['responses'] };
}

function readDocument(file: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'cannot be read';
    throw new Error(
      `Graph contract: ${file} ${reason}; it is Microsoft's Calendar.yml trimmed by scripts/trim-calendar-spec.ts (see vendor/microsoft-graph/README.md).`,
    );
  }
  try {
    return JSON.parse(text) as OpenApiDocument;
  } catch {
    throw new Error(`Graph contract: ${file} is not JSON; re-create it with scripts/trim-calendar-spec.ts.`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Two adjustments, everything else kept as Microsoft wrote it:
 * - `additionalProperties: {type: object}` is dropped everywhere. The README explains it for allOf
 *   parts (read literally it rejects every inherited property); the same generator convention on
 *   standalone types would also reject what Graph really sends, e.g. the string members of
 *   innerError ("date", "request-id") or "@odata.deltaLink" on a collection. It means "open type".
 * - A property that is a bare `$ref` to an object type also accepts null: Graph answers
 *   `"recurrence": null`, `"onlineMeeting": null`, which OpenAPI 3.0 cannot say next to a $ref.
 *   Enums ($ref to a string type such as freeBusyStatus) stay strict.
 */
export function prepareSchemas(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const isObjectType = (ref: string) => {
    const target = schemas[ref.replace('#/components/schemas/', '')];
    return isObject(target) && (target.type === 'object' || Array.isArray(target.allOf));
  };
  const prepare = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(prepare);
    if (!isObject(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'additionalProperties') continue;
      if (key === 'properties' && isObject(value)) {
        copy.properties = Object.fromEntries(
          Object.entries(value).map(([name, property]) => {
            const prepared = prepare(property);
            const ref = isObject(prepared) && Object.keys(prepared).length === 1 ? prepared.$ref : undefined;
            return [
              name,
              typeof ref === 'string' && isObjectType(ref)
                ? { anyOf: [prepared, { type: 'null' }] }
                : prepared,
            ];
          }),
        );
      } else copy[key] = prepare(value);
    }
    return copy;
  };
  return prepare(schemas) as Record<string, JsonSchema>;
}

/**
 * The properties a schema declares, through $ref and allOf: what the closed-world check uses to
 * flag names Graph would refuse (RequestBodyRead) or does not send.
 */
export function declaredProperties(
  spec: CalendarSpec,
  schema: unknown,
  seen = new Set<unknown>(),
): Map<string, unknown> {
  const declared = new Map<string, unknown>();
  if (!isObject(schema) || seen.has(schema)) return declared;
  seen.add(schema);
  if (typeof schema.$ref === 'string') {
    const target = spec.schemas[schema.$ref.replace('#/components/schemas/', '')];
    return declaredProperties(spec, target, seen);
  }
  for (const part of [
    ...(Array.isArray(schema.allOf) ? schema.allOf : []),
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
  ])
    for (const [name, property] of declaredProperties(spec, part, seen)) declared.set(name, property);
  if (isObject(schema.properties))
    for (const [name, property] of Object.entries(schema.properties)) declared.set(name, property);
  return declared;
}

/**
 * Names that no schema on the way declares: Graph refuses them in requests (RequestBodyRead) and
 * never sends them. Annotations ("@odata.etag", "@removed") are not properties; a type that
 * declares nothing (innerError) is open.
 */
export function undeclaredProperties(
  spec: CalendarSpec,
  schema: unknown,
  value: unknown,
  path = '',
): Array<{ jsonPath: string; message: string }> {
  if (Array.isArray(value)) {
    if (isObject(schema) && typeof schema.$ref === 'string')
      return undeclaredProperties(
        spec,
        spec.schemas[schema.$ref.replace('#/components/schemas/', '')],
        value,
        path,
      );
    const items = isObject(schema) && isObject(schema.items) ? schema.items : undefined;
    return items
      ? value.flatMap((item, index) => undeclaredProperties(spec, items, item, `${path}/${index}`))
      : [];
  }
  if (!isObject(value)) return [];
  const declared = declaredProperties(spec, schema);
  if (declared.size === 0) return [];
  return Object.entries(value).flatMap(([name, member]) => {
    if (name.includes('@')) return [];
    const property = declared.get(name);
    if (property === undefined)
      return [{ jsonPath: `${path}/${name}`, message: 'is not a property of the type' }];
    return undeclaredProperties(spec, property, member, `${path}/${name}`);
  });
}
