import type { EnvValues } from './env-file.js';
import { childPointer, issue, type PackageIssue } from './package-issue.js';

// `${{NAME}}` is the Agents Toolkit placeholder syntax, so the same manifest works with `atk` and
// with `npm run package`.
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface FillResult {
  value: unknown;
  issues: PackageIssue[];
  /** Variables used but unset or empty, in order of first use. */
  missing: string[];
}

/**
 * Replaces every placeholder in the string values of a JSON document. A missing or empty variable
 * is an issue at the JSON path that uses it; so is a SECRET_ one, since the package is public.
 */
export function fillPlaceholders(
  document: unknown,
  env: EnvValues,
  file: string,
  envLabel: string,
): FillResult {
  const issues: PackageIssue[] = [];
  const missing = new Set<string>();
  const fill = (value: unknown, pointer: string): unknown => {
    if (typeof value === 'string') return fillString(value, pointer);
    if (Array.isArray(value)) return value.map((item, index) => fill(item, childPointer(pointer, index)));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, fill(item, childPointer(pointer, key))]),
      );
    }
    return value;
  };
  const fillString = (text: string, pointer: string): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      if (name.startsWith('SECRET_')) {
        issues.push(
          unfilled(file, pointer, `${whole} is a secret; secrets must never go into the app package`),
        );
        return whole;
      }
      const resolved = env[name];
      if (resolved === undefined || resolved === '') {
        missing.add(name);
        issues.push(unfilled(file, pointer, `${whole}: ${name} is not set in ${envLabel}`));
        return whole;
      }
      return resolved;
    });
  const value = fill(document, '');
  return { value, issues, missing: [...missing] };
}

// Marked, because the placeholder left in place then fails other checks on the same path.
const unfilled = (file: string, path: string, message: string): PackageIssue => ({
  ...issue(file, path, message),
  unfilledPlaceholder: true,
});

/** The variable names a document refers to, for keeping env files complete. */
export function placeholderNames(document: unknown): Set<string> {
  const names = new Set<string>();
  for (const match of JSON.stringify(document).matchAll(PLACEHOLDER)) names.add(match[1] as string);
  return names;
}
