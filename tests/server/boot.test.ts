import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInBrussels } from '../../adapters/clock/brussels-clock.js';
import { addDays, startOfWeek } from '../../core/calendar/local-date.js';
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

const SARAH = { id: '00000000-0000-4000-8000-000000000002', upn: 'sarah.janssens@cpas-demo.be' };

/**
 * With no configuration at all: a telework day declared to the bot lands in the local Graph,
 * readable with Sarah's own token. Sarah teleworks on Tuesdays; the first Tuesday the policy
 * accepts (not a holiday) is taken, since the real clock decides which Tuesdays are ahead.
 */
async function declaresADayIntoTheLocalGraph(base: string): Promise<void> {
  let declared: string | undefined;
  const nextMonday = addDays(startOfWeek(dateInBrussels(new Date())), 7);
  for (let week = 0; week < 4 && !declared; week++) {
    const text = `/telework ${addDays(nextMonday, 7 * week + 1)}`;
    const reply = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `boot-${week}`,
        text,
        locale: 'en-GB',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        from: { id: `teams-${SARAH.id}`, aadObjectId: SARAH.id },
        recipient: { id: 'bot' },
        conversation: { id: 'boot', conversationType: 'personal' },
      }),
    });
    expect(reply.status).toBe(200);
    const body = await reply.text();
    if (body.includes('in your Outlook calendar')) declared = /\d{4}-\d{2}-\d{2}/.exec(body)?.[0] ?? 'yes';
  }
  expect(declared, 'no Tuesday in the next four weeks was accepted').toBeDefined();
  const token = await fetch(`${base}/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ upn: SARAH.upn, resource: 'graph' }),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const now = new Date();
  const view = await fetch(
    `${base}/graph/v1.0/users/${SARAH.id}/calendarView?startDateTime=${now.toISOString()}&endDateTime=${new Date(now.getTime() + 40 * 86_400_000).toISOString()}`,
    { headers: { authorization: `Bearer ${access_token}` } },
  );
  expect(view.status).toBe(200);
  const events = ((await view.json()) as { value: Array<{ subject: string; showAs: string }> }).value;
  expect(events).toContainEqual(
    expect.objectContaining({ subject: 'Thuiswerk', showAs: 'workingElsewhere' }),
  );
}

describe('npm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'telework-boot-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz in local mode, keeps its SQLite file in DATA_DIR, writes a declared day into the local Graph', async () => {
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
