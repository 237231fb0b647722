import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The JSON schemas that ship inside @microsoft/app-manifest: validation never goes online.
const require = createRequire(import.meta.url);
const TEAMS_SCHEMA_DIR = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

export type SchemaKind = 'manifest' | 'localization';

const FILE_NAMES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

/** The `$schema` URL Microsoft publishes for a manifest version, e.g. 1.30. */
export function schemaUrl(kind: SchemaKind, manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/${FILE_NAMES[kind]}`;
}

const cache = new Map<string, Promise<object | undefined>>();

/** The schema for a version, or undefined when the installed package does not ship it. */
export function loadSchema(kind: SchemaKind, manifestVersion: string): Promise<object | undefined> {
  const path = join(TEAMS_SCHEMA_DIR, `v${manifestVersion}`, FILE_NAMES[kind]);
  let schema = cache.get(path);
  if (!schema) {
    schema = readFile(path, 'utf8').then(parseSchema, () => undefined);
    cache.set(path, schema);
  }
  return schema;
}

function parseSchema(text: string): object {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch {
    // Some older published schemas hold `\a` and `\v`, which JSON does not allow; the package's own
    // loader rewrites them the same way.
    schema = JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  }
  return unicodeSafePatterns(schema) as object;
}

// ajv compiles patterns with the `u` flag, where a lone `]` is a syntax error. The v1.30
// localization schema writes `activityTypes\[\b(...)\b]`: escaping that `]` keeps the meaning
// (a literal bracket) and lets the schema compile at all.
const escapeLoneBracket = (pattern: string) => pattern.replaceAll('\\b]', '\\b\\]');

function unicodeSafePatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unicodeSafePatterns);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, escapeLoneBracket(value)];
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        const renamed = Object.entries(value).map(([pattern, item]) => [
          escapeLoneBracket(pattern),
          unicodeSafePatterns(item),
        ]);
        return [key, Object.fromEntries(renamed)];
      }
      return [key, unicodeSafePatterns(value)];
    }),
  );
}

/** The newest numbered version shipped (`vDevPreview` is not a release). */
export async function newestManifestVersion(): Promise<string> {
  const versions = (await readdir(TEAMS_SCHEMA_DIR))
    .map((entry) => /^v(\d+)\.(\d+)$/.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [Number(match[1]), Number(match[2])] as const)
    .sort(([majorA, minorA], [majorB, minorB]) => majorA - majorB || minorA - minorB);
  const newest = versions.at(-1);
  if (!newest) throw new Error(`No manifest schema in ${TEAMS_SCHEMA_DIR}`);
  return `${newest[0]}.${newest[1]}`;
}
