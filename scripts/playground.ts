import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pickCurrent, playgroundConfig } from '../bot/playground/playground-config.js';
import { composeProduct } from '../server/composition-root.js';
import { readConfig } from '../server/config.js';
import { LOCAL_CLIENT_ID, LOCAL_TENANT_ID } from '../server/connect-microsoft-365.js';

// `npm run playground [-- --as upn] [-- --playground-port 56150]`: the server in local mode and
// the Microsoft 365 Agents Playground pointed at it, chatting as a person of the organisation.
const { values } = parseArgs({
  options: { as: { type: 'string' }, 'playground-port': { type: 'string', default: '56150' } },
});
const config = readConfig({ ...process.env, MODE: 'local' }, process.cwd());
const product = await composeProduct(config);
await product.app.listen({ port: config.port, host: config.host });

const folder = join(config.dataDir, 'playground');
await mkdir(folder, { recursive: true });
await writeFile(
  join(folder, '.m365agentsplayground.yml'),
  playgroundConfig({
    organisation: product.organisation,
    tenantId: LOCAL_TENANT_ID,
    botId: LOCAL_CLIENT_ID,
    ...(values.as ? { currentUpn: values.as } : {}),
  }),
);
/**
 * The Playground opens the page in the desktop's browser with xdg-open on Linux; with no desktop
 * (a server, a container, SSH) that spawn fails and the Playground exits 1 with nothing on the
 * screen. Then it runs without opening anything (its TEAMSAPPTESTER_BROWSER=none) and the URL is
 * printed for a browser elsewhere (ssh -L 56150:127.0.0.1:56150 ...).
 */
function canOpenBrowser(env: NodeJS.ProcessEnv): boolean {
  if (env.TEAMSAPPTESTER_BROWSER === 'none') return false;
  if (process.platform !== 'linux') return true;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  return (env.PATH ?? '').split(delimiter).some((folder) => existsSync(join(folder, 'xdg-open')));
}
const openBrowser = canOpenBrowser(process.env);
const person = pickCurrent(product.organisation.people, values.as);

const cli = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')),
  'cli.js',
);
const playground = spawn(
  process.execPath,
  [
    cli,
    '-e',
    `http://127.0.0.1:${config.port}/api/messages`,
    '-c',
    'msteams',
    '-p',
    String(values['playground-port']),
    '--dt',
  ],
  {
    cwd: folder,
    env: openBrowser ? process.env : { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
// The Playground takes another port when the one asked for is taken: its own line says which.
createInterface({ input: playground.stdout }).on('line', (line) => {
  const port = /^Listening on (\d+)/.exec(line)?.[1];
  if (!port) return console.log(line);
  console.log(
    `Playground: http://127.0.0.1:${port}${openBrowser ? '' : ' (open it in a browser)'}, chatting as ` +
      `${person.displayName} (${person.upn}); server http://127.0.0.1:${config.port}. Ctrl+C stops both.`,
  );
});
const stop = () => {
  playground.kill('SIGTERM');
  product.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
playground.on('exit', (code) => {
  if (code) console.error(`The Playground stopped (exit ${code}); its log: ${join(folder, 'devTools')}`);
  product.close().then(() => process.exit(code ?? 0));
});
