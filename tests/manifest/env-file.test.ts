import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEnvironments, loadEnvironment, parseEnvFile } from '../../scripts/app-package/env-file.js';
import { placeholderNames } from '../../scripts/app-package/placeholders.js';
import { envDir, manifestDir, scratchDir } from './package-fixture.js';

describe('environment files', () => {
  it('parse the dotenv subset the Agents Toolkit writes', () => {
    const text = [
      '# a comment',
      '',
      'TEAMSFX_ENV=dev',
      'export APP_DOMAIN = telework.cpas-demo.be',
      'EMPTY=',
      'QUOTED="Centre public d\'action sociale # not a comment"',
      "SINGLE='OCMW Demo'",
      'TRAILING=https://www.cpas-demo.be # the website',
      'not a variable line',
    ].join('\n');
    expect(parseEnvFile(text)).toEqual({
      TEAMSFX_ENV: 'dev',
      APP_DOMAIN: 'telework.cpas-demo.be',
      EMPTY: '',
      QUOTED: "Centre public d'action sociale # not a comment",
      SINGLE: 'OCMW Demo',
      TRAILING: 'https://www.cpas-demo.be',
    });
  });

  it('let env/.env.NAME.user override env/.env.NAME', async () => {
    const dir = await scratchDir();
    await writeFile(join(dir, '.env.dev'), 'APP_DOMAIN=telework.cpas-demo.be\nAPP_ID=\n');
    await writeFile(join(dir, '.env.dev.user'), 'APP_DOMAIN=abc123.euw.devtunnels.ms\n');
    const loaded = await loadEnvironment(dir, 'dev');
    expect(loaded.values).toEqual({ APP_DOMAIN: 'abc123.euw.devtunnels.ms', APP_ID: '' });
    expect(loaded.files).toEqual([join(dir, '.env.dev'), join(dir, '.env.dev.user')]);
  });

  it('say which environments exist when the one asked for does not', async () => {
    await expect(loadEnvironment(envDir, 'prod')).rejects.toThrow(
      `No environment file ${join(envDir, '.env.prod')}; known environments: dev, local.`,
    );
    await expect(loadEnvironment(envDir, '../etc/passwd')).rejects.toThrow(/is not an environment name/);
    expect(await listEnvironments(envDir)).toEqual(['dev', 'local']);
  });
});

describe('the committed environment files', () => {
  const manifestPlaceholders = async () => {
    const names = new Set<string>();
    for (const file of ['manifest.json', 'fr.json', 'nl.json', 'de.json']) {
      for (const name of placeholderNames(JSON.parse(await readFile(join(manifestDir, file), 'utf8')))) {
        names.add(name);
      }
    }
    return [...names].sort();
  };

  it('hold no secrets', async () => {
    for (const name of ['local', 'dev']) {
      const { values } = await loadEnvironment(envDir, name);
      expect(Object.keys(values).filter((key) => /SECRET|PASSWORD/.test(key))).toEqual([]);
    }
  });

  it('local gives a value to every variable the manifest uses; dev declares each of them', async () => {
    const used = await manifestPlaceholders();
    expect(used).toEqual([
      'AAD_APP_CLIENT_ID',
      'APP_BASE_URL',
      'APP_DOMAIN',
      'APP_ID',
      'BOT_ID',
      'DEVELOPER_NAME',
      'DEVELOPER_WEBSITE_URL',
      'PRIVACY_URL',
      'TERMS_OF_USE_URL',
    ]);
    const local = parseEnvFile(await readFile(join(envDir, '.env.local'), 'utf8'));
    const dev = parseEnvFile(await readFile(join(envDir, '.env.dev'), 'utf8'));
    expect(used.filter((name) => !local[name])).toEqual([]);
    expect(used.filter((name) => !(name in dev))).toEqual([]);
  });
});
