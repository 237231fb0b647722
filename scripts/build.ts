import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

// `npm run build`: the server compiled to dist/ by tsc, with the files it reads beside the code at
// the same relative paths (import.meta.url finds them in dist/ as it does in the sources).
// `node dist/server/start.js` then runs with the production dependencies only.
const ASSETS = [
  'server/demo-organisation.yaml',
  // The Graph contract: read only when the local Graph enforces it (tests), kept for that use.
  'vendor/microsoft-graph',
];

rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
for (const asset of ASSETS) cpSync(asset, `dist/${asset}`, { recursive: true });
console.log(`dist/ built: ${ASSETS.length} asset paths copied beside the compiled code.`);
