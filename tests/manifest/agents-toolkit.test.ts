import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnvFile } from '../../scripts/app-package/env-file.js';
import { placeholderNames } from '../../scripts/app-package/placeholders.js';
import { envDir, type LooseJson, manifestDir, repoRoot } from './package-fixture.js';

// The actions these files use, as the toolkit's v1.11 YAML schema names them.
const KNOWN_ACTIONS = new Set([
  'teamsApp/create',
  'aadApp/create',
  'aadApp/update',
  'botFramework/create',
  'cli/runNpmCommand',
  'teamsApp/validateAppPackage',
  'teamsApp/update',
  'teamsApp/extendToM365',
  'teamsApp/publishAppPackage',
  'file/createOrUpdateEnvironmentFile',
  'script',
]);

const readYaml = async (file: string): Promise<LooseJson> =>
  parse(await readFile(join(repoRoot, file), 'utf8'));

describe.each(['m365agents.yml', 'm365agents.local.yml'])('%s', (file) => {
  it('uses schema v1.11 and only actions it knows', async () => {
    const project = await readYaml(file);
    expect(project.version).toBe('v1.11');
    const actions = ['provision', 'deploy', 'publish'].flatMap((stage) => project[stage] ?? []);
    expect(
      actions.map(({ uses }: LooseJson) => uses).filter((uses: string) => !KNOWN_ACTIONS.has(uses)),
    ).toEqual([]);
  });

  it('packages with npm run package, then hands that zip to the Developer Portal', async () => {
    const { provision } = await readYaml(file);
    const packaging = provision.findIndex((action: LooseJson) => action.uses === 'cli/runNpmCommand');
    expect(provision[packaging].with.args).toMatch(/^run package -- --env \S+ --process-env$/);
    const zipUsers = provision.slice(packaging + 1).map((action: LooseJson) => action.with.appPackagePath);
    expect(zipUsers.length).toBeGreaterThan(0);
    for (const path of zipUsers)
      expect(path).toMatch(/^\.\/build\/appPackage\.(\$\{\{TEAMSFX_ENV\}\}|local)\.zip$/);
  });

  it('provisions every identifier the manifest needs, the rest being set in the env file', async () => {
    const { provision } = await readYaml(file);
    const written = new Set<string>(
      provision.flatMap((action: LooseJson) => Object.values(action.writeToEnvironmentFile ?? {})),
    );
    const manifest = JSON.parse(await readFile(join(manifestDir, 'manifest.json'), 'utf8'));
    const dev = parseEnvFile(await readFile(join(envDir, '.env.dev'), 'utf8'));
    const unprovided = [...placeholderNames(manifest)].filter((name) => !written.has(name) && !(name in dev));
    expect(unprovided).toEqual([]);
    expect(
      [...written]
        .filter((name) => ['APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'TENANT_ID'].includes(name))
        .sort(),
    ).toEqual(['AAD_APP_CLIENT_ID', 'APP_ID', 'BOT_ID', 'TENANT_ID']);
  });
});

describe('the Entra app manifest (aad.manifest.json)', () => {
  it('exposes access_as_user on the single sign-on resource and the three app roles', async () => {
    const app = JSON.parse(await readFile(join(repoRoot, 'aad.manifest.json'), 'utf8'));
    expect(app.identifierUris).toEqual([`api://\${{APP_DOMAIN}}/\${{AAD_APP_CLIENT_ID}}`]);
    expect(app.api.oauth2PermissionScopes.map((scope: LooseJson) => scope.value)).toEqual(['access_as_user']);
    expect(app.appRoles.map((role: LooseJson) => role.value)).toEqual(['HR', 'Manager', 'Admin']);
    expect(new Set(app.appRoles.map((role: LooseJson) => role.id)).size).toBe(3);
  });

  it('requests only delegated Graph permissions: calendar access without a user goes through Exchange RBAC', async () => {
    const app = JSON.parse(await readFile(join(repoRoot, 'aad.manifest.json'), 'utf8'));
    const types = app.requiredResourceAccess.flatMap((resource: LooseJson) =>
      resource.resourceAccess.map((access: LooseJson) => access.type),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type: string) => type === 'Scope')).toBe(true);
  });
});
