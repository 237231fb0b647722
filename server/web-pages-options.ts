import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebPagesOptions } from '../api/plugins/web-pages.js';
import type { Config } from './config.js';

/**
 * The repository's root, where web-dist/ and the pages' sources are: from the sources (tsx), from
 * the compiled dist/server/ (npm run build), or from `npm start`'s bundle under
 * node_modules/.cache/ (scripts/start-local.mjs), whose folder is no root of anything.
 */
export function repositoryRoot(moduleUrl: string): string {
  const bundled = moduleUrl.indexOf('/node_modules/.cache/');
  if (bundled >= 0) return fileURLToPath(moduleUrl.slice(0, bundled + 1));
  return fileURLToPath(new URL(moduleUrl.includes('/dist/') ? '../..' : '..', moduleUrl));
}
const ROOT = repositoryRoot(import.meta.url);

// Run from dist/ (npm run build, the container): the pages and icons that build put in dist/.
// Otherwise (npm start, tests): web-dist/ at the root, built on the first start, and the icons
// of manifest/.
const SERVED_FROM = fileURLToPath(import.meta.url).startsWith(join(ROOT, 'dist', sep))
  ? join(ROOT, 'dist', sep)
  : ROOT;

/**
 * Where the built pages are and how they sign in. `npm start` builds them when they are missing
 * or older than their sources (Vite is a development dependency); dist/ has them from `npm run
 * build`.
 */
export function webPagesOptions(config: Pick<Config, 'microsoft365'>): WebPagesOptions {
  const m365 = config.microsoft365;
  return {
    distDir: `${SERVED_FROM}web-dist`,
    iconsDir: `${SERVED_FROM}manifest/addin-icons`,
    signIn:
      m365.mode === 'local'
        ? { mode: 'local' }
        : {
            mode: 'production',
            clientId: m365.clientId,
            tenantId: m365.tenantId,
            authority: m365.authority,
            apiAudience: m365.apiAudience,
          },
    ...(m365.mode === 'local' && SERVED_FROM === ROOT
      ? {
          buildWhenStale: {
            viteBin: `${ROOT}node_modules/vite/bin/vite.js`,
            configFile: `${ROOT}vite.config.ts`,
            cwd: ROOT,
          },
        }
      : {}),
  };
}
