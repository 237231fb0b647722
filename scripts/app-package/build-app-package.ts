import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkConsistency, checkEnvironment } from './consistency-checks.js';
import type { EnvValues } from './env-file.js';
import { checkIcon, iconRuleFor } from './icon-checks.js';
import { checkLanguageTags, checkLocalizations, type LocalizationFile } from './localization-checks.js';
import { checkPackagePath, type ReferencedFile, referencedFiles } from './package-contents.js';
import { formatIssue, issue, type PackageIssue } from './package-issue.js';
import { fillPlaceholders } from './placeholders.js';
import { validateAgainstSchema } from './schema-validation.js';
import { loadSchema } from './schemas.js';

export interface BuildOptions {
  /** The folder holding manifest.json and the files it references. */
  manifestDir: string;
  env: EnvValues;
  /** How the env is named in messages, e.g. `env/.env.dev`. */
  envLabel: string;
}

export interface AppPackage {
  /** The filled manifest, when it could be read. */
  manifest?: Record<string, unknown>;
  /** Zip entry name → bytes; manifest.json first. Complete only when there are no issues. */
  files: Map<string, Buffer>;
  issues: PackageIssue[];
  /** Environment variables the manifest or a localization file needs but the env does not set. */
  missingVariables: string[];
}

type Json = Record<string, unknown>;

const toBytes = (document: unknown) => Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');

async function readJson(
  path: string,
  file: string,
): Promise<{ value?: Json; missing?: true; issues: PackageIssue[] }> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return { missing: true, issues: [issue(file, '', `cannot be read at ${path}`)] };
  try {
    return { value: JSON.parse(text) as Json, issues: [] };
  } catch (error) {
    return { issues: [issue(file, '', `is not valid JSON: ${(error as Error).message}`)] };
  }
}

/** Fills, validates and gathers everything that goes into the zip, reporting every problem at once. */
export async function buildAppPackage({ manifestDir, env, envLabel }: BuildOptions): Promise<AppPackage> {
  const files = new Map<string, Buffer>();
  const template = await readJson(join(manifestDir, 'manifest.json'), 'manifest.json');
  if (!template.value) return { files, issues: template.issues, missingVariables: [] };

  const filled = fillPlaceholders(template.value, env, 'manifest.json', envLabel);
  const manifest = filled.value as Json;
  const issues = [...filled.issues, ...checkEnvironment(env, envLabel)];
  const missingVariables = new Set(filled.missing);
  files.set('manifest.json', toBytes(manifest));

  const version = String(manifest.manifestVersion);
  const [manifestSchema, localizationSchema] = await Promise.all([
    loadSchema('manifest', version),
    loadSchema('localization', version),
  ]);
  if (!manifestSchema || !localizationSchema) {
    issues.push(
      issue('manifest.json', '/manifestVersion', `no schema for ${version} in @microsoft/app-manifest`),
    );
    return { manifest, files, issues, missingVariables: [...missingVariables] };
  }
  issues.push(...validateAgainstSchema(manifest, manifestSchema, 'manifest.json'));
  issues.push(...checkConsistency(manifest));

  const localizations: LocalizationFile[] = [];
  for (const reference of referencedFiles(manifest)) {
    const pathIssues = checkPackagePath(reference);
    issues.push(...pathIssues);
    if (pathIssues.length > 0) continue;
    if (reference.kind === 'icon') {
      issues.push(...(await addIcon(manifestDir, reference, files)));
    } else {
      const localization = await readLocalization(manifestDir, reference, env, envLabel, localizationSchema);
      issues.push(...localization.issues);
      for (const name of localization.missing) missingVariables.add(name);
      if (localization.file) {
        localizations.push(localization.file);
        files.set(reference.name, toBytes(localization.file.strings));
      }
    }
  }
  issues.push(...checkLocalizations(manifest, version, localizations), ...checkLanguageTags(manifest));
  return { manifest, files, issues: withoutEchoes(issues), missingVariables: [...missingVariables] };
}

// An unset variable leaves `${{NAME}}` in place, which the schema then rejects too: report the
// cause once. The schema also repeats some errors through its alternative branches.
function withoutEchoes(issues: PackageIssue[]): PackageIssue[] {
  const causes = issues.filter((candidate) => candidate.unfilledPlaceholder);
  const unresolved = new Set(causes.map(({ file, path }) => `${file} ${path}`));
  const seen = new Set<string>();
  return issues.filter((candidate) => {
    const line = formatIssue(candidate);
    const echo = !candidate.unfilledPlaceholder && unresolved.has(`${candidate.file} ${candidate.path}`);
    if (echo || seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

async function addIcon(manifestDir: string, reference: ReferencedFile, files: Map<string, Buffer>) {
  const bytes = await readFile(join(manifestDir, reference.name)).catch(() => undefined);
  if (!bytes) return [issue('manifest.json', reference.pointer, `${reference.name} does not exist`)];
  files.set(reference.name, bytes);
  const rule = iconRuleFor(reference.role);
  return rule ? checkIcon(bytes, rule, reference.name) : [];
}

async function readLocalization(
  manifestDir: string,
  reference: ReferencedFile,
  env: EnvValues,
  envLabel: string,
  schema: object,
): Promise<{ file?: LocalizationFile; issues: PackageIssue[]; missing: string[] }> {
  const read = await readJson(join(manifestDir, reference.name), reference.name);
  if (read.missing) {
    return {
      issues: [issue('manifest.json', reference.pointer, `${reference.name} does not exist`)],
      missing: [],
    };
  }
  if (!read.value) return { issues: read.issues, missing: [] };
  const filled = fillPlaceholders(read.value, env, reference.name, envLabel);
  const strings = filled.value as Json;
  const schemaIssues = validateAgainstSchema(strings, schema, reference.name);
  return {
    file: { file: reference.name, strings },
    issues: [...filled.issues, ...schemaIssues],
    missing: filled.missing,
  };
}
