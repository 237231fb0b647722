import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizationKeySegments } from '../../scripts/app-package/localization-checks.js';
import { formatIssue } from '../../scripts/app-package/package-issue.js';
import { validateAgainstSchema } from '../../scripts/app-package/schema-validation.js';
import { loadSchema } from '../../scripts/app-package/schemas.js';
import {
  buildDemoPackage,
  editJson,
  type LooseJson,
  lines,
  manifestCopy,
  manifestDir,
} from './package-fixture.js';

const LANGUAGES = ['fr', 'nl', 'de'] as const;

async function localizationSchema(): Promise<object> {
  const schema = await loadSchema('localization', '1.30');
  if (!schema) throw new Error('the v1.30 localization schema is not installed');
  return schema;
}

const readLocalization = async (language: string): Promise<LooseJson> =>
  JSON.parse(await readFile(join(manifestDir, `${language}.json`), 'utf8'));

describe('the localization files', () => {
  it.each(LANGUAGES)('%s.json validates against the localization schema', async (language) => {
    const issues = validateAgainstSchema(
      await readLocalization(language),
      await localizationSchema(),
      'x.json',
    );
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('are the languages the manifest declares, English being the default', async () => {
    const manifest: LooseJson = (await buildDemoPackage()).manifest;
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en');
    expect(manifest.localizationInfo.additionalLanguages).toEqual(
      LANGUAGES.map((language) => ({ languageTag: language, file: `${language}.json` })),
    );
  });

  it('translate the app name, the tab and every bot command and ribbon label', async () => {
    const names = await Promise.all(
      LANGUAGES.map(async (language) => (await readLocalization(language))['name.short']),
    );
    expect(names).toEqual(['Télétravail', 'Thuiswerk', 'Telearbeit']);
    for (const language of LANGUAGES) {
      const strings = await readLocalization(language);
      expect(strings['staticTabs[0].name']).toBeTypeOf('string');
      for (const list of [0, 1]) {
        for (const command of [0, 1, 2, 3]) {
          const key = `bots[0].commandLists[${list}].commands[${command}]`;
          expect(strings[`${key}.title`], `${language} ${key}`).toBeTypeOf('string');
          expect(strings[`${key}.description`], `${language} ${key}`).toBeTypeOf('string');
        }
      }
      expect(strings['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBeTypeOf('string');
    }
  });

  it('name the commands in each language, as staff type them', async () => {
    const titles = await Promise.all(
      LANGUAGES.map(async (language) => {
        const strings = await readLocalization(language);
        return [0, 1, 2, 3].map((index) => strings[`bots[0].commandLists[0].commands[${index}].title`]);
      }),
    );
    expect(titles).toEqual([
      ['télétravail', 'annuler', 'semaine', 'aide'],
      ['thuiswerk', 'annuleren', 'week', 'help'],
      ['telearbeit', 'stornieren', 'woche', 'hilfe'],
    ]);
  });
});

describe('a localization file broken on purpose', () => {
  it('names the key the schema rejects', async () => {
    const strings = await readLocalization('fr');
    strings['name.short'] = 'Télétravail pour les CPAS de Wallonie et de Bruxelles';
    strings['bots[0].commandList[0].commands[0].title'] = 'typo';
    const issues = validateAgainstSchema(strings, await localizationSchema(), 'fr.json');
    expect(issues.map(formatIssue)).toEqual([
      'fr.json: must NOT have additional properties: "bots[0].commandList[0].commands[0].title"',
      'fr.json /name.short: must NOT have more than 30 characters',
    ]);
  });

  it('reports a translation of a string the manifest does not have, and a language left behind', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'de.json', (strings) => {
      strings['bots[0].commandLists[0].commands[7].title'] = 'urlaub';
    });
    await editJson(dir, 'nl.json', (strings) => {
      delete strings['staticTabs[0].name'];
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      'de.json /bots[0].commandLists[0].commands[7].title: translates a string that manifest.json does not have',
      'fr.json /bots[0].commandLists[0].commands[7].title: is missing: another language translates it',
      'nl.json /staticTabs[0].name: is missing: another language translates it',
      'nl.json /bots[0].commandLists[0].commands[7].title: is missing: another language translates it',
    ]);
  });

  it('reports a file written for another manifest version and a language declared twice', async () => {
    const dir = await manifestCopy();
    await editJson(dir, 'fr.json', (strings) => {
      // The locale form Microsoft's examples use is the same schema.
      strings.$schema =
        'https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json';
    });
    await editJson(dir, 'nl.json', (strings) => {
      strings.$schema =
        'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json';
    });
    await editJson(dir, 'manifest.json', (manifest) => {
      manifest.localizationInfo.additionalLanguages[2].languageTag = 'FR';
    });
    expect(lines(await buildDemoPackage({}, dir))).toEqual([
      'nl.json /$schema: must be https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json to match manifestVersion 1.30',
      'manifest.json /localizationInfo/additionalLanguages/2/languageTag: "FR" is declared twice',
    ]);
  });
});

describe('localization keys', () => {
  it('are JSON paths into the manifest', () => {
    expect(localizationKeySegments('name.short')).toEqual(['name', 'short']);
    expect(localizationKeySegments('bots[0].commandLists[1].commands[10].title')).toEqual([
      'bots',
      0,
      'commandLists',
      1,
      'commands',
      10,
      'title',
    ]);
  });

  it('include activity types, whose pattern in the shipped schema needed repairing to compile', async () => {
    const strings = {
      'name.short': 'Télétravail',
      'description.short': 'Court',
      'description.full': 'Long',
      'activities.activityTypes[12].description': 'Demande approuvée',
      'activities.activityTypes[x].description': 'not an index',
    };
    const issues = validateAgainstSchema(strings, await localizationSchema(), 'fr.json');
    expect(issues.map(formatIssue)).toEqual([
      'fr.json: must NOT have additional properties: "activities.activityTypes[x].description"',
    ]);
  });
});
