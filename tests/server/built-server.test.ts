import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { declaresADayIntoTheLocalGraph, exitOf, root, startServer, waitForHealth } from './server-process.js';

// `npm run build`, then `node dist/server/start.js` as the container runs it: no tsx, and any
// import of a development dependency from the product's code fails (refuse-dev-dependencies.mjs),
// as it would after `npm ci --omit=dev`.
const REFUSE_DEV_DEPENDENCIES = join(root, 'tests/support/refuse-dev-dependencies.mjs');

describe('the production build', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'telework-built-'));
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(build.status, `npm run build failed:\n${build.stdout}${build.stderr}`).toBe(0);
  }, 300_000);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts from dist/ in local mode, answers /healthz and takes a bot declaration into the local Graph', {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    const child = startServer(['--import', REFUSE_DEV_DEPENDENCIES, 'dist/server/start.js'], {
      PORT: String(port),
      DATA_DIR: dataDir,
    });
    const exited = exitOf(child);
    try {
      const response = await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
      expect(response.status).toBe(200);
      await declaresADayIntoTheLocalGraph(`http://127.0.0.1:${port}`);
      // The pages and the add-in's icons come from dist/ too: the image has no Vite to build them.
      for (const [path, type] of [
        ['/tab/week', 'text/html'],
        ['/addin/taskpane.html', 'text/html'],
        ['/addin/assets/icon-80.png', 'image/png'],
      ]) {
        const page = await fetch(`http://127.0.0.1:${port}${path}`);
        expect([path, page.status, page.headers.get('content-type')?.split(';')[0]]).toEqual([
          path,
          200,
          type,
        ]);
      }
    } finally {
      child.kill('SIGTERM');
    }
    const { code, stderr } = await exited;
    expect(stderr).not.toContain('development dependency');
    expect(code).toBe(0);
  });

  it('refuses a development dependency imported by the product (the check above can fail)', {
    timeout: 60_000,
  }, async () => {
    const child = startServer(
      ['--import', REFUSE_DEV_DEPENDENCIES, '--input-type=module', '-e', "await import('vitest')"],
      {},
    );
    const { code, stderr } = await exitOf(child);
    expect(code).not.toBe(0);
    expect(stderr).toContain('vitest is a development dependency');
  });
});
