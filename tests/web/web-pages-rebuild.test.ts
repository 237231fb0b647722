import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webPages } from '../../api/plugins/web-pages.js';
import { webSourcesKey } from '../../api/plugins/web-sources-key.js';

// Local mode's server builds the pages when they are missing or older than their sources, and
// the page requests wait for that build. The build here is a stand-in for Vite (the Chromium
// tests run the real one): it writes the page and the key its --config file says, and counts.
const FAKE_VITE = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const config = JSON.parse(readFileSync(process.argv[process.argv.indexOf('--config') + 1], 'utf8'));
await new Promise((resolve) => setTimeout(resolve, 200));
appendFileSync(config.log, 'built\\n');
mkdirSync(join(config.dist, 'teams-app'), { recursive: true });
writeFileSync(join(config.dist, 'teams-app', 'week.html'), config.page);
if (config.key) writeFileSync(join(config.dist, '.sources-key'), config.key);
`;

let root: string;
let app: FastifyInstance;
const dist = () => join(root, 'web-dist');
const log = () => join(root, 'builds.log');
const builds = () => readFileSync(log(), 'utf8').split('\n').filter(Boolean).length;
/** What the next build writes: this page, and the sources' key as they are (or none). */
const nextBuild = (page: string, withKey = true) =>
  writeFileSync(
    join(root, 'fake-vite.json'),
    JSON.stringify({ dist: dist(), log: log(), page, key: withKey ? webSourcesKey(root) : undefined }),
  );
const week = async () => (await app.inject({ url: '/tab/week' })).body;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'web-rebuild-'));
  mkdirSync(join(root, 'web'));
  mkdirSync(join(root, 'icons'));
  writeFileSync(join(root, 'web', 'page.ts'), 'one');
  writeFileSync(join(root, 'fake-vite.mjs'), FAKE_VITE);
  writeFileSync(log(), '');
  app = Fastify();
  await webPages(app, {
    distDir: dist(),
    iconsDir: join(root, 'icons'),
    signIn: { mode: 'local' },
    buildWhenStale: {
      viteBin: join(root, 'fake-vite.mjs'),
      configFile: join(root, 'fake-vite.json'),
      cwd: root,
    },
  });
});
afterEach(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the pages of local mode, built when stale', () => {
  it('builds missing pages once, the requests made meanwhile waiting for the same build', async () => {
    nextBuild('<p>first</p>');
    const pages = await Promise.all([week(), week(), week()]);
    expect(pages).toEqual(['<p>first</p>', '<p>first</p>', '<p>first</p>']);
    expect(builds()).toBe(1);
    expect(await week()).toBe('<p>first</p>');
    expect(builds()).toBe(1); // current: no build
  });

  it('rebuilds after an edit of their sources, and serves the new pages', async () => {
    nextBuild('<p>first</p>');
    await week();
    writeFileSync(join(root, 'web', 'page.ts'), 'two, edited');
    nextBuild('<p>edited</p>');
    expect(await week()).toBe('<p>edited</p>');
    expect(builds()).toBe(2);
  });

  it('does not build again for the same sources when a build leaves no key', async () => {
    nextBuild('<p>keyless</p>', false);
    expect(await week()).toBe('<p>keyless</p>');
    expect(await week()).toBe('<p>keyless</p>');
    expect(builds()).toBe(1);
  });
});
