import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The Playground opens the page in the desktop's browser with xdg-open on Linux; with no desktop
 * (a server, a container, SSH) that spawn fails and the Playground exits 1 with nothing on the
 * screen. Then it runs without opening anything (its TEAMSAPPTESTER_BROWSER=none) and the URL is
 * printed for a browser elsewhere (ssh -L 56150:127.0.0.1:56150 ...).
 */
export function canOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (env.TEAMSAPPTESTER_BROWSER === 'none') return false;
  if (platform !== 'linux') return true;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  return (env.PATH ?? '').split(delimiter).some((folder) => existsSync(join(folder, 'xdg-open')));
}
