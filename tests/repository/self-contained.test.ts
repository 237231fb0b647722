import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A clone of the repository is all a person has: nothing in it may read a file beside it. The
// reference material the project was built from lived in a folder next to the repository; the
// product, its tests, scripts and docs must not reach for it.
const root = fileURLToPath(new URL('../..', import.meta.url));

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '');
}

const isText = (file: string) => !/\.(png|jpe?g|gif|ico|zip|sqlite)$/i.test(file);
// Spelled in pieces so that this file does not name what it looks for.
const SIBLING_FOLDER = ['..', 'shared'].join('/');
const ABSOLUTE_SIBLING = ['', 'work', 'shared'].join('/');

/** Paths a source file resolves against its own location: new URL('...', import.meta.url). */
function urlsRelativeToModule(text: string): string[] {
  return [...text.matchAll(/new URL\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url\s*\)/g)].map(
    (match) => match[1] as string,
  );
}

describe('the repository stands alone', () => {
  const files = trackedFiles();

  it('lists the tracked files', () => {
    expect(files).toContain('package.json');
  });

  it('has no tracked file that names the folder beside the repository', () => {
    const naming = files.filter(isText).filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return text.includes(SIBLING_FOLDER) || text.includes(ABSOLUTE_SIBLING);
    });
    expect(naming).toEqual([]);
  });

  it('has no module that resolves a file outside the repository from its own location', () => {
    const escaping = files
      .filter((file) => /\.(ts|js|mjs|cjs)$/.test(file))
      .flatMap((file) =>
        urlsRelativeToModule(readFileSync(join(root, file), 'utf8'))
          .filter((url) => !/^[a-z]+:/i.test(url))
          .filter((url) => relative(root, resolve(dirname(join(root, file)), url)).startsWith('..'))
          .map((url) => `${file}: ${url}`),
      );
    expect(escaping).toEqual([]);
  });
});
