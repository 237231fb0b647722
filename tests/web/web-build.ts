import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtPagesKey, webSourcesKey } from '../../api/plugins/web-sources-key.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const DIST = `${repoRoot}web-dist`;
const BUILT = `${DIST}/teams-app/week.html`;
const LOCK = `${repoRoot}web-dist.building`;

/** The pages are built, from the sources as they are now (the key the build left beside them). */
function current(): boolean {
  return existsSync(BUILT) && builtPagesKey(DIST) === webSourcesKey(repoRoot);
}

/**
 * The pages as `npm run build:web` builds them, built once if this checkout has none yet or their
 * sources changed since. Test files run in parallel workers: one builds (holding a lock folder),
 * the others wait for it.
 */
export function ensureWebBuild(): void {
  if (current()) return;
  try {
    mkdirSync(LOCK);
  } catch {
    for (let waited = 0; !current() && waited < 180_000; waited += 250) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
    return;
  }
  try {
    execFileSync(process.execPath, [`${repoRoot}node_modules/vite/bin/vite.js`, 'build'], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
