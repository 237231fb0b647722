import { type ChildProcess, spawn } from 'node:child_process';
import { expect } from 'vitest';
import { dateInBrussels } from '../../adapters/clock/brussels-clock.js';
import { addDays, startOfWeek } from '../../core/calendar/local-date.js';

// The server as a person runs it: a real process, a real SQLite file, real HTTP.
export const root = new URL('../..', import.meta.url).pathname;

/** `node <args>` in the repository, with only PATH and what the test sets in its environment. */
export function startServer(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The first answer of /healthz, or why the server never gave one (its exit, or a minute gone). */
export async function waitForHealth(url: string, child: ChildProcess): Promise<Response> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('server did not answer /healthz within a minute');
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
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
export async function declaresADayIntoTheLocalGraph(base: string): Promise<void> {
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
