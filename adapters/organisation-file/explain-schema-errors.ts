/**
 * Turns TypeBox validation errors into problems HR can act on: plain English that says what is
 * wrong and what to write instead, using the `what` / `expected` annotations of the schema
 * (organisation-file-schema.ts). TypeBox's own texts ("must match a schema in anyOf") are never
 * shown alone.
 *
 * Unions are explained by their branch: a mapping is checked again against the branch it was
 * meant for (chosen by a discriminating key such as `period`, or the only mapping branch), so
 * `{ share: 4/5, days: [mon, mun] }` is reported at `days[1]`, not as "not a regime".
 */
import type { TSchema } from 'typebox';
import type { TLocalizedValidationError } from 'typebox/error';
import { Settings } from 'typebox/system';
import Value from 'typebox/value';
import {
  andList,
  didYouMean,
  type FilePath,
  type FileProblem,
  formatPath,
  orList,
  show,
} from './file-problem.js';
import type { Annotated } from './organisation-file-schema.js';

/** TypeBox buffers 8 errors by default; a file with a few mistakes needs them all, in file order. */
const MAX_ERRORS = 500;

function collectErrors(schema: TSchema, value: unknown): TLocalizedValidationError[] {
  const previous = Settings.Get().maxErrors;
  // Synchronous, so no other validation can run while the limit is raised.
  Settings.Set({ maxErrors: MAX_ERRORS });
  try {
    return Value.Errors(schema, value);
  } finally {
    Settings.Set({ maxErrors: previous });
  }
}

type Json = Record<string, unknown>;

function isMapping(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema node a TypeBox `schemaPath` ("#/properties/people/items") names. */
function schemaAt(schema: TSchema, schemaPath: string): Annotated {
  let node: unknown = schema;
  for (const segment of decodeSegments(schemaPath.replace(/^#/, ''))) {
    node = isMapping(node) || Array.isArray(node) ? (node as Json)[segment] : undefined;
  }
  return (node ?? {}) as Annotated;
}

/** The value and the file path an `instancePath` ("/people/3/regime") names. */
function instanceAt(value: unknown, instancePath: string): { path: FilePath; here: unknown } {
  const path: FilePath = [];
  let here = value;
  for (const segment of decodeSegments(instancePath)) {
    if (Array.isArray(here)) {
      path.push(Number(segment));
      here = here[Number(segment)];
    } else {
      path.push(segment);
      here = isMapping(here) ? here[segment] : undefined;
    }
  }
  return { path, here };
}

function write(node: Annotated): string {
  return node.expected ? `; write ${node.expected}` : '';
}

const TYPE_NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of keys',
  null: 'empty',
};

function typeNoun(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return orList(types.map((t) => TYPE_NOUNS[String(t)] ?? String(t)));
}

function literalsOf(node: Annotated): unknown[] {
  const anyNode = node as Annotated & { enum?: unknown[]; const?: unknown };
  if (Array.isArray(anyNode.enum)) return anyNode.enum;
  if (anyNode.const !== undefined) return [anyNode.const];
  return [];
}

/** Every problem with `value` against `schema`, each at its path under `base`. */
export function explainSchemaErrors(schema: TSchema, value: unknown, base: FilePath = []): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const error of collectErrors(schema, value)) {
    // Errors inside a union's branches are explained by the union itself.
    if (/\/anyOf\/\d+/.test(error.schemaPath)) continue;
    // `additionalProperties: false` also yields a "schema is false" error per key: one is enough.
    if (error.keyword === 'boolean') continue;
    const node = schemaAt(schema, error.schemaPath);
    const { path, here } = instanceAt(value, error.instancePath);
    problems.push(...explainError(error, node, here, [...base, ...path]));
  }
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${formatPath(p.path)}|${p.at ?? ''}|${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function explainError(
  error: TLocalizedValidationError,
  node: Annotated,
  here: unknown,
  path: FilePath,
): FileProblem[] {
  switch (error.keyword) {
    case 'required': {
      const properties = ((node as Annotated & { properties?: Record<string, Annotated> }).properties ??
        {}) as Record<string, Annotated>;
      return error.params.requiredProperties
        .filter((key) => !isMapping(here) || !(key in here))
        .map((key) => {
          const expected = properties[key]?.expected;
          return {
            path,
            missing: true,
            problem: `${key} is missing; add ${key}${expected ? ` with ${expected}` : ''}`,
          };
        });
    }
    case 'additionalProperties': {
      const known = Object.keys((node as Annotated & { properties?: Json }).properties ?? {});
      return error.params.additionalProperties.map((key) => {
        const hint = didYouMean(key, known);
        return {
          path: [...path, key],
          at: 'key' as const,
          problem: hint
            ? `unknown key ${JSON.stringify(key)}${hint}`
            : `unknown key ${JSON.stringify(key)}; the keys allowed here are ${andList(known)}`,
        };
      });
    }
    case 'type': {
      if (here === null || here === undefined) return [{ path, problem: `the value is empty${write(node)}` }];
      if (error.params.type === 'integer' && typeof here === 'number') {
        return [{ path, problem: `${here} is not a whole number${write(node)}` }];
      }
      return [{ path, problem: `${show(here)} is not ${typeNoun(error.params.type)}${write(node)}` }];
    }
    case 'enum':
    case 'const': {
      const allowed = literalsOf(node);
      const hint = didYouMean(here, allowed.map(String));
      return [
        {
          path,
          problem: `${show(here)} is not ${node.what ?? 'allowed here'}; write ${orList(allowed)}${hint}`,
        },
      ];
    }
    case 'pattern':
      return [{ path, problem: `${show(here)} is not ${node.what ?? 'written as expected'}${write(node)}` }];
    case 'minLength':
      return [{ path, problem: `the text is empty${write(node)}` }];
    case 'minItems': {
      const list = Array.isArray(here) ? here : [];
      return [
        {
          path,
          problem:
            list.length === 0
              ? `the list is empty${write(node)}`
              : `the list needs at least ${error.params.limit} items${write(node)}`,
        },
      ];
    }
    case 'uniqueItems': {
      const list = Array.isArray(here) ? here : [];
      const seen = new Set<string>();
      for (const [index, item] of list.entries()) {
        const key = JSON.stringify(item);
        if (seen.has(key))
          return [{ path: [...path, index], problem: `${show(item)} is listed twice; list it once` }];
        seen.add(key);
      }
      return [{ path, problem: 'an item is listed twice; list each once' }];
    }
    case 'minimum':
      return [
        { path, problem: `${show(here)} is too small (the least is ${error.params.limit})${write(node)}` },
      ];
    case 'exclusiveMinimum':
      return [
        {
          path,
          problem: `${show(here)} is too small (it must be more than ${error.params.limit})${write(node)}`,
        },
      ];
    case 'maximum':
      return [
        { path, problem: `${show(here)} is too large (the most is ${error.params.limit})${write(node)}` },
      ];
    case 'exclusiveMaximum':
      return [
        {
          path,
          problem: `${show(here)} is too large (it must be less than ${error.params.limit})${write(node)}`,
        },
      ];
    case 'multipleOf': {
      const step = error.params.multipleOf;
      const what = step === 0.5 ? 'in whole or half days' : `a multiple of ${step}`;
      return [{ path, problem: `${show(here)} is not ${what}${write(node)}` }];
    }
    case 'anyOf':
      return explainUnion(node, here, path);
    default:
      return [{ path, problem: `${show(here)} does not fit here (${error.message})${write(node)}` }];
  }
}

function explainUnion(node: Annotated, here: unknown, path: FilePath): FileProblem[] {
  const branches = ((node as Annotated & { anyOf?: Annotated[] }).anyOf ?? []) as Annotated[];
  const typed = (type: string) => branches.filter((b) => (b as Annotated & { type?: unknown }).type === type);
  if (isMapping(here)) {
    const objects = typed('object');
    if (objects.length === 1) return explainSchemaErrors(objects[0] as Annotated, here, path);
    if (objects.length > 1) {
      const chosen = chooseBranch(objects, here, path);
      if (chosen) return 'problem' in chosen ? [chosen] : explainSchemaErrors(chosen, here, path);
    }
  }
  if (Array.isArray(here)) {
    const arrays = typed('array');
    if (arrays.length === 1) return explainSchemaErrors(arrays[0] as Annotated, here, path);
  }
  if (here === null || here === undefined) return [{ path, problem: `the value is empty${write(node)}` }];
  const literals = branches.flatMap(literalsOf).map(String);
  return [
    {
      path,
      problem: `${show(here)} is not ${node.what ?? 'allowed here'}${write(node)}${didYouMean(here, literals)}`,
    },
  ];
}

/**
 * For a union of mappings told apart by one key (`period: week | month | year`), the branch the
 * value names; a problem when the key is missing or names no branch.
 */
function chooseBranch(objects: Annotated[], here: Json, path: FilePath): Annotated | FileProblem | undefined {
  const propertiesOf = (b: Annotated) => ((b as Annotated & { properties?: Json }).properties ?? {}) as Json;
  const first = objects[0];
  if (!first) return undefined;
  const key = Object.keys(propertiesOf(first)).find((k) =>
    objects.every((b) => literalsOf((propertiesOf(b)[k] ?? {}) as Annotated).length > 0),
  );
  if (key === undefined) return undefined;
  const values = objects.flatMap((b) => literalsOf(propertiesOf(b)[key] as Annotated));
  if (!(key in here))
    return { path, missing: true, problem: `${key} is missing; add ${key} with ${orList(values)}` };
  const branch = objects.find((b) => literalsOf(propertiesOf(b)[key] as Annotated).includes(here[key]));
  if (branch) return branch;
  return {
    path: [...path, key],
    problem: `${show(here[key])} is not allowed here; write ${orList(values)}${didYouMean(here[key], values.map(String))}`,
  };
}
