import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { packageCommand } from '../../scripts/app-package/package-command.js';
import { envDir, repoRoot, scratchDir } from './package-fixture.js';

async function packageApp(args: string[], processEnv: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await packageCommand(
    args,
    { log: (line) => out.push(line), error: (line) => err.push(line) },
    processEnv,
  );
  return { code, out, err };
}

async function brokenEnvDir(): Promise<string> {
  const dir = await scratchDir();
  const local = await readFile(join(envDir, '.env.local'), 'utf8');
  await writeFile(
    join(dir, '.env.broken'),
    local.replace(/^BOT_ID=.*$/m, 'BOT_ID=42').replace(/^APP_ID=.*$/m, 'APP_ID='),
  );
  return dir;
}

describe('npm run package', () => {
  it('writes appPackage.<env>.zip for the chosen environment', async () => {
    const out = await scratchDir();
    const result = await packageApp(['--env', 'local', '--env-dir', envDir, '--out-dir', out]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(join(out, 'appPackage.local.zip')));
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'de.json',
      'fr.json',
      'manifest.json',
      'nl.json',
      'outline.png',
    ]);
  });

  it('fails with one line per problem and the variables to set, and writes no zip', async () => {
    const dir = await brokenEnvDir();
    const result = await packageApp(['--env', 'broken', '--env-dir', dir, '--out-dir', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      'The app package for "broken" is not valid (2 problems):',
      expect.stringMatching(
        /^ {2}manifest\.json \/id: \$\{\{APP_ID\}\}: APP_ID is not set in .*\.env\.broken$/,
      ),
      expect.stringMatching(/^ {2}manifest\.json \/bots\/0\/botId: must match pattern /),
      expect.stringMatching(/^Set APP_ID in .*\.env\.broken \(see docs\/deployment\.md\)\.$/),
    ]);
    await expect(stat(join(dir, 'appPackage.broken.zip'))).rejects.toThrow();
  });

  it('takes the process environment over the files only when asked (--process-env)', async () => {
    const dir = await brokenEnvDir();
    const fixed = {
      APP_ID: '00000000-0000-4000-8000-00000000a002',
      BOT_ID: '00000000-0000-4000-8000-00000000b002',
    };
    const args = ['--env', 'broken', '--env-dir', dir, '--out-dir', dir];
    expect((await packageApp(args, fixed)).code).toBe(1);
    expect((await packageApp([...args, '--process-env'], fixed)).code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'appPackage.broken.zip')));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
    expect(manifest.id).toBe(fixed.APP_ID);
  });

  it('fails on an unknown environment, naming the known ones', async () => {
    const result = await packageApp(['--env', 'staging', '--env-dir', envDir]);
    expect(result).toEqual({
      code: 1,
      out: [],
      err: [`No environment file ${join(envDir, '.env.staging')}; known environments: dev, local.`],
    });
  });

  it('exits with a non-zero code from the real entry point', async () => {
    const dir = await brokenEnvDir();
    // `npm run package` is `tsx scripts/package-app.ts`; node --import tsx is the same without npm.
    const child = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/package-app.ts', '--env', 'broken', '--env-dir', dir, '--out-dir', dir],
      { cwd: repoRoot },
    );
    await expect(child).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('/bots/0/botId') });
  });
});
