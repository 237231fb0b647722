import { fileURLToPath } from 'node:url';
import type { WebPagesOptions } from '../api/plugins/web-pages.js';
import type { Config } from './config.js';

// From the sources (tsx) or from the compiled dist/server/ (npm run build): the repository's root.
const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../..' : '..', import.meta.url));

/**
 * Where the built pages are (web-dist/, from `npm run build:web`) and how they sign in. Local mode
 * builds them on the first start when they are missing (Vite is a dev dependency there); a
 * production image has them built by `npm run build`.
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
          buildIfMissing: {
            viteBin: `${ROOT}node_modules/vite/bin/vite.js`,
            configFile: `${ROOT}vite.config.ts`,
            cwd: ROOT,
          },
        }
      : {}),
  };
}
