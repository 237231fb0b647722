import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebPagesOptions } from '../api/plugins/web-pages.js';
import type { Config } from './config.js';

/**
 * The repository's root (with a trailing separator): the nearest folder above this module that
 * holds a package.json. This module runs from the sources (tests), from dist/server/ (npm run
 * build), and from `npm start`'s bundle in node_modules/.cache/telework-start/<key>/server/, so
 * no fixed number of '..' finds it from all three.
 */
function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
  return folder + sep;
}

const ROOT = repositoryRoot();
// Run from dist/ (npm run build, the container): the pages and icons that build put in dist/.
// Otherwise (npm start, tests): web-dist/ at the root, built on the first start, and the icons
// of manifest/.
const SERVED_FROM = fileURLToPath(import.meta.url).startsWith(join(ROOT, 'dist', sep))
  ? join(ROOT, 'dist', sep)
  : ROOT;

/**
 * Where the built pages are and how they sign in. `npm start` builds them on the first start when
 * they are missing (Vite is a development dependency); dist/ has them from `npm run build`.
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
          buildIfMissing: {
            viteBin: `${ROOT}node_modules/vite/bin/vite.js`,
            configFile: `${ROOT}vite.config.ts`,
            cwd: ROOT,
          },
        }
      : {}),
  };
}
