import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import {
  type CalendarSpec,
  DEFAULT_SPEC_URL,
  type JsonSchema,
  loadCalendarSpec,
  undeclaredProperties,
} from './contract-spec.js';
import { specialTemplateCheck, specialTemplateOf } from './contract-special-paths.js';

/**
 * The Graph calendar contract from Microsoft's Calendar.yml, for the local Graph ('enforce' mode)
 * and for the gateway's own tests: does this request body, this response, have the shape the
 * operation documents? Paths the spec does not describe ($batch, calendarView/delta) are checked
 * item by item against the event and error schemas.
 */
export interface ContractIssue {
  /** JSON pointer into the body ("/value/0/showAs"); "" for the body itself. */
  jsonPath: string;
  message: string;
}

export interface ContractCheck {
  ok: boolean;
  /** What the body was held to, e.g. "#/components/schemas/microsoft.graph.event". */
  checked: string;
  issues: ContractIssue[];
}

export interface ContractViolation {
  direction: 'request' | 'response';
  method: string;
  pathTemplate: string;
  status?: number;
  issues: ContractIssue[];
}

export interface GraphContract {
  checkRequest(method: string, pathTemplate: string, body: unknown): ContractCheck;
  checkResponse(method: string, pathTemplate: string, status: number, body: unknown): ContractCheck;
  /** The spec's template for a concrete path ("/users/a@b/events/AAMk=" → "/users/{user-id}/events/{event-id}"). */
  templateOf(path: string): string | undefined;
  /** Checks a body against one schema of components.schemas (e.g. "microsoft.graph.event"). */
  checkSchema(schemaName: string, body: unknown): ContractCheck;
}

const require = createRequire(import.meta.url);
// CommonJS with a default export TypeScript cannot type under NodeNext: required, as elsewhere.
const addFormats = require('ajv-formats') as FormatsPlugin;

const SPEC_ID = 'https://local-graph.invalid/Calendar.yml';
const contracts = new Map<string, GraphContract>();

export function graphContract(spec: string | URL = DEFAULT_SPEC_URL): GraphContract {
  const key = String(spec);
  let contract = contracts.get(key);
  if (!contract) {
    contract = buildContract(loadCalendarSpec(spec));
    contracts.set(key, contract);
  }
  return contract;
}

function describe(error: ErrorObject): string {
  const { message = 'is not valid', params } = error;
  if (Array.isArray(params.allowedValues)) return `${message}: ${params.allowedValues.join(', ')}`;
  return message;
}

function buildContract(spec: CalendarSpec): GraphContract {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.schemas } });
  const validators = new Map<string, ValidateFunction>();

  const validatorFor = (ref: string) => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };

  const check = (schema: JsonSchema | undefined, body: unknown): ContractCheck => {
    const ref = typeof schema?.$ref === 'string' ? schema.$ref : undefined;
    if (!ref) return { ok: true, checked: 'no schema', issues: [] };
    const validate = validatorFor(ref);
    const issues: ContractIssue[] = [];
    if (!validate(body)) {
      const seen = new Set<string>();
      // The null alternative added to object-valued properties says nothing useful when it fails.
      const added = (error: ErrorObject) =>
        error.keyword === 'anyOf' ||
        (error.schemaPath.endsWith('/anyOf/1/type') && error.params.type === 'null');
      const all = validate.errors ?? [];
      const useful = all.some((error) => !added(error)) ? all.filter((error) => !added(error)) : all;
      for (const error of useful) {
        const issue = { jsonPath: error.instancePath, message: describe(error) };
        const key = `${issue.jsonPath} ${issue.message}`;
        if (!seen.has(key)) issues.push(issue);
        seen.add(key);
      }
    }
    issues.push(...undeclaredProperties(spec, schema, body));
    return { ok: issues.length === 0, checked: ref, issues };
  };

  const operationOf = (method: string, template: string) => spec.paths[template]?.[method.toLowerCase()];

  const templateOf = (path: string): string | undefined => {
    const special = specialTemplateOf(normalise(path));
    if (special) return special;
    const segments = normalise(path).split('/');
    let best: { template: string; literals: number } | undefined;
    for (const template of Object.keys(spec.paths)) {
      const parts = template.split('/');
      if (parts.length !== segments.length) continue;
      let literals = 0;
      const fits = parts.every((part, i) => {
        if (part.startsWith('{')) return true;
        literals++;
        return part.toLowerCase() === segments[i]?.toLowerCase();
      });
      if (fits && (!best || literals > best.literals)) best = { template, literals };
    }
    return best?.template;
  };

  const resolveTemplate = (pathTemplate: string) => {
    const normalised = normalise(pathTemplate);
    return spec.paths[normalised] ? normalised : (templateOf(normalised) ?? normalised);
  };

  const notAnOperation = (method: string, template: string): ContractCheck => ({
    ok: false,
    checked: 'nothing',
    issues: [
      { jsonPath: '', message: `${method.toUpperCase()} ${template} is not an operation of Calendar.yml` },
    ],
  });

  const contract: GraphContract = {
    templateOf: (path) => templateOf(path),
    checkSchema: (schemaName, body) => check({ $ref: `#/components/schemas/${schemaName}` }, body),
    checkRequest(method, pathTemplate, body) {
      const template = resolveTemplate(pathTemplate);
      const special = specialTemplateCheck(contract, template, 'request', method, 0, body);
      if (special) return special;
      const operation = operationOf(method, template);
      if (!operation) return notAnOperation(method, template);
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (!schema) {
        const empty = body === undefined || body === null || body === '';
        return empty
          ? { ok: true, checked: 'no body', issues: [] }
          : {
              ok: false,
              checked: 'no body',
              issues: [{ jsonPath: '', message: 'the operation takes no body' }],
            };
      }
      // PATCH bodies are partial: fine, because the spec marks no event property as required.
      return check(schema, body);
    },
    checkResponse(method, pathTemplate, status, body) {
      const template = resolveTemplate(pathTemplate);
      const special = specialTemplateCheck(contract, template, 'response', method, status, body);
      if (special) return special;
      const operation = operationOf(method, template);
      if (!operation) return notAnOperation(method, template);
      const responses = operation.responses ?? {};
      let response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
      if (response?.$ref) response = spec.responses[response.$ref.replace('#/components/responses/', '')];
      const schema = response?.content?.['application/json']?.schema;
      if (!schema) {
        const empty = body === undefined || body === null || body === '';
        return empty
          ? { ok: true, checked: 'no content', issues: [] }
          : {
              ok: false,
              checked: 'no content',
              issues: [{ jsonPath: '', message: `a ${status} answer has no body` }],
            };
      }
      return check(schema, body);
    },
  };
  return contract;
}

/** "/me/events" and "https://host/graph/v1.0/users/x/events?$top=1" read as "/users/x/events". */
function normalise(path: string): string {
  let result = path.split('?')[0] ?? '';
  result = result.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/^(\/graph)?\/v1\.0(?=\/)/, '');
  if (!result.startsWith('/')) result = `/${result}`;
  if (result === '/me' || result.startsWith('/me/')) result = `/users/{user-id}${result.slice(3)}`;
  return result.replace(/\/$/, '') || '/';
}
