// `npm start`: the server from the sources, without tsx on the start path. tsx compiles each of
// the server's ~400 TypeScript modules as Node loads them, which made a start take seconds; here
// esbuild bundles the sources and the packages once into node_modules/.cache, as `npm run build`
// does (scripts/bundle-server.mjs), and Node runs that bundle. The bundle is reused until a source
// file, the organisation demo file, the lock file or the bundling itself changes (size or time),
// so a start after an edit pays one bundling (two to three seconds) and a start without one pays
// nothing.
// Plain JavaScript on purpose: it runs before anything could compile TypeScript.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleServer } from './bundle-server.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const SOURCE_FOLDERS = ['server', 'core', 'adapters', 'api', 'bot', 'local-m365'];
const cache = join(root, 'node_modules', '.cache', 'telework-start');

/** A key that changes whenever a file the bundle is made of changes. */
function sourcesKey() {
  const hash = createHash('sha256');
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) visit(child);
      else {
        const { size, mtimeMs } = statSync(child);
        hash.update(`${child}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  for (const folder of [...SOURCE_FOLDERS, 'vendor']) visit(join(root, folder));
  // By content: npm may write the lock file again, unchanged, after the postinstall below.
  for (const file of ['package-lock.json', 'tsconfig.json', 'scripts/bundle-server.mjs']) {
    hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

// `--prepare` (the postinstall): the bundle only, so that the first `npm start` after `npm install`
// does not wait for it. Skipped where there is nothing to bundle (a container's dependency layer,
// installed before the sources are copied) or nothing to bundle with (`npm ci --omit=dev`).
const prepareOnly = process.argv.includes('--prepare');
if (prepareOnly && !(existsSync(join(root, 'server', 'start.ts')) && (await esbuildInstalled())))
  process.exit(0);

const key = sourcesKey();
const target = join(cache, key);
if (!existsSync(join(target, 'server', 'start.js'))) {
  // Built aside, then renamed into place: two starts at once (tests do that) never run half a bundle.
  const aside = `${target}.${process.pid}`;
  mkdirSync(aside, { recursive: true });
  await bundleServer({ root, entryPoint: join(root, 'server/start.ts'), outdir: aside });
  try {
    renameSync(aside, target);
  } catch {
    rmSync(aside, { recursive: true, force: true }); // another start put the same bundle there first
  }
  // Bundles of earlier sources go after a day: a server still running from one loads its later
  // chunks (the bot, the local Graph) from there, so a fresh one is never taken from under it.
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const old of readdirSync(cache)) {
    const path = join(cache, old);
    if (old !== key && statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}
if (!prepareOnly) await import(pathToFileURL(join(target, 'server', 'start.js')).href);

async function esbuildInstalled() {
  try {
    await import('esbuild');
    return true;
  } catch {
    return false;
  }
}
