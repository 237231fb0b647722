import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { referencedFiles } from '../../scripts/app-package/package-contents.js';
import { newestManifestVersion, schemaUrl } from '../../scripts/app-package/schemas.js';
import { zipAppPackage } from '../../scripts/app-package/zip-app-package.js';
import { buildDemoPackage, demoEnv, type LooseJson, lines, manifestDir } from './package-fixture.js';

async function openZip(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
  return { zip, names };
}

describe('the app package built from env/.env.local', () => {
  it('is valid: manifest, localization files and icons', async () => {
    const built = await buildDemoPackage();
    expect(lines(built)).toEqual([]);
    expect(built.missingVariables).toEqual([]);
  });

  it('uses the newest numbered manifest schema shipped with @microsoft/app-manifest', async () => {
    const { manifest } = await buildDemoPackage();
    const newest = await newestManifestVersion();
    expect(newest).toBe('1.30');
    expect(manifest?.manifestVersion).toBe(newest);
    expect(manifest?.$schema).toBe(schemaUrl('manifest', newest));
  });

  it('holds exactly manifest.json and the files the manifest references, nothing else', async () => {
    const built = await buildDemoPackage();
    const { zip, names } = await openZip(await zipAppPackage(built.files));
    const inZip: LooseJson = JSON.parse(await (zip.file('manifest.json')?.async('string') ?? '{}'));
    const referenced = referencedFiles(inZip).map(({ name }) => name);

    expect(names.sort()).toEqual(['manifest.json', ...referenced].sort());
    expect(names.sort()).toEqual([
      'color.png',
      'de.json',
      'fr.json',
      'manifest.json',
      'nl.json',
      'outline.png',
    ]);
    for (const icon of ['color.png', 'outline.png']) {
      const packed = await zip.file(icon)?.async('nodebuffer');
      expect(packed?.equals(await readFile(join(manifestDir, icon)))).toBe(true);
    }
  });

  it('fills every placeholder from the environment file', async () => {
    const env = await demoEnv();
    const { zip, names } = await openZip(await zipAppPackage((await buildDemoPackage()).files));
    for (const name of names.filter((entry) => entry.endsWith('.json'))) {
      expect(await zip.file(name)?.async('string')).not.toContain('${{');
    }
    const manifest: LooseJson = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
    expect(manifest.id).toBe(env.APP_ID);
    expect(manifest.bots[0].botId).toBe(env.BOT_ID);
    expect(manifest.developer.name).toBe(env.DEVELOPER_NAME);
  });

  it('is byte-for-byte reproducible', async () => {
    const first = await zipAppPackage((await buildDemoPackage()).files);
    const second = await zipAppPackage((await buildDemoPackage()).files);
    expect(first.equals(second)).toBe(true);
  });
});

describe('what the manifest declares', () => {
  it('points Teams and Outlook at the URLs the server serves', async () => {
    const manifest: LooseJson = (await buildDemoPackage()).manifest;
    const base = 'https://telework.cpas-demo.be';
    expect(manifest.staticTabs[0].contentUrl).toBe(`${base}/tab/week`);
    expect(manifest.configurableTabs[0].configurationUrl).toBe(`${base}/tab/configure`);
    expect(manifest.extensions[0].runtimes[0].code.page).toBe(`${base}/addin/taskpane.html`);
    expect(manifest.validDomains).toEqual(['telework.cpas-demo.be']);
    expect(manifest.webApplicationInfo).toEqual({
      id: manifest.webApplicationInfo.id,
      resource: `api://telework.cpas-demo.be/${manifest.webApplicationInfo.id}`,
    });
  });

  it('offers the bot in personal chats and teams with the same four commands', async () => {
    const manifest: LooseJson = (await buildDemoPackage()).manifest;
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(['personal', 'team']);
    const titles = bot.commandLists.map((list: LooseJson) =>
      list.commands.map(({ title }: LooseJson) => title),
    );
    expect(titles).toEqual([
      ['telework', 'cancel', 'week', 'help'],
      ['telework', 'cancel', 'week', 'help'],
    ]);
    expect(bot.commandLists.map((list: LooseJson) => list.scopes)).toEqual([['personal'], ['team']]);
  });

  it('declares the Outlook add-in as a mail task pane opened from the ribbon', async () => {
    const manifest: LooseJson = (await buildDemoPackage()).manifest;
    const [extension] = manifest.extensions;
    expect(extension.requirements.scopes).toEqual(['mail']);
    const [action] = extension.runtimes[0].actions;
    expect(action.type).toBe('openPage');
    const control = extension.ribbons[0].tabs[0].groups[0].controls[0];
    expect(control.actionId).toBe(action.id);
  });
});
