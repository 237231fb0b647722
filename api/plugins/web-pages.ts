import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { builtPagesKey, webSourcesKey } from './web-sources-key.js';

/** What the pages need to sign in: in production, the Entra app and the API's scope (all public). */
export type WebSignIn =
  | { mode: 'local' }
  | { mode: 'production'; clientId: string; tenantId: string; authority: string; apiAudience: string };

export interface WebPagesOptions {
  /** What `npm run build:web` writes (web-dist/): the HTML pages and their hashed assets. */
  distDir: string;
  /** The Outlook add-in's ribbon icons (manifest/addin-icons), served at the manifest's URLs. */
  iconsDir: string;
  signIn: WebSignIn;
  /**
   * Local mode: build the pages when distDir has none or they are not those of the sources as
   * they are now (an edit under web/, teams-app/, addin-outlook/: web-sources-key.ts), in a child
   * process after the server listens, so /healthz answers at once and page requests wait for it.
   * `cwd` is the repository's root, where the sources are.
   */
  buildWhenStale?: { viteBin: string; configFile: string; cwd: string };
}

/** The URL of each page, as the app package's manifest names them, and the built file it serves. */
export const WEB_PAGES: Record<string, string> = {
  '/tab/week': 'teams-app/week.html',
  '/tab/team': 'teams-app/team.html',
  '/tab/configure': 'teams-app/configure.html',
  '/tab/hr': 'teams-app/hr.html',
  '/addin/taskpane.html': 'addin-outlook/taskpane.html',
};

// Teams, Outlook and Microsoft 365 hosts, as Microsoft's tab requirements list them
// (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements): the pages open only
// framed by them. *.cloud.microsoft is where the web clients are moving.
export const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

function contentSecurityPolicy(signIn: WebSignIn): string {
  const local = signIn.mode === 'local';
  return [
    "default-src 'self'",
    // Office.js must be loaded from Microsoft's CDN (an add-in may not bundle it).
    "script-src 'self' https://appsforoffice.microsoft.com",
    // Fluent's web components set styles at run time (adoptedStyleSheets and style attributes).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    local ? "connect-src 'self'" : `connect-src 'self' ${new URL(signIn.authority).origin}`,
    "frame-src 'self' https://appsforoffice.microsoft.com https://*.office.com https://login.microsoftonline.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Local mode: the server's own origin frames them too (the Playground, a test page).
    `frame-ancestors ${local ? "'self' " : ''}${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/**
 * The Teams tabs and the Outlook add-in's task pane under /tab/ and /addin/, their assets under
 * /web/assets/. Helmet's headers stay, except the two that would forbid framing by Teams and
 * Outlook: X-Frame-Options goes, and the Content-Security-Policy is this page's own.
 */
export async function webPages(app: FastifyInstance, options: WebPagesOptions): Promise<void> {
  const { distDir, iconsDir, signIn } = options;
  const csp = contentSecurityPolicy(signIn);
  let building: Promise<void> | undefined;
  // The key of the last build this server ran: a build whose key file does not follow (a vite
  // config without it) is not run again for the same sources.
  let builtFor: string | undefined;
  const ready = (): Promise<void> => {
    const build = options.buildWhenStale;
    if (!build) return Promise.resolve();
    if (building) return building;
    const key = webSourcesKey(build.cwd);
    const current =
      existsSync(join(distDir, WEB_PAGES['/tab/week'] as string)) && builtPagesKey(distDir) === key;
    if (current || key === builtFor) return Promise.resolve();
    app.log.info('building the web pages (first start, or their sources changed): npm run build:web');
    building = new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [build.viteBin, 'build', '--config', build.configFile], {
        cwd: build.cwd,
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))));
    })
      .then(() => {
        builtFor = key;
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'the web pages could not be built'))
      .finally(() => {
        building = undefined;
      });
    return building;
  };
  // The build writes it later; @fastify/static wants the folder to exist when registered.
  if (options.buildWhenStale) mkdirSync(join(distDir, 'assets'), { recursive: true });
  app.addHook('onListen', async () => {
    void ready();
  });

  const sendPage = async (reply: FastifyReply, file: string) => {
    await ready();
    const html = await readFile(join(distDir, file), 'utf8').catch(() => undefined);
    if (html === undefined) return reply.callNotFound();
    reply.removeHeader('x-frame-options');
    return reply
      .header('content-security-policy', csp)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html);
  };
  for (const [url, file] of Object.entries(WEB_PAGES)) {
    app.get(url, { schema: { hide: true } }, (_request, reply) => sendPage(reply, file));
  }
  app.get('/web/sign-in.json', { schema: { hide: true } }, async () =>
    signIn.mode === 'local'
      ? { mode: 'local' }
      : {
          mode: 'production',
          clientId: signIn.clientId,
          authority: signIn.authority,
          apiScope: `${signIn.apiAudience}/access_as_user`,
        },
  );
  await app.register(fastifyStatic, {
    root: iconsDir,
    prefix: '/addin/assets/',
    decorateReply: false,
    schemaHide: true,
  });
  await app.register(fastifyStatic, {
    root: join(distDir, 'assets'),
    prefix: '/web/assets/',
    decorateReply: false,
    schemaHide: true,
    immutable: true,
    maxAge: '365d',
  });
}
