import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

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

// The compiled entry point, then, as one module with its dependencies, and a chunk per part
// loaded later (the bot, the local Graph...). Unbundled, Node loads some 1,500 small modules to
// start the server (typebox and kysely alone are 900): three times as long. What cannot be
// bundled stays in node_modules: the SQLite addon, Swagger UI's static files, and what the code
// requires by name at run time (date-holidays, fastify's schema compilers; ajv-formats for the
// Graph contract, which only tests use).
await build({
  entryPoints: ['dist/server/start.js'],
  outdir: 'dist/server',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Beside the entry point: import.meta.url then finds demo-organisation.yaml from every chunk.
  chunkNames: 'start-[name]-[hash]',
  external: ['better-sqlite3', 'pg-native', '@fastify/swagger-ui'],
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('dist/ built: the server compiled by tsc, its entry point bundled, the files it reads copied.');
