import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The pages as `npm run build:web` builds them; built once if this checkout has none yet. */
export function ensureWebBuild(): void {
  if (existsSync(`${repoRoot}web-dist/teams-app/week.html`)) return;
  execFileSync(process.execPath, [`${repoRoot}node_modules/vite/bin/vite.js`, 'build'], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
}
