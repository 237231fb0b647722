import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';
import { freePort } from '../support/free-port.js';
import { ensureWebBuild, repoRoot } from './web-build.js';

// The pages as people open them: Debian's Chromium against the server in local mode.
const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM)
  ? undefined
  : `skipped: ${CHROMIUM} is not installed (apt-get install chromium)`;
if (SKIP) console.warn(SKIP);
const ARTIFACTS = join(repoRoot, 'test-artifacts', 'web');
const SARAH = { id: '00000000-0000-4000-8000-000000000002', upn: 'sarah.janssens@cpas-demo.be' };
const SOPHIE_HR = 'sophie.leclercq@cpas-demo.be';
// The demo clock: Monday 23 November 2026; "next week" is the week of 30 November. Sarah's
// structural pattern is Tuesday: the policy accepts Tuesday 1 December at once, so it goes to Outlook.
const TODAY = '2026-11-23';
const DECLARED = '2026-12-01';

let dir: string;
let product: Product;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (SKIP) return;
  ensureWebBuild();
  await mkdir(ARTIFACTS, { recursive: true });
  dir = await mkdtemp(join(tmpdir(), 'web-chromium-'));
  // PORT too: in local mode the calendar sync reaches the local Graph on the server's own port.
  const port = await freePort();
  product = await composeProduct(
    readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LOCAL_TODAY: TODAY, PORT: String(port) }, dir),
  );
  await product.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await product?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  // AxeBuilder needs a page of an explicit context.
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    colorScheme,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function sarahsEvents(): Promise<Array<{ subject: string; start: { dateTime: string } }>> {
  const issued = await fetch(`${base}/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ upn: SARAH.upn, resource: 'graph' }),
  });
  const { access_token } = (await issued.json()) as { access_token: string };
  const view = await fetch(
    `${base}/graph/v1.0/users/${SARAH.id}/calendarView?startDateTime=${DECLARED}T00:00:00Z&endDateTime=${DECLARED}T23:59:59Z`,
    { headers: { authorization: `Bearer ${access_token}` } },
  );
  return ((await view.json()) as { value: Array<{ subject: string; start: { dateTime: string } }> }).value;
}

describe.skipIf(SKIP)('the pages in Chromium', () => {
  it('offers the demo people to sign in as when no ?as= is given', async () => {
    const page = await open('/tab/week');
    await expect.poll(() => page.getByRole('link', { name: new RegExp(SARAH.upn) }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets an employee declare a day from the personal tab: the tab and her Outlook calendar show it', async () => {
    const page = await open(`/tab/week?as=${SARAH.upn}`);
    const declare = page.locator(`fluent-button[data-date="${DECLARED}"][data-part="full"]`);
    await declare.waitFor();
    expect(await declare.textContent()).toBe('Declare telework');
    await page.screenshot({ path: join(ARTIFACTS, 'week-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // A double click declares once: the button is disabled while the request runs.
    await declare.dblclick();
    await expect.poll(() => declare.textContent(), { timeout: 15_000 }).toBe('Cancel telework');
    await expect.poll(async () => (await sarahsEvents()).length, { timeout: 20_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'week-declared-light.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('follows the dark theme of the system', async () => {
    const page = await open(`/tab/week?as=${SARAH.upn}`, 'dark');
    await page.locator('fluent-button[data-part="full"]').first().waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.screenshot({ path: join(ARTIFACTS, 'week-dark.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows HR the month per team as a chart and a table', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(`/tab/hr?as=${SOPHIE_HR}&month=2026-12`, scheme);
      await page.getByRole('img', { name: /Telework days/ }).waitFor();
      expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
      expect(await page.getByRole('rowheader').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, `hr-${scheme}.png`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('opens the add-in task pane as a plain page outside Outlook', async () => {
    const page = await open('/addin/taskpane.html?as=isabelle.lambert@cpas-demo.be');
    // Until issue 11's permanence API is merged, the pane shows the API's refusal; then, the grid.
    // (a locator, not waitForFunction: the page's CSP forbids the eval that one uses.)
    await page.locator('[role=gridcell], #status.problem').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  // Issue 11's permanence API is written on another branch: here the browser answers its routes
  // with the shapes that issue specifies, so the grid (this branch's code) is driven for real.
  it('runs the shared grid with the keyboard alone, every cell named (permanence API stubbed)', async () => {
    const monday = '2026-11-30';
    const people = ['p-ann', 'p-bob'];
    const halfDays = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].flatMap((date) =>
      (['am', 'pm'] as const).map((part) => ({
        date,
        part,
        minimumOnSite: 1,
        byFunction: {},
        onSite: date === '2026-12-01' ? ['p-ann'] : people,
        teleworking: date === '2026-12-01' ? ['p-bob'] : [],
        pending: [],
        onDuty: date === '2026-12-02' && part === 'am' ? [{ personId: 'p-bob', dutyId: 'd-1' }] : [],
        notWorking: [],
        conflicts: date === '2026-12-01' ? [{ code: 'DUTIES_BELOW_MINIMUM' }] : [],
      })),
    );
    const sent: Array<{ method: string; url: string; ifMatch: string | undefined; body: unknown }> = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width: 1100, height: 700 },
        colorScheme: scheme,
        locale: 'en-GB',
      });
      await context.route(/\/api\/v1\/(teams|requests)/, async (route) => {
        const request = route.request();
        const url = new URL(request.url());
        if (request.method() !== 'GET') {
          sent.push({
            method: request.method(),
            url: url.pathname,
            ifMatch: request.headers()['if-match'],
            body: request.postDataJSON(),
          });
          return route.fulfill({ status: 201, json: {} });
        }
        if (url.pathname === '/api/v1/teams')
          return route.fulfill({
            json: [
              {
                teamId: 'social-service',
                name: 'Social service',
                members: [
                  { personId: 'p-ann', displayName: 'Ann Peeters' },
                  { personId: 'p-bob', displayName: 'Bob Maes' },
                ],
              },
            ],
          });
        if (url.pathname.endsWith('/coverage'))
          return route.fulfill({
            headers: { etag: '"v7"' },
            json: { teamId: 'social-service', from: monday, to: '2026-12-04', version: 'v7', halfDays },
          });
        return route.fulfill({ json: [] });
      });
      const page = await context.newPage();
      await page.goto(`${base}/addin/taskpane.html?as=isabelle.lambert@cpas-demo.be&weekOf=${monday}`);
      const cells = page.getByRole('gridcell');
      await cells.first().waitFor();
      expect(await cells.count()).toBe(people.length * halfDays.length);
      const names = await cells.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('aria-label') ?? ''),
      );
      expect(names.every((name) => /^(Ann Peeters|Bob Maes), /.test(name))).toBe(true);
      expect(names, names.join('\n')).toContain('Bob Maes, Wed, Dec 2 Morning, On site, Permanence duty');
      await page.screenshot({ path: join(ARTIFACTS, `taskpane-${scheme}.png`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      if (scheme === 'light') {
        // Tab into the grid, two steps right (Mon pm → Tue am), Enter: a duty for Ann on 1 Dec am.
        await cells.first().focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        expect(await page.locator(':focus').getAttribute('aria-label')).toBe(
          'Ann Peeters, Tue, Dec 1 Morning, On site',
        );
        await page.keyboard.press('Enter');
        await expect.poll(() => sent.length).toBe(1);
        expect(sent[0]).toEqual({
          method: 'POST',
          url: '/api/v1/teams/social-service/duties',
          ifMatch: '"v7"',
          body: { date: '2026-12-01', part: 'am', personId: 'p-ann' },
        });
      }
      await context.close();
    }
  }, 60_000);
});
