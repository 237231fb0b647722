import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import {
  declaresADayIntoTheLocalGraph,
  exitOf,
  startServer as startProcess,
  waitForHealth,
} from './server-process.js';

// `npm start` as a person runs it: the sources bundled by esbuild (cached), no tsx.
const startServer = (env: Record<string, string>) => startProcess(['scripts/start-local.mjs'], env);

describe('npm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'telework-boot-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  // A process per test: on a busy machine a start takes seconds.
  it('answers /healthz in local mode, keeps its SQLite file in DATA_DIR, writes a declared day into the local Graph', {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    const child = startServer({ PORT: String(port), DATA_DIR: dataDir });
    const exited = exitOf(child);
    try {
      const response = await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
      expect((await readFile(join(dataDir, 'telework.sqlite'))).subarray(0, 15).toString()).toBe(
        'SQLite format 3',
      );
      await declaresADayIntoTheLocalGraph(`http://127.0.0.1:${port}`);
      // The pages and icons are found from npm start's bundle too (it runs from node_modules/.cache):
      // the tab waits for the pages' first build when there are none yet.
      const icon = await fetch(`http://127.0.0.1:${port}/addin/assets/icon-32.png`);
      expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/png']);
      const tab = await fetch(`http://127.0.0.1:${port}/tab/week`);
      expect(tab.status).toBe(200);
      expect(await tab.text()).toContain('<html');
    } finally {
      child.kill('SIGTERM');
    }
    expect((await exited).code).toBe(0);
  });

  it('refuses to start with a broken organisation file, in one line that says what to fix', {
    timeout: 60_000,
  }, async () => {
    const file = join(dataDir, 'broken-organisation.yaml');
    await writeFile(file, 'employer:\n  name: CPAS X\npeople: not-a-list\n');
    const child = startServer({ ORG_CONFIG: file, DATA_DIR: dataDir, PORT: String(await freePort()) });
    const { code, stderr } = await exitOf(child);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('broken-organisation.yaml');
    expect(lines[0]).toContain('people');
    expect(lines[0]).toContain('ORG_FILE_INVALID');
  });

  it('refuses to start with a bad variable, naming it', { timeout: 60_000 }, async () => {
    const child = startServer({ PORT: 'eighty', DATA_DIR: dataDir });
    const { code, stderr } = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Cannot start: Configuration PORT: "eighty" is not valid/);
  });
});
