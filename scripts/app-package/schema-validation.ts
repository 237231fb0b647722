import { createRequire } from 'node:module';
import type { ErrorObject, Options, Plugin, ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { issue, type PackageIssue } from './package-issue.js';

type AjvInstance = Parameters<Plugin<unknown>>[0];

// The validator that @microsoft/app-manifest's AppManifestUtils.validateAgainstSchema builds:
// ajv with the draft-04 dialect of the Teams schemas (the package's own ajv-draft-04), the same
// options and formats. Built here so that each schema is compiled once, not on every call (the
// 127 kB manifest schema takes a few hundred milliseconds), and so that errors keep their structure.
// Both are CommonJS modules whose default export TypeScript cannot type under NodeNext: required.
const require = createRequire(import.meta.url);
const requireFromAppManifest = createRequire(require.resolve('@microsoft/app-manifest'));
const AjvDraft04 = requireFromAppManifest('ajv-draft-04') as new (options: Options) => AjvInstance;
const addFormats = require('ajv-formats') as FormatsPlugin;

const ajv = new AjvDraft04({ allErrors: true, strictTypes: false });
addFormats(ajv, ['uri', 'email', 'regex']);

const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  const known = compiled.get(schema);
  if (known) return known;
  const validate = ajv.compile(schema);
  compiled.set(schema, validate);
  return validate;
}

/** Validates a manifest or localization file; each error carries its JSON pointer. */
export function validateAgainstSchema(document: unknown, schema: object, file: string): PackageIssue[] {
  const validate = validatorFor(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => issue(file, error.instancePath, describe(error)));
}

// The params that say what to change: which unknown property, which allowed values.
function describe({ message, params }: ErrorObject): string {
  const text = message ?? 'is not valid';
  if (typeof params.additionalProperty === 'string') return `${text}: "${params.additionalProperty}"`;
  if (Array.isArray(params.allowedValues)) return `${text}: ${params.allowedValues.map(String).join(', ')}`;
  if (params.allowedValue !== undefined) return `${text}: ${JSON.stringify(params.allowedValue)}`;
  return text;
}
