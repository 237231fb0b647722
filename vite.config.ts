import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { SOURCES_KEY_FILE, webSourcesKey } from './api/plugins/web-sources-key.js';

// Each page's JavaScript, gzipped, must stay under this (issue 12): Teams and Outlook load the
// tabs and the task pane in a webview, often on a slow link.
const PAGE_BUDGET_BYTES = 200 * 1024;

/** After the build: every page's JavaScript (its entry and what it imports up front), gzipped. */
function printPageSizes(): Plugin {
  return {
    name: 'print-page-sizes',
    writeBundle(options, bundle) {
      const sizes = new Map<string, number>();
      const gzipped = (file: string): number => {
        const known = sizes.get(file);
        if (known !== undefined) return known;
        const size = gzipSync(readFileSync(join(options.dir as string, file))).length;
        sizes.set(file, size);
        return size;
      };
      const over: string[] = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const upFront = new Set([chunk.fileName, ...chunk.imports]);
        const total = [...upFront].reduce((sum, file) => sum + gzipped(file), 0);
        const onDemand = new Set<string>();
        for (const file of upFront) {
          const part = bundle[file];
          if (part?.type === 'chunk') for (const lazyFile of part.dynamicImports) onDemand.add(lazyFile);
        }
        const lazy = [...onDemand].reduce((sum, file) => sum + gzipped(file), 0);
        const line = `${chunk.name.padEnd(10)} ${(total / 1024).toFixed(1)} kB gzipped up front${lazy ? `, ${(lazy / 1024).toFixed(1)} kB loaded on demand` : ''}`;
        console.log(line);
        if (total > PAGE_BUDGET_BYTES) over.push(line);
      }
      if (over.length > 0) throw new Error(`over the 200 kB budget: ${over.join('; ')}`);
    },
  };
}

/**
 * Beside the pages, the key of the sources they are built from (taken when the build starts, so
 * an edit during the build is a later key): local mode's server rebuilds when it is not theirs.
 */
function recordSourcesKey(): Plugin {
  const root = dirname(fileURLToPath(import.meta.url));
  let key = '';
  return {
    name: 'record-sources-key',
    buildStart() {
      key = webSourcesKey(root);
    },
    writeBundle(options) {
      writeFileSync(join(options.dir as string, SOURCES_KEY_FILE), `${key}\n`);
    },
  };
}

const pages = {
  week: 'teams-app/week.html',
  team: 'teams-app/team.html',
  configure: 'teams-app/configure.html',
  hr: 'teams-app/hr.html',
  taskpane: 'addin-outlook/taskpane.html',
};

export default defineConfig({
  // The server serves the built assets at /web/assets/ (api/plugins/web-pages.ts).
  base: '/web/',
  logLevel: 'warn',
  build: {
    outDir: 'web-dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: { input: pages },
  },
  // The key last: a build over the budget fails before it, and leaves the pages stale.
  plugins: [printPageSizes(), recordSourcesKey()],
});
