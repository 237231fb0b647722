import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtPagesKey, SOURCES_KEY_FILE, webSourcesKey } from '../../api/plugins/web-sources-key.js';
import { repositoryRoot } from '../../server/web-pages-options.js';

// Local mode rebuilds the pages when their sources changed since the pages were built: the key
// of the sources (every file's path, size and time) against the one the build left beside them.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'web-sources-'));
  mkdirSync(join(root, 'web/shared'), { recursive: true });
  mkdirSync(join(root, 'teams-app/src'), { recursive: true });
  writeFileSync(join(root, 'web/shared/grid.ts'), 'export const grid = 1;\n');
  writeFileSync(join(root, 'teams-app/src/week.ts'), 'import "../../web/shared/grid.js";\n');
  writeFileSync(join(root, 'vite.config.ts'), 'export default {};\n');
  writeFileSync(join(root, 'server.ts'), 'not a source of the pages\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 5, 10, 0, seconds));

describe('the key of the web pages’ sources', () => {
  const edits: Array<[string, () => void]> = [
    [
      'a file written, same size, later time',
      () => utimesSync(join(root, 'web/shared/grid.ts'), at(9), at(9)),
    ],
    [
      'a file written, another size',
      () => writeFileSync(join(root, 'web/shared/grid.ts'), 'export const grid = 22;\n'),
    ],
    ['a file added', () => writeFileSync(join(root, 'teams-app/src/team.ts'), '')],
    ['a file removed', () => rmSync(join(root, 'teams-app/src/week.ts'))],
    [
      'a file renamed',
      () => renameSync(join(root, 'teams-app/src/week.ts'), join(root, 'teams-app/src/wk.ts')),
    ],
    [
      'the Vite config edited',
      () => writeFileSync(join(root, 'vite.config.ts'), 'export default { base: "/" };\n'),
    ],
    ['a missing source appearing', () => mkdirSync(join(root, 'addin-outlook'))],
  ];

  it.each(edits)('changes with %s', (_edit, edit) => {
    utimesSync(join(root, 'web/shared/grid.ts'), at(0), at(0));
    const before = webSourcesKey(root);
    expect(webSourcesKey(root)).toBe(before); // the same sources, the same key
    edit();
    expect(webSourcesKey(root)).not.toBe(before);
  });

  it('does not change with files that are not the pages’ sources', () => {
    const before = webSourcesKey(root);
    writeFileSync(join(root, 'server.ts'), 'the server changed, a much longer file\n');
    mkdirSync(join(root, 'web-dist'));
    writeFileSync(join(root, 'web-dist', SOURCES_KEY_FILE), before);
    expect(webSourcesKey(root)).toBe(before);
  });

  it('is read back from beside the built pages, and is nothing before a build', () => {
    const dist = join(root, 'web-dist');
    expect(builtPagesKey(dist)).toBeUndefined();
    mkdirSync(dist);
    writeFileSync(join(dist, SOURCES_KEY_FILE), `${webSourcesKey(root)}\n`);
    expect(builtPagesKey(dist)).toBe(webSourcesKey(root));
    writeFileSync(join(root, 'web/shared/grid.ts'), 'export const grid = 333;\n');
    expect(builtPagesKey(dist)).not.toBe(webSourcesKey(root));
  });
});

describe("the repository's root, where the pages and their sources are", () => {
  it.each([
    ['the sources (tsx)', 'file:///repo/server/web-pages-options.ts'],
    ['the compiled server (npm run build)', 'file:///repo/dist/server/web-pages-options.js'],
    ["npm start's bundle", 'file:///repo/node_modules/.cache/telework-start/4df98c51/server/start.js'],
  ])('from %s', (_from, moduleUrl) => {
    expect(repositoryRoot(moduleUrl)).toBe('/repo/');
  });
});
