import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockStartingOn } from '../../adapters/clock/brussels-clock.js';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';

// LOCAL_TODAY: local mode's demo clock, for a trainer who plays a month, closes it and corrects it.

describe('the demo clock starts on the day given, at the wall-clock time it really is in Brussels', () => {
  it.each([
    // real instant (UTC), first day, its now (UTC), its today, 20 hours later: today
    [
      'winter to winter, back in time',
      '2026-12-05T07:50:00Z',
      '2026-11-23',
      '2026-11-23T07:50:00.000Z',
      '2026-11-24',
    ],
    [
      '00:30 in Brussels is the previous day in UTC',
      '2026-12-05T23:30:00Z',
      '2026-11-01',
      '2026-10-31T23:30:00.000Z',
      '2026-11-01',
    ],
    [
      '23:59 on the day summer time ends',
      '2026-12-05T22:59:00Z',
      '2026-10-25',
      '2026-10-25T22:59:00.000Z',
      '2026-10-26',
    ],
    [
      'winter into summer time: 01:30 stays 01:30',
      '2026-12-05T00:30:00Z',
      '2027-07-01',
      '2027-06-30T23:30:00.000Z',
      '2027-07-01',
    ],
    [
      'the day itself: no shift',
      '2026-12-05T10:00:00Z',
      '2026-12-05',
      '2026-12-05T10:00:00.000Z',
      '2026-12-06',
    ],
  ])('%s', (_case, real, firstDay, now, todayLater) => {
    let instant = new Date(real);
    const clock = clockStartingOn(firstDay, () => instant);
    expect([clock.now(), clock.today()]).toEqual([now, firstDay]);
    instant = new Date(instant.getTime() + 20 * 3_600_000);
    expect(clock.today()).toBe(todayLater);
  });
});

const SARAH = '00000000-0000-4000-8000-000000000002';

describe('a server started with LOCAL_TODAY=2026-11-23 (a Monday)', () => {
  let dir: string;
  let product: Product;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'demo-clock-'));
    // No clock handed in: the configuration alone sets it, as `LOCAL_TODAY=... npm start` does.
    product = await composeProduct(
      readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LOCAL_TODAY: '2026-11-23' }, dir),
      { runCalendarSync: false },
    );
  });
  afterAll(async () => {
    await product.close();
    await rm(dir, { recursive: true, force: true });
  });

  const token = async (upn: string) =>
    (
      await product.app.inject({ method: 'POST', url: '/local/token', payload: { upn, resource: 'api' } })
    ).json().access_token as string;

  it('the bot reads "tomorrow" as Tuesday 24 November 2026, and the tally counts it in November', async () => {
    const reply = await product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: {
        type: 'message',
        id: 'demo-1',
        text: '/telework tomorrow',
        locale: 'en-GB',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        from: { id: `teams-${SARAH}`, aadObjectId: SARAH },
        recipient: { id: 'bot' },
        conversation: { id: 'demo', conversationType: 'personal' },
      },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toContain('Tuesday, 24 November 2026');
    const tally = await product.app.inject({
      url: '/api/v1/me/tally?month=2026-11',
      headers: { authorization: `Bearer ${await token('sarah.janssens@cpas-demo.be')}` },
    });
    expect(tally.json()).toMatchObject({ month: '2026-11', status: 'open', tally: { teleworkDays: 1 } });
  });

  it('HR may close October, which is over on that day, and not November', async () => {
    const hr = { authorization: `Bearer ${await token('sophie.leclercq@cpas-demo.be')}` };
    const october = await product.app.inject({
      method: 'POST',
      url: '/api/v1/months/2026-10/close',
      headers: hr,
    });
    expect(october.statusCode).toBe(200);
    expect(october.json().closedAt.slice(0, 10)).toBe('2026-11-23');
    const november = await product.app.inject({
      method: 'POST',
      url: '/api/v1/months/2026-11/close',
      headers: hr,
    });
    expect(november.statusCode).toBe(409);
    expect(november.json().code).toBe('MONTH_NOT_OVER');
  });
});

describe('LOCAL_TODAY that is not a date', () => {
  it('stops the server with one line naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', LOCAL_TODAY: '2026-02-30', DATA_DIR: tmpdir(), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Cannot start: Configuration LOCAL_TODAY: "2026-02-30" is not valid; set a date written YYYY-MM-DD/,
      ),
    ]);
    // A process that imports the whole server through tsx: slow on a busy 2-core machine.
  }, 90_000);
});
