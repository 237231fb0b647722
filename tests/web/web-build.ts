import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = `${repoRoot}web-dist/teams-app/week.html`;
const LOCK = `${repoRoot}web-dist.building`;

/**
 * The pages as `npm run build:web` builds them, built once if this checkout has none yet. Test
 * files run in parallel workers: one builds (holding a lock folder), the others wait for it.
 */
export function ensureWebBuild(): void {
  if (existsSync(BUILT)) return;
  try {
    mkdirSync(LOCK);
  } catch {
    for (let waited = 0; !existsSync(BUILT) && waited < 180_000; waited += 250) {
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
