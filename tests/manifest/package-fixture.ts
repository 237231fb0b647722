import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { type AppPackage, buildAppPackage } from '../../scripts/app-package/build-app-package.js';
import { type EnvValues, loadEnvironment } from '../../scripts/app-package/env-file.js';
import { formatIssue } from '../../scripts/app-package/package-issue.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const manifestDir = join(repoRoot, 'manifest');
export const envDir = join(repoRoot, 'env');

/** The committed demo environment, env/.env.local (without any .user override). */
export async function demoEnv(): Promise<EnvValues> {
  return (await loadEnvironment(envDir, 'local')).values;
}

export async function buildDemoPackage(overrides: Record<string, string> = {}, dir = manifestDir) {
  return buildAppPackage({
    manifestDir: dir,
    env: { ...(await demoEnv()), ...overrides },
    envLabel: 'test env',
  });
}

export const lines = (built: AppPackage): string[] => built.issues.map(formatIssue);

const scratchDirs: string[] = [];
afterAll(async () => {
  await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'telework-manifest-'));
  scratchDirs.push(dir);
  return dir;
}

/** A copy of manifest/ that a test may break on purpose. */
export async function manifestCopy(): Promise<string> {
  const dir = await scratchDir();
  await cp(manifestDir, dir, { recursive: true });
  return dir;
}

// biome-ignore lint/suspicious/noExplicitAny: a test breaks any part of the manifest on purpose.
export type LooseJson = any;

export async function editJson(
  dir: string,
  file: string,
  edit: (document: LooseJson) => void,
): Promise<void> {
  const path = join(dir, file);
  const document: LooseJson = JSON.parse(await readFile(path, 'utf8'));
  edit(document);
  await writeFile(path, JSON.stringify(document, null, 2));
}
