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

/**
 * Where the built pages are (web-dist/, from `npm run build:web`) and how they sign in. Local mode
 * builds them when they are missing or older than their sources (Vite is a dev dependency
 * there); a production image has them built by `npm run build`.
 */
export function webPagesOptions(config: Pick<Config, 'microsoft365'>): WebPagesOptions {
  const m365 = config.microsoft365;
  return {
    distDir: `${ROOT}web-dist`,
    iconsDir: `${ROOT}manifest/addin-icons`,
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
    ...(m365.mode === 'local'
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
