import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canOpenBrowser } from '../../scripts/playground-browser.js';

// `npm run playground` asks the Playground to open a browser only where one can be opened: on
// Linux without a desktop, xdg-open's failure used to stop the Playground with exit 1 and no word.
describe('whether npm run playground opens a browser', () => {
  let withXdgOpen: string;
  let without: string;
  beforeAll(async () => {
    withXdgOpen = await mkdtemp(join(tmpdir(), 'xdg-'));
    without = await mkdtemp(join(tmpdir(), 'no-xdg-'));
    await writeFile(join(withXdgOpen, 'xdg-open'), '#!/bin/sh\n', { mode: 0o755 });
  });
  afterAll(async () => {
    await rm(withXdgOpen, { recursive: true, force: true });
    await rm(without, { recursive: true, force: true });
  });

  it.each([
    ['a Linux desktop (X11) with xdg-open', 'linux', { DISPLAY: ':0' }, 'xdg', true],
    ['a Linux desktop (Wayland) with xdg-open', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, 'xdg', true],
    ['Linux over SSH or in a container: no display', 'linux', {}, 'xdg', false],
    ['a display but no xdg-open', 'linux', { DISPLAY: ':0' }, 'none', false],
    ['macOS', 'darwin', {}, 'none', true],
    ['Windows', 'win32', {}, 'none', true],
    [
      'anywhere, when TEAMSAPPTESTER_BROWSER=none is set',
      'darwin',
      { TEAMSAPPTESTER_BROWSER: 'none' },
      'xdg',
      false,
    ],
  ] as const)('%s', (_case, platform, env, path, expected) => {
    const PATH = path === 'xdg' ? withXdgOpen : without;
    expect(canOpenBrowser({ ...env, PATH }, platform)).toBe(expected);
  });
});
