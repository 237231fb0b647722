import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';

// `npm start` as a person runs it: a real process, a real SQLite file, real HTTP.
const root = new URL('../..', import.meta.url).pathname;

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<Response> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('server did not answer /healthz within 15 s');
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('npm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'telework-boot-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz in local mode and keeps its SQLite file in DATA_DIR', async () => {
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
    } finally {
      child.kill('SIGTERM');
    }
    expect((await exited).code).toBe(0);
  });

  it('refuses to start with a broken organisation file, in one line that says what to fix', async () => {
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

  it('refuses to start with a bad variable, naming it', async () => {
    const child = startServer({ PORT: 'eighty', DATA_DIR: dataDir });
    const { code, stderr } = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Cannot start: Configuration PORT: "eighty" is not valid/);
  });
});
