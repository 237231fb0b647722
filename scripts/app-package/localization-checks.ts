import { childPointer, issue, type PackageIssue } from './package-issue.js';
import { schemaUrl } from './schemas.js';

export interface LocalizationFile {
  /** Name inside the package, e.g. `fr.json`. */
  file: string;
  strings: Record<string, unknown>;
}

// Keys of a localization file that are not manifest paths.
const NON_PATH_KEYS = new Set(['$schema', 'localizationKeys']);

/** `bots[0].commandLists[0].commands[1].title` → ['bots', 0, 'commandLists', 0, 'commands', 1, 'title']. */
export function localizationKeySegments(key: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of key.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [];
    segments.push(match[1] as string);
    for (const index of (match[2] as string).matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

function valueAt(document: unknown, segments: (string | number)[]): unknown {
  let current = document;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

// Microsoft's own examples write the schema URL with a locale (`/en-us/json-schemas/...`).
const withoutLocale = (url: unknown) =>
  String(url).replace(/^(https:\/\/[^/]+)\/[a-z]{2}-[a-z]{2}\//i, '$1/');

/**
 * What the schema cannot see: each key must translate a string the manifest really has (a key
 * naming a command that does not exist translates nothing, usually after a command was removed),
 * every language translates the same strings, and each file targets the manifest's schema version.
 */
export function checkLocalizations(
  manifest: Record<string, unknown>,
  manifestVersion: string,
  files: LocalizationFile[],
): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const expectedSchema = schemaUrl('localization', manifestVersion);
  for (const { file, strings } of files) {
    if (withoutLocale(strings.$schema) !== expectedSchema) {
      issues.push(
        issue(file, '/$schema', `must be ${expectedSchema} to match manifestVersion ${manifestVersion}`),
      );
    }
    for (const key of Object.keys(strings).filter((name) => !NON_PATH_KEYS.has(name))) {
      if (typeof valueAt(manifest, localizationKeySegments(key)) !== 'string') {
        issues.push(
          issue(file, childPointer('', key), 'translates a string that manifest.json does not have'),
        );
      }
    }
  }
  issues.push(...checkSameKeys(files));
  return issues;
}

function checkSameKeys(files: LocalizationFile[]): PackageIssue[] {
  const keysOf = (strings: Record<string, unknown>) =>
    Object.keys(strings).filter((key) => !NON_PATH_KEYS.has(key));
  const all = new Set(files.flatMap(({ strings }) => keysOf(strings)));
  return files.flatMap(({ file, strings }) => {
    const present = new Set(keysOf(strings));
    return [...all]
      .filter((key) => !present.has(key))
      .map((key) => issue(file, childPointer('', key), 'is missing: another language translates it'));
  });
}

/** Language tags must be unique and differ from the default one. */
export function checkLanguageTags(manifest: Record<string, unknown>): PackageIssue[] {
  const info = (manifest.localizationInfo ?? {}) as {
    defaultLanguageTag?: unknown;
    additionalLanguages?: unknown;
  };
  const additional = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  const seen = new Set([String(info.defaultLanguageTag ?? '').toLowerCase()]);
  return additional.flatMap((language: { languageTag?: unknown }, index) => {
    const tag = String(language?.languageTag ?? '');
    if (!seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      return [];
    }
    const pointer = `/localizationInfo/additionalLanguages/${index}/languageTag`;
    return [issue('manifest.json', pointer, `"${tag}" is declared twice`)];
  });
}
