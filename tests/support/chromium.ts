import { existsSync } from 'node:fs';

/** Debian's Chromium, as .ci/run installs it (no browser download is possible on this machine). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why a browser test cannot run here, or undefined when it can. A newcomer's `npm test` without
 * Chromium skips those tests with a warning; in CI (CI set, as .ci/run does) a missing browser
 * fails the run instead, so a green CI always means the pages were tried in a browser.
 */
export function chromiumMissing(what: string): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `${what} skipped: ${CHROMIUM} is not installed (apt-get install chromium)`;
  if (process.env.CI) throw new Error(`${reason}; CI must run it`);
  console.warn(reason);
  return reason;
}

/** Chromium's flags for the tests: no sandbox (containers), no GPU, nothing fetched on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
