import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from '../../api/plugins/security-headers.js';
import { FRAME_ANCESTORS, webPages } from '../../api/plugins/web-pages.js';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';
import { buildDemoPackage, demoEnv } from '../manifest/package-fixture.js';
import { ensureWebBuild, repoRoot } from './web-build.js';

// The app package must match what the server serves: every URL of the built manifest answers.
let dir: string;
let product: Product;
beforeAll(async () => {
  ensureWebBuild();
  dir = await mkdtemp(join(tmpdir(), 'web-pages-'));
  product = await composeProduct(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }, dir), {
    runCalendarSync: false,
  });
});
afterAll(async () => {
  await product.close();
  await rm(dir, { recursive: true, force: true });
});

function urlsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) found.push(value);
  else if (Array.isArray(value)) for (const item of value) urlsIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) urlsIn(item, found);
  return found;
}

describe('the pages of the app package', () => {
  it('answers 200 at every URL the built manifest names on this server', async () => {
    const base = (await demoEnv()).APP_BASE_URL as string;
    const built = await buildDemoPackage();
    const ours = urlsIn(built.manifest).filter((url) => url.startsWith(base));
    const paths = ours.map((url) => url.slice(base.length));
    // The tabs, the configuration page, the add-in page and its icons: what issue 12 found 404.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/tab/week',
        '/tab/configure',
        '/addin/taskpane.html',
        '/addin/assets/icon-16.png',
        '/addin/assets/icon-128.png',
      ]),
    );
    for (const path of new Set(paths)) {
      const response = await product.app.inject({ method: 'GET', url: path });
      expect({ path, status: response.statusCode }).toEqual({ path, status: 200 });
    }
  });

  it('lets only Teams, Outlook and this server frame a page, and loads its script from here', async () => {
    const response = await product.app.inject({ method: 'GET', url: '/tab/week' });
    const csp = response.headers['content-security-policy'] as string;
    const ancestors = csp.split('; ').find((directive) => directive.startsWith('frame-ancestors')) ?? '';
    expect(ancestors.split(' ')).toEqual(
      expect.arrayContaining([
        "'self'",
        'https://teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://outlook.office.com',
      ]),
    );
    expect(ancestors).not.toContain('*.com ');
    expect(response.headers['x-frame-options']).toBeUndefined();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(response.body)?.[1];
    expect(script).toMatch(/^\/web\/assets\//);
    const asset = await product.app.inject({ method: 'GET', url: script as string });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it('keeps the API and the docs unframeable', async () => {
    const response = await product.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('the pages in production', () => {
  it('are framed only by Teams and Outlook hosts, and may reach the Entra authority for tokens', async () => {
    const app = Fastify({ logger: false });
    registerSecurityHeaders(app);
    await app.register(webPages, {
      distDir: join(repoRoot, 'web-dist'),
      iconsDir: join(repoRoot, 'manifest', 'addin-icons'),
      signIn: {
        mode: 'production',
        clientId: '11111111-2222-4333-8444-555555555555',
        tenantId: 'contoso',
        authority: 'https://login.microsoftonline.com/contoso',
        apiAudience: 'api://telework.example/11111111-2222-4333-8444-555555555555',
      },
    });
    const page = await app.inject({ method: 'GET', url: '/addin/taskpane.html' });
    expect(page.statusCode).toBe(200);
    const csp = page.headers['content-security-policy'] as string;
    const ancestors = csp.split('; ').find((directive) => directive.startsWith('frame-ancestors'));
    expect(ancestors).toBe(`frame-ancestors ${FRAME_ANCESTORS.join(' ')}`);
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
    expect(csp).toContain('https://appsforoffice.microsoft.com');
    const signIn = await app.inject({ method: 'GET', url: '/web/sign-in.json' });
    expect(signIn.json()).toEqual({
      mode: 'production',
      clientId: '11111111-2222-4333-8444-555555555555',
      authority: 'https://login.microsoftonline.com/contoso',
      apiScope: 'api://telework.example/11111111-2222-4333-8444-555555555555/access_as_user',
    });
    await app.close();
  });
});
