import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  ORIGINAL_SHA256,
  TRIMMED_SPEC_URL,
  VENDORED_FROM,
  VENDORED_PATHS,
} from '../local-m365/graph/contract-spec-source.js';

// Re-trims the vendored Graph contract from Microsoft's Calendar.yml:
//   npx tsx scripts/trim-calendar-spec.ts path/to/Calendar.yml
// Keeps the path items the local Graph serves and every component they reach through $ref, drops
// the rest (groups, calendar groups, places, attachments...). Nothing inside what is kept is
// changed: the contract checker makes its own adjustments when it loads the file.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const original = process.argv[2];
if (!original) {
  console.error('Usage: npx tsx scripts/trim-calendar-spec.ts path/to/Calendar.yml');
  process.exit(2);
}
const text = readFileSync(original, 'utf8');
const sha256 = createHash('sha256').update(text).digest('hex');
const document = parse(text) as JsonObject;
const paths = document.paths;
const components = document.components;
if (!isObject(paths) || !isObject(components)) {
  console.error(`${original} has no paths or components: is it Calendar.yml?`);
  process.exit(1);
}

const keptPaths: JsonObject = {};
for (const template of VENDORED_PATHS) {
  const item = paths[template];
  if (!isObject(item)) {
    console.error(`${original} has no path ${template}: the local Graph serves it.`);
    process.exit(1);
  }
  keptPaths[template] = item;
}

/** Every '#/components/<section>/<name>' a node refers to, directly or deeper down. */
function references(node: Json, found: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) references(item, found);
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) found.add(value);
      else references(value, found);
    }
}

// Named by the contract checker itself, not only through a path.
const roots = new Set([
  '#/components/schemas/microsoft.graph.event',
  '#/components/schemas/microsoft.graph.eventCollectionResponse',
  '#/components/schemas/microsoft.graph.ODataErrors.ODataError',
]);
references(keptPaths, roots);
const kept = new Map<string, Map<string, Json>>();
const pending = [...roots];
const seen = new Set<string>();
while (pending.length > 0) {
  const ref = pending.pop() as string;
  if (seen.has(ref)) continue;
  seen.add(ref);
  const [, , section, ...nameParts] = ref.split('/');
  const name = nameParts.join('/');
  const target = section ? (components[section] as JsonObject | undefined)?.[name] : undefined;
  if (target === undefined || !section) {
    console.error(`${original}: ${ref} is referred to but not defined.`);
    process.exit(1);
  }
  const sectionKept = kept.get(section) ?? new Map<string, Json>();
  sectionKept.set(name, target);
  kept.set(section, sectionKept);
  const found = new Set<string>();
  references(target, found);
  pending.push(...found);
}

// In the original's order, so that a diff against it reads section by section.
const trimmedComponents: JsonObject = {};
for (const [section, entries] of Object.entries(components)) {
  const sectionKept = kept.get(section);
  if (section === 'securitySchemes') trimmedComponents[section] = entries;
  else if (sectionKept && isObject(entries))
    trimmedComponents[section] = Object.fromEntries(
      Object.entries(entries).filter(([name]) => sectionKept.has(name)),
    );
}

const trimmed: JsonObject = {
  openapi: document.openapi ?? null,
  info: document.info ?? null,
  servers: document.servers ?? [],
  'x-vendored-from': { ...VENDORED_FROM, sha256 },
  paths: keptPaths,
  components: trimmedComponents,
  security: document.security ?? [],
};
const output = new URL(TRIMMED_SPEC_URL);
writeFileSync(output, `${JSON.stringify(trimmed, null, 1)}\n`);

const count = (section: string) => kept.get(section)?.size ?? 0;
console.log(
  `${output.pathname}: ${VENDORED_PATHS.length} paths, ${count('schemas')} schemas, ` +
    `${count('responses')} responses, ${count('parameters')} parameters, from ${original} (sha256 ${sha256}).`,
);
if (sha256 !== ORIGINAL_SHA256)
  console.log(
    `This is not the recorded original (sha256 ${ORIGINAL_SHA256}): update the commit and ` +
      'sha256 in local-m365/graph/contract-spec-source.ts and vendor/microsoft-graph/README.md.',
  );
