import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Whether the built pages (web-dist/) are those of the sources as they are now, as
// scripts/start-local.mjs knows it for the server's bundle: a key of every source file's path,
// size and modification time. The build writes the key it started from beside the pages
// (vite.config.ts); local mode's server rebuilds when it is not the sources' key any more.

/** What the pages are built from, relative to the repository's root. */
export const WEB_SOURCES = ['web', 'teams-app', 'addin-outlook', 'vite.config.ts', 'package-lock.json'];

/** Beside the built pages: the key of the sources they were built from. */
export const SOURCES_KEY_FILE = '.sources-key';

/** A key that changes whenever a file under the sources is added, removed, renamed or written. */
export function webSourcesKey(root: string, sources: readonly string[] = WEB_SOURCES): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(join(root, path));
    } catch {
      hash.update(`${path}\0missing\n`);
      return;
    }
    if (!stat.isDirectory()) {
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
      return;
    }
    const names = readdirSync(join(root, path)).sort();
    for (const name of names) visit(`${path}/${name}`);
  };
  for (const source of sources) visit(source);
  return hash.digest('hex').slice(0, 16);
}

/** The key the pages in distDir were built from; undefined before the first build. */
export function builtPagesKey(distDir: string): string | undefined {
  try {
    return readFileSync(join(distDir, SOURCES_KEY_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}
