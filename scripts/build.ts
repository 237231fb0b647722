import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build as buildPages } from 'vite';
import { bundleServer } from './bundle-server.mjs';

// `npm run build`: the server compiled to dist/ by tsc (types checked, one file per module), then
// its entry point bundled over tsc's, with the files it reads beside the code at the same relative
// paths (import.meta.url finds them in dist/ as it does in the sources).
// `node dist/server/start.js` then runs with the production dependencies only.
rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
await bundleServer({ root: '.', entryPoint: 'dist/server/start.js', outdir: 'dist' });
// The tabs' and the task pane's pages, and the add-in's icons, beside the server that serves them
// (server/web-pages-options.ts): a production image has no Vite to build them on first start.
await buildPages({ build: { outDir: 'dist/web-dist' } });
cpSync('manifest/addin-icons', 'dist/manifest/addin-icons', { recursive: true });
console.log(
  'dist/ built: the server compiled by tsc, its entry point bundled, the files it reads copied, the pages built.',
);
