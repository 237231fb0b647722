import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoPackage, editJson, lines, manifestCopy } from './package-fixture.js';

describe('a manifest broken on purpose', () => {
  it('names the JSON path of a value the schema rejects', async () => {
    const built = await buildDemoPackage({ BOT_ID: 'not-a-guid' });
    expect(lines(built)).toEqual([
      'manifest.json /bots/0/botId: must match pattern "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"',
    ]);
  });

  it('names an unknown property and a missing required one', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.bots[0].botID = manifest.bots[0].botId;
      delete manifest.accentColor;
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      "manifest.json: must have required property 'accentColor'",
      'manifest.json /bots/0: must NOT have additional properties: "botID"',
    ]);
  });

  it('names the variable and the path when the environment leaves a placeholder unset', async () => {
    const built = await buildDemoPackage({ BOT_ID: '' });
    expect(lines(built)).toEqual([
      `manifest.json /bots/0/botId: \${{BOT_ID}}: BOT_ID is not set in test env`,
    ]);
    expect(built.missingVariables).toEqual(['BOT_ID']);
  });

  it('refuses to put a secret into the package', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.developer.name = `\${{SECRET_BOT_PASSWORD}}`;
    });
    expect(lines(await buildDemoPackage({ SECRET_BOT_PASSWORD: 'hunter2' }, dir))).toEqual([
      `manifest.json /developer/name: \${{SECRET_BOT_PASSWORD}} is a secret; secrets must never go into the app package`,
    ]);
  });

  it('reports a page outside validDomains and a single sign-on resource of another domain', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.staticTabs[0].contentUrl = 'https://elsewhere.example.org/tab/week';
      manifest.webApplicationInfo.resource = `api://elsewhere.example.org/\${{AAD_APP_CLIENT_ID}}`;
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      'manifest.json /staticTabs/0/contentUrl: elsewhere.example.org is not in validDomains',
      'manifest.json /webApplicationInfo/resource: must be api://<a domain of validDomains>/<webApplicationInfo.id>',
    ]);
  });

  it('reports a ribbon button bound to no action and a command declared twice', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].actionId = 'OpenSomethingElse';
      manifest.bots[0].commandLists[1].commands[3].title = 'Week';
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      'manifest.json /extensions/0/ribbons/0/tabs/0/groups/0/controls/0/actionId: "OpenSomethingElse" is not an action of any runtime',
      'manifest.json /bots/0/commandLists/1/commands/3/title: command "Week" is declared twice',
    ]);
  });

  it('reports a missing icon and a path that leaves the package', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.icons.color = 'colour.png';
      manifest.icons.outline = '../outline.png';
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      'manifest.json /icons/color: colour.png does not exist',
      'manifest.json /icons/outline: "../outline.png" must be a relative path inside the package',
    ]);
  });

  it('reports a manifest that is not JSON', async () => {
    const dir = await manifestCopy();
    await writeFile(join(dir, 'manifest.json'), '{ "manifestVersion": "1.30", }');
    const [problem] = lines(await buildDemoPackage({}, dir));
    expect(problem).toMatch(/^manifest\.json: is not valid JSON: /);
  });

  it('reports a manifest version whose schema is not installed', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.manifestVersion = '9.99';
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      'manifest.json /manifestVersion: no schema for 9.99 in @microsoft/app-manifest',
    ]);
  });

  it('reports a base URL that is not HTTPS or disagrees with the domain', async () => {
    expect(lines(await buildDemoPackage({ APP_BASE_URL: 'http://telework.cpas-demo.be' }))).toContain(
      'test env APP_BASE_URL: http://telework.cpas-demo.be must be an https:// URL (Teams and Outlook require TLS)',
    );
    expect(lines(await buildDemoPackage({ APP_DOMAIN: 'intranet.cpas-demo.be' }))).toContain(
      'test env APP_DOMAIN: intranet.cpas-demo.be must be the host of APP_BASE_URL (telework.cpas-demo.be)',
    );
  });
});
