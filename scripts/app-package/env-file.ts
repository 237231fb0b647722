import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type EnvValues = Readonly<Record<string, string>>;

export interface LoadedEnvironment {
  name: string;
  values: EnvValues;
  /** The files read, in order; later ones win. */
  files: string[];
}

// The Agents Toolkit convention: env/.env.NAME holds what may be committed, env/.env.NAME.user
// (gitignored) holds secrets and personal overrides such as a dev tunnel URL.
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Parses the dotenv subset the toolkit writes: KEY=VALUE, comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match as unknown as [string, string, string];
    values[key] = unquote(rest);
  }
  return values;
}

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1\s*(?:#.*)?$/.exec(value);
  if (quoted) {
    const [, quote, inner] = quoted as unknown as [string, string, string];
    return quote === '"' ? inner.replaceAll('\\n', '\n') : inner;
  }
  // As in dotenv, an unquoted value ends where a ` #` comment starts.
  return value.replace(/\s+#.*$/, '').trim();
}

export async function loadEnvironment(envDir: string, name: string): Promise<LoadedEnvironment> {
  if (!ENV_NAME.test(name)) {
    throw new Error(`"${name}" is not an environment name; use letters, digits, - and _ (e.g. local, dev).`);
  }
  const main = join(envDir, `.env.${name}`);
  const user = `${main}.user`;
  const mainText = await readFile(main, 'utf8').catch(() => undefined);
  if (mainText === undefined) {
    const known = await listEnvironments(envDir);
    throw new Error(`No environment file ${main}; known environments: ${known.join(', ') || 'none'}.`);
  }
  const userText = await readFile(user, 'utf8').catch(() => undefined);
  return {
    name,
    values: { ...parseEnvFile(mainText), ...(userText === undefined ? {} : parseEnvFile(userText)) },
    files: userText === undefined ? [main] : [main, user],
  };
}

export async function listEnvironments(envDir: string): Promise<string[]> {
  const entries = await readdir(envDir).catch(() => [] as string[]);
  return entries
    .map((entry) => /^\.env\.([^.]+)$/.exec(entry)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}
