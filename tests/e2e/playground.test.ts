import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundConfig } from '../../bot/playground/playground-config.js';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';
import { LOCAL_CLIENT_ID, LOCAL_TENANT_ID } from '../../server/connect-microsoft-365.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumMissing } from '../support/chromium.js';
import { freePort } from '../support/free-port.js';

// The real Microsoft 365 Agents Playground, in headless Chromium (Debian's package; .ci/run
// installs it), chatting as Sarah Janssens of the demo CPAS with the real server in local mode.
const SKIP = chromiumMissing('The Playground test');
const SARAH_UPN = 'sarah.janssens@cpas-demo.be';

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the Playground exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

describe.skipIf(SKIP !== undefined)('the bot in the Microsoft 365 Agents Playground', () => {
  let dir: string;
  let product: Product;
  let baseUrl: string;
  let playground: ChildProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'playground-e2e-'));
    const port = await freePort();
    const config = readConfig({ DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'silent' }, dir);
    product = await composeProduct(config, {
      clock: { today: () => '2026-11-23', now: () => new Date().toISOString() },
      runCalendarSync: false,
    });
    await product.app.listen({ port, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${port}`;

    const config_ = playgroundConfig({
      organisation: product.organisation,
      tenantId: LOCAL_TENANT_ID,
      botId: LOCAL_CLIENT_ID,
      currentUpn: SARAH_UPN,
    });
    await writeFile(join(dir, '.m365agentsplayground.yml'), config_);
    const playgroundPort = await freePort();
    const cli = join(
      dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')),
      'cli.js',
    );
    playground = spawn(
      process.execPath,
      [cli, '-e', `${baseUrl}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--dt'],
      { cwd: dir, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: 'ignore' },
    );
    await waitForHttp(`http://127.0.0.1:${playgroundPort}/`, playground);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${playgroundPort}/`, { waitUntil: 'networkidle' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    playground?.kill('SIGTERM');
    await product?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function send(message: string, expectText: string): Promise<void> {
    const before = await page.getByText(expectText).count();
    const box = page.locator('[data-lexical-editor="true"]');
    await box.click();
    await page.keyboard.type(message);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(expectText).count(), { timeout: 15_000 }).toBeGreaterThan(before);
  }

  async function events(day: string): Promise<Array<{ subject: string }>> {
    const token = await product.app.inject({
      method: 'POST',
      url: '/local/token',
      payload: { upn: SARAH_UPN, resource: 'graph' },
    });
    const response = await fetch(
      `${baseUrl}/graph/v1.0/users/${SARAH_UPN}/calendarView?startDateTime=${day}T00:00:00&endDateTime=${day}T23:59:59`,
      { headers: { authorization: `Bearer ${token.json().access_token}` } },
    );
    return ((await response.json()) as { value: Array<{ subject: string }> }).value;
  }

  it('"/thuiswerk morgen" answers in Dutch and puts Tuesday in Outlook', async () => {
    await send('/thuiswerk morgen', 'in je Outlook-agenda');
    expect(await events('2026-11-24')).toMatchObject([{ subject: 'Thuiswerk' }]);
    await page.screenshot({ path: join(tmpdir(), 'playground-thuiswerk.png') });
  }, 30_000);

  it('"/télétravail vendredi matin" outside the pattern waits for the manager, nothing in Outlook', async () => {
    await send('/télétravail vendredi matin', 'Isabelle Lambert');
    expect(await events('2026-11-27')).toEqual([]);
  }, 30_000);

  it('"/telework next tuesday" answers in English and puts 1 December in Outlook', async () => {
    await send('/telework next tuesday', 'in your Outlook calendar');
    // The calendar speaks the person's language (the organisation file's), whatever the chat's.
    expect(await events('2026-12-01')).toMatchObject([{ subject: 'Thuiswerk' }]);
  }, 30_000);

  it('"/telework cancel friday" cancels the pending Friday morning', async () => {
    await send('/telework cancel friday', 'Telework cancelled');
    const active = await product.store.activeEntries(
      ['00000000-0000-4000-8000-000000000002'],
      '2026-11-27',
      '2026-11-27',
    );
    expect(active).toEqual([]);
    expect(await events('2026-11-27')).toEqual([]);
  }, 30_000);
});
