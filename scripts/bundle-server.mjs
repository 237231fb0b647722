// The one way the server is bundled, for `npm start` (from the TypeScript sources) and for
// `npm run build` (from tsc's output in dist/). Plain JavaScript: `npm start` runs it before
// anything could compile TypeScript.
//
// Everything the server imports goes into one module and a chunk per part loaded later (the bot,
// the local Graph...). Unbundled, Node loads some 1,500 small modules to start the server
// (typebox and kysely alone are 900): three times as long. What cannot be bundled stays in
// node_modules: the SQLite addon, Swagger UI's static files (api/plugins/openapi.ts names them),
// and what the code requires by name at run time (date-holidays, fastify's schema compilers; ajv-formats for the Graph contract,
// which only tests use).

import { cpSync } from 'node:fs';
import { join } from 'node:path';

/** Read through import.meta.url beside the code that names them, so copied beside the bundle. */
export const SERVER_ASSETS = ['server/demo-organisation.yaml', 'vendor/microsoft-graph'];

/**
 * Bundles `entryPoint` (server/start.ts or dist/server/start.js) into `outdir`/server, and copies
 * the assets from `root` into `outdir` at their relative paths.
 */
export async function bundleServer({ root, entryPoint, outdir }) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entryPoint],
    outdir: join(outdir, 'server'),
    allowOverwrite: true,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // Beside the entry point: import.meta.url then finds demo-organisation.yaml from every chunk.
    chunkNames: 'start-[name]-[hash]',
    external: ['better-sqlite3', 'pg-native'],
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
    },
    logLevel: 'warning',
  });
  for (const asset of SERVER_ASSETS) cpSync(join(root, asset), join(outdir, asset), { recursive: true });
}
