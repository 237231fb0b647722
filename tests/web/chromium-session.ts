import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';
import { freePort } from '../support/free-port.js';
import { ensureWebBuild, repoRoot } from './web-build.js';

export const ARTIFACTS = join(repoRoot, 'test-artifacts', 'web');

/** The real server in local mode (the demo organisation, its own data folder) and Debian's Chromium. */
export interface ChromiumSession {
  product: Product;
  base: string;
  /**
   * A page of its own context (AxeBuilder needs one), in English unless ?lang= says otherwise,
   * 1100 pixels wide unless `width` says otherwise (Outlook's task pane: about 350).
   */
  open(path: string, colorScheme?: 'light' | 'dark', width?: number): Promise<Page>;
  /** A local-mode token, as the pages get one. */
  tokenOf(upn: string, resource: 'api' | 'graph'): Promise<string>;
  close(): Promise<void>;
}

export async function startChromiumSession(today: string): Promise<ChromiumSession> {
  ensureWebBuild();
  await mkdir(ARTIFACTS, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'web-chromium-'));
  // PORT too: in local mode the calendar sync reaches the local Graph on the server's own port.
  const port = await freePort();
  const product = await composeProduct(
    readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LOCAL_TODAY: today, PORT: String(port) }, dir),
  );
  await product.app.listen({ port, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    product,
    base,
    async open(path, colorScheme = 'light', width = 1100) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        locale: 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      return page;
    },
    async tokenOf(upn, resource) {
      const issued = await fetch(`${base}/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn, resource }),
      });
      return ((await issued.json()) as { access_token: string }).access_token;
    },
    async close() {
      await browser.close();
      await product.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** axe's serious and critical violations of the page, each with the nodes it found. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
