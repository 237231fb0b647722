import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Microsoft's OpenAPI description of the Graph calendar API (shared/graph/Calendar.yml, next to
 * the repository root), parsed once per process: it is 800 kB and YAML takes about a second to
 * read. Test files run in separate workers, so the parsed document is also kept as JSON in the
 * temporary directory, under the SHA-256 of the YAML it came from (a changed file is re-read).
 */
export const DEFAULT_SPEC_URL = new URL('../../../shared/graph/Calendar.yml', import.meta.url);

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

export function loadCalendarSpec(spec: string | URL = DEFAULT_SPEC_URL): CalendarSpec {
  const file = spec instanceof URL ? fileURLToPath(spec) : spec;
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(file))
    throw new Error(
      `Graph contract: ${file} is missing. It is Microsoft's Calendar.yml (OpenAPI of the Graph calendar API), ` +
        'expected at ../shared/graph/Calendar.yml relative to the repository root (see shared/graph/README.md).',
    );
  const document = readDocument(file);
  if (!document.paths || !document.components?.schemas)
    throw new Error(`Graph contract: ${file} has no paths or components.schemas; is it Calendar.yml?`);
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
  const yaml = readFileSync(file, 'utf8');
  const digest = createHash('sha256').update(yaml).digest('hex').slice(0, 32);
  const cached = join(tmpdir(), `local-graph-calendar-${digest}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as OpenApiDocument;
  } catch {
    // Not cached yet (or unreadable): parse the YAML and try to leave the JSON for the next process.
  }
  const document = parse(yaml) as OpenApiDocument;
  try {
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(document));
    renameSync(partial, cached);
  } catch {
    // A read-only temporary directory only costs the next process a second.
  }
  return document;
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
