import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  findOrganisationProblems,
  formatProblem,
  loadOrganisation,
  parseOrganisation,
} from '../../adapters/organisation-file/load-organisation.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Organisation, Person } from '../../core/organisation/organisation.js';
import { policyPresets } from '../../core/policy/presets/index.js';

const DEMO_PATH = fileURLToPath(new URL('../../server/demo-organisation.yaml', import.meta.url));
const demo = readFileSync(DEMO_PATH, 'utf8');

/** The demo text with one edit; fails loudly when the demo no longer holds the text to edit. */
function edit(from: string, to: string): string {
  if (!demo.includes(from)) throw new Error(`the demo file no longer contains ${JSON.stringify(from)}`);
  return demo.replace(from, to);
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`no ${JSON.stringify(needle)} in the text`);
  return text.slice(0, index).split('\n').length;
}

function failure(text: string, fileName = 'demo.yaml'): DomainError {
  try {
    parseOrganisation(text, fileName);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

function person(organisation: Organisation, upn: string): Person {
  const found = organisation.people.find((p) => p.upn === upn);
  if (!found) throw new Error(`no ${upn}`);
  return found;
}

describe('the demo organisation', () => {
  let org: Organisation;
  beforeAll(async () => {
    org = await loadOrganisation(DEMO_PATH);
  });

  it('is a Brussels CPAS with the usual closing days of the local public sector', () => {
    expect(org.employer.name).toBe('CPAS de Démo / OCMW Demo');
    expect(org.employer.holidayRegion).toBe('BRU');
    expect(org.employer.timeZone).toBe('Europe/Brussels');
    expect(org.employer.closingDays.yearly).toEqual(['05-08', '11-02', '11-15', '12-26']);
    expect(org.employer.closingDays.dates).toContain('2026-05-15');
  });

  it('has 12 to 15 people with distinct GUID ids and upns at cpas-demo.be', () => {
    expect(org.people.length).toBeGreaterThanOrEqual(12);
    expect(org.people.length).toBeLessThanOrEqual(15);
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const p of org.people) {
      expect(p.id).toMatch(v4);
      expect(p.upn).toMatch(/^[a-z.-]+@cpas-demo\.be$/);
    }
    expect(new Set(org.people.map((p) => p.id)).size).toBe(org.people.length);
    expect(new Set(org.people.map((p) => p.upn)).size).toBe(org.people.length);
  });

  it('has a social service, a reception and an administration team, each with a manager', () => {
    expect(org.teams.map((t) => t.id)).toEqual(['social-service', 'reception', 'administration']);
    for (const team of org.teams) {
      expect(team.managers).toHaveLength(1);
      const manager = org.people.find((p) => p.id === team.managers[0]);
      expect(manager?.roles).toContain('Manager');
      expect(manager?.teams).toContain(team.id);
      expect(team.permanenceMailbox).toMatch(/^permanence-[a-z]+@cpas-demo\.be$/);
    }
  });

  it('keeps two people on site in the social service every half day, one of them a social worker', () => {
    const social = org.teams.find((t) => t.id === 'social-service');
    expect(social?.permanence).toEqual([
      {
        minimumOnSite: 2,
        byFunction: { 'social-worker': 1 },
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        halves: ['am', 'pm'],
      },
    ]);
    const socialWorkers = org.people.filter(
      (p) => p.function === 'social-worker' && p.teams.includes('social-service'),
    );
    expect(socialWorkers.length).toBeGreaterThanOrEqual(5);
    expect(socialWorkers.length).toBeLessThanOrEqual(6);
    expect(new Set(socialWorkers.map((p) => p.locale))).toEqual(new Set(['fr', 'nl']));
  });

  it('has an HR officer and an Admin', () => {
    const hr = org.people.filter((p) => p.roles.includes('HR'));
    expect(hr.map((p) => p.upn)).toEqual(['sophie.leclercq@cpas-demo.be']);
    expect(org.people.filter((p) => p.roles.includes('Admin'))).toHaveLength(1);
  });

  it('has a 4/5 part-timer over Monday to Thursday and a half-timer', () => {
    const lotte = person(org, 'lotte.peeters@cpas-demo.be');
    expect(lotte.regime).toEqual({ numerator: 4, denominator: 5, days: ['mon', 'tue', 'wed', 'thu'] });
    expect(lotte.arrangement).toEqual({ type: 'structural', pattern: [{ weekday: 'wed', part: 'full' }] });
    // 19/38 (hours of a 38-hour week) is reduced to 1/2.
    expect(person(org, 'julie.dubois@cpas-demo.be').regime).toEqual({
      numerator: 1,
      denominator: 2,
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    });
  });

  it('excludes reception from telework, as the leuven preset says', () => {
    // The continuity plan of the file fills the crisis rules; everything else is the preset's.
    expect({ ...org.policy, crisis: policyPresets.leuven.crisis }).toEqual(policyPresets.leuven);
    expect(org.policy.crisis.functions.reception).toEqual({ suspendable: false, teleworkable: false });
    expect(org.policy.crisis.essentialFunctions).toContain('reception');
    const reception = org.people.filter((p) => p.function === 'reception');
    expect(reception.length).toBeGreaterThanOrEqual(2);
    for (const p of reception) expect(p.arrangement).toEqual({ type: 'none' });
    expect(org.policy.excludedFunctions).toContain('reception');
  });

  it('speaks French and Dutch, and one more language', () => {
    const locales = org.people.map((p) => p.locale);
    expect(locales.filter((l) => l === 'fr').length).toBeGreaterThanOrEqual(4);
    expect(locales.filter((l) => l === 'nl').length).toBeGreaterThanOrEqual(4);
    expect(locales.some((l) => l === 'en' || l === 'de')).toBe(true);
  });

  it('names every function of its people in French, Dutch, English and German', () => {
    const functions = new Set(org.people.map((p) => p.function));
    expect(Object.keys(org.functions ?? {}).sort()).toEqual([...functions].sort());
    expect(org.functions?.['social-worker']).toEqual({
      fr: 'assistant social',
      nl: 'maatschappelijk werker',
      en: 'social worker',
      de: 'Sozialarbeiter',
    });
    for (const names of Object.values(org.functions ?? {})) {
      expect(Object.keys(names).sort()).toEqual(['de', 'en', 'fr', 'nl']);
    }
  });

  it('gives every structural teleworker pattern days within the regime, and half days as such', () => {
    for (const p of org.people) {
      if (p.arrangement.type !== 'structural') continue;
      expect(p.arrangement.pattern.length).toBeGreaterThan(0);
      for (const day of p.arrangement.pattern) expect(p.regime.days).toContain(day.weekday);
    }
    expect(person(org, 'mehdi.elamrani@cpas-demo.be').arrangement).toEqual({
      type: 'structural',
      pattern: [
        { weekday: 'mon', part: 'full' },
        { weekday: 'wed', part: 'pm' },
      ],
    });
  });
});

describe('a broken organisation file', () => {
  type Case = {
    name: string;
    text: () => string;
    /** The readable path and a text whose first occurrence is on the reported line. */
    path: string;
    lineAt: string;
    says: string[];
  };
  const cases: Case[] = [
    {
      name: 'a YAML syntax error (unclosed bracket)',
      text: () => edit('managers: [els.maes@cpas-demo.be]', 'managers: [els.maes@cpas-demo.be'),
      path: '(YAML syntax)',
      lineAt: 'permanenceMailbox: permanence-admin',
      says: ['is not closed'],
    },
    {
      name: 'regime 0',
      text: () => edit('regime: 19/38', 'regime: 0'),
      path: 'people[4].regime',
      lineAt: 'regime: 0',
      says: ['0 is not a working regime', 'more than 0 and at most 1', '4/5', 'full-time'],
    },
    {
      name: 'regime 2',
      text: () => edit('regime: 19/38', 'regime: 2'),
      path: 'people[4].regime',
      lineAt: 'regime: 2',
      says: ['2 is not a working regime', 'write a share more than 0 and at most 1', 'full-time'],
    },
    {
      name: 'regime "2" in quotes',
      text: () => edit('regime: 19/38', 'regime: "2"'),
      path: 'people[4].regime',
      lineAt: 'regime: "2"',
      says: ['"2" is not a working regime'],
    },
    {
      name: 'regime abc',
      text: () => edit('regime: 19/38', 'regime: abc'),
      path: 'people[4].regime',
      lineAt: 'regime: abc',
      says: ['"abc" is not a working regime', 'such as 4/5'],
    },
    {
      name: 'a regime share above full time',
      text: () => edit('share: 4/5', 'share: 5/4'),
      path: 'people[3].regime.share',
      lineAt: 'share: 5/4',
      says: ['"5/4" is not a working regime'],
    },
    {
      name: 'an unknown team',
      text: () =>
        edit(
          'teams: [reception]\n    function: reception\n    regime: 0.8',
          'teams: [receptoin]\n    function: reception\n    regime: 0.8',
        ),
      path: 'people[9].teams[0]',
      lineAt: 'teams: [receptoin]',
      says: [
        '"receptoin" is not a team in this file',
        'social-service, reception or administration',
        'did you mean reception?',
      ],
    },
    {
      name: 'a duplicate person id',
      text: () =>
        edit('id: 00000000-0000-4000-8000-000000000007', 'id: 00000000-0000-4000-8000-000000000006'),
      path: 'people[6].id',
      lineAt: 'id: 00000000-0000-4000-8000-000000000006\n    upn: amelie',
      says: ['is already the id of people[5] (Pieter Claes)', 'their own Entra object id'],
    },
    {
      name: 'a duplicate upn',
      text: () => edit('upn: amelie.renard@cpas-demo.be', 'upn: pieter.claes@cpas-demo.be'),
      path: 'people[6].upn',
      lineAt: 'upn: pieter.claes@cpas-demo.be\n    displayName: Amélie',
      says: ['is already the upn of people[5]'],
    },
    {
      name: 'an unknown locale',
      text: () => edit('locale: de', 'locale: es'),
      path: 'people[13].locale',
      lineAt: 'locale: es',
      says: ['"es" is not a language of the product', 'write fr, nl, en or de'],
    },
    {
      name: 'a manager who is not a person',
      text: () => edit('managers: [els.maes@cpas-demo.be]', 'managers: [els.maas@cpas-demo.be]'),
      path: 'teams[2].managers[0]',
      lineAt: 'managers: [els.maas',
      says: [
        '"els.maas@cpas-demo.be" is not a person in this file',
        'id or upn of someone listed under people',
        'els.maes@cpas-demo.be',
      ],
    },
    {
      name: 'a pattern on a day the part-timer does not work',
      text: () => edit('      pattern: [wed]\n\n  # Half', '      pattern: [fri]\n\n  # Half'),
      path: 'people[3].telework.pattern[0]',
      lineAt: 'pattern: [fri]',
      says: ['fri is not a working day of this person', '(mon, tue, wed, thu)', 'add fri to regime.days'],
    },
    {
      name: 'an unknown preset',
      text: () => edit('preset: leuven', 'preset: brussels'),
      path: 'policy.preset',
      lineAt: 'preset: brussels',
      says: ['"brussels" is not a policy preset', 'write leuven, federal or rumst'],
    },
    {
      name: 'negative cents',
      text: () => edit('preset: leuven', 'preset: leuven\n  allowance:\n    perDayCents: -300'),
      path: 'policy.allowance.perDayCents',
      lineAt: 'perDayCents: -300',
      says: ['-300 is too small', 'whole number of euro cents', '300 for EUR 3'],
    },
    {
      name: 'cents that are not a whole number',
      text: () => edit('preset: leuven', 'preset: leuven\n  allowance:\n    monthlyCapCents: 25.5'),
      path: 'policy.allowance.monthlyCapCents',
      lineAt: 'monthlyCapCents: 25.5',
      says: ['25.5 is not a whole number', 'euro cents'],
    },
    {
      name: 'missing people',
      text: () => 'employer:\n  name: CPAS X\nteams:\n  - id: a\n    name: A\n    managers: [x@y.be]\n',
      path: '(top level)',
      lineAt: 'employer:',
      says: ['people is missing', 'add people with the list of staff'],
    },
    {
      name: 'an empty list of people',
      text: () =>
        'employer:\n  name: CPAS X\nteams:\n  - id: a\n    name: A\n    managers: [x@y.be]\npeople: []\n',
      path: 'people',
      lineAt: 'people: []',
      says: ['the list is empty', 'write the list of staff'],
    },
    {
      name: 'a misspelt key',
      text: () => edit('permanenceMailbox: permanence-admin', 'permanenceMailbx: permanence-admin'),
      path: 'teams[2].permanenceMailbx',
      lineAt: 'permanenceMailbx:',
      says: ['unknown key "permanenceMailbx"', 'did you mean permanenceMailbox?'],
    },
    {
      name: 'a missing upn',
      text: () => edit('    upn: karim.benali@cpas-demo.be\n', ''),
      path: 'people[9]',
      lineAt: 'id: 00000000-0000-4000-8000-000000000010',
      says: ['upn is missing', 'add upn with the person’s Microsoft 365 sign-in address'],
    },
    {
      name: 'an id that is not a GUID',
      text: () => edit('id: 00000000-0000-4000-8000-000000000014', 'id: lukas'),
      path: 'people[13].id',
      lineAt: 'id: lukas',
      says: ['"lukas" is not a GUID', 'Entra object id'],
    },
    {
      name: 'an unknown telework arrangement',
      text: () => edit('telework: occasional\n    roles: [Admin]', 'telework: sometimes\n    roles: [Admin]'),
      path: 'people[13].telework',
      lineAt: 'telework: sometimes',
      says: [
        '"sometimes" is not a telework arrangement',
        'write none, occasional, or { arrangement: structural',
      ],
    },
    {
      name: 'a pattern item that is not a day',
      text: () => edit('pattern: [mon, thu-pm]', 'pattern: [mon, thursday]'),
      path: 'people[12].telework.pattern[1]',
      lineAt: 'pattern: [mon, thursday]',
      says: ['"thursday" is not a pattern day', 'thu-am'],
    },
    {
      name: 'a misspelt weekday in a regime',
      text: () => edit('days: [mon, tue, wed, thu]', 'days: [mon, tue, wed, thur]'),
      path: 'people[3].regime.days[3]',
      lineAt: 'days: [mon, tue, wed, thur]',
      says: ['"thur" is not a weekday', 'did you mean thu?'],
    },
    {
      name: 'no HR person',
      text: () => edit('roles: [HR]', 'roles: []'),
      path: 'people',
      lineAt: '  - id: 00000000-0000-4000-8000-000000000001',
      says: ['no one has the HR role', 'add roles: [HR]'],
    },
    {
      name: 'a misspelt function in a permanence rule',
      text: () => edit('social-worker: 1', 'social-workr: 1'),
      path: 'teams[0].permanence[0].byFunction.social-workr',
      lineAt: 'social-workr: 1',
      says: ['"social-workr" is not the function of anyone in this file', 'did you mean social-worker?'],
    },
    {
      name: 'a misspelt excluded function',
      text: () => edit('preset: leuven', 'preset: leuven\n  excludedFunctions: [receptoin]'),
      path: 'policy.excludedFunctions[0]',
      lineAt: 'excludedFunctions: [receptoin]',
      says: ['"receptoin" is not the function of anyone', 'did you mean reception?'],
    },
    {
      name: 'telework for an excluded function',
      text: () =>
        edit(
          'function: reception\n    regime: full-time\n    telework: none',
          'function: reception\n    regime: full-time\n    telework: occasional',
        ),
      path: 'people[8].telework',
      lineAt: 'telework: occasional\n\n  - id: 00000000-0000-4000-8000-000000000010',
      says: ['reception is excluded from telework', 'write telework: none'],
    },
    {
      name: 'a permanence that the team cannot meet',
      text: () => edit('      - minimumOnSite: 1', '      - minimumOnSite: 9'),
      path: 'teams[2].permanence[0].minimumOnSite',
      lineAt: 'minimumOnSite: 9',
      says: ['9 people must be on site but team administration has 4 members', 'write at most 4'],
    },
    {
      name: 'a quota with an unknown period',
      text: () => edit('preset: leuven', 'preset: leuven\n  quotas: [{ period: weekly, days: 2 }]'),
      path: 'policy.quotas[0].period',
      lineAt: 'quotas:',
      says: ['"weekly" is not allowed here', 'write week, month or year'],
    },
    {
      name: 'a closing day that does not exist',
      text: () => edit('- 2026-05-15', '- 2026-02-30'),
      path: 'employer.closingDays.dates[0]',
      lineAt: '2026-02-30',
      says: ['"2026-02-30" is not a calendar date', 'YYYY-MM-DD'],
    },
    {
      name: 'both team and teams',
      text: () =>
        edit(
          'teams: [administration]\n    function: it-officer',
          'teams: [administration]\n    team: administration\n    function: it-officer',
        ),
      path: 'people[13].team',
      lineAt: 'team: administration',
      says: ['write either team or teams, not both'],
    },
    {
      name: 'a continuity plan naming an unknown function',
      text: () =>
        edit(
          '  reception: { suspendable: no, teleworkable: no',
          '  receptoin: { suspendable: no, teleworkable: no',
        ),
      path: 'continuity.receptoin',
      lineAt: 'receptoin: { suspendable',
      says: ['"receptoin" is not the function of anyone in this file', 'did you mean reception?'],
    },
    {
      name: 'a double key that is not yes or no',
      text: () =>
        edit(
          '  reception: { suspendable: no, teleworkable: no',
          '  reception: { suspendable: maybe, teleworkable: no',
        ),
      path: 'continuity.reception.suspendable',
      lineAt: 'suspendable: maybe',
      says: ['yes or no'],
    },
    {
      name: 'a misspelt function under functions',
      text: () =>
        edit('  social-worker:\n    fr: assistant social', '  social-workr:\n    fr: assistant social'),
      path: 'functions.social-workr',
      lineAt: '  social-workr:',
      says: ['"social-workr" is not the function of anyone in this file', 'did you mean social-worker?'],
    },
    {
      name: 'a function without its German name',
      text: () => edit('    en: social worker\n    de: Sozialarbeiter\n', '    en: social worker\n'),
      path: 'functions.social-worker',
      lineAt: '    fr: assistant social',
      says: ['de is missing', 'German'],
    },
    {
      name: 'a function named in a language the product does not speak',
      text: () => edit('    de: Sozialarbeiter\n', '    de: Sozialarbeiter\n    es: trabajador social\n'),
      path: 'functions.social-worker.es',
      lineAt: '    es: trabajador',
      says: ['es'],
    },
    {
      name: 'a function of the people left without names',
      text: () =>
        edit(
          '  it-officer:\n    fr: informaticien\n    nl: IT-medewerker\n    en: IT officer\n    de: IT-Mitarbeiter\n',
          '',
        ),
      path: 'functions',
      lineAt: '  head-of-social-service:',
      says: [
        'it-officer has no names',
        'add it-officer: { fr: ..., nl: ..., en: ..., de: ... } under functions',
      ],
    },
    {
      name: 'a tab in the indentation',
      text: () => edit('  preset: leuven', '\tpreset: leuven'),
      path: '(YAML syntax)',
      lineAt: '\tpreset',
      says: ['indent with spaces, not tabs'],
    },
  ];

  it.each(cases)('$name', ({ text, path, lineAt, says }) => {
    const source = text();
    const error = failure(source);
    const line = lineOf(source, lineAt);
    expect(error.code).toBe('ORG_FILE_INVALID');
    expect(error.message).not.toContain('\n');
    expect(error.message.startsWith(`demo.yaml:${line}: ${path}: `)).toBe(true);
    for (const part of says) expect(error.message).toContain(part);
    expect(error.params).toMatchObject({ fileName: 'demo.yaml', line, path });
    // Never TypeBox's own words alone.
    expect(error.message).not.toMatch(/must match|must be equal to|anyOf|schema is false/);
  });

  it('reports the first problem in file order and lists them all on request', () => {
    const source = edit(
      'teams: [reception]\n    function: reception\n    regime: 0.8',
      'teams: [receptoin]\n    function: reception\n    regime: 0.8',
    ).replace('regime: 19/38', 'regime: 2');
    expect(failure(source).params).toMatchObject({ path: 'people[4].regime', problems: 2 });
    const problems = findOrganisationProblems(source, 'demo.yaml').map(formatProblem);
    expect(problems).toEqual([
      `demo.yaml:${lineOf(source, 'regime: 2')}: people[4].regime: 2 is not a working regime; write a share more than 0 and at most 1, such as 4/5, 19/38 or 0.8, or full-time`,
      expect.stringMatching(
        /^demo\.yaml:\d+: people\[9\]\.teams\[0\]: "receptoin" is not a team in this file/,
      ),
    ]);
  });

  it('reports a misspelt key once, at the key', () => {
    const source = edit('permanenceMailbox: permanence-admin', 'permanenceMailbx: permanence-admin');
    expect(findOrganisationProblems(source, 'demo.yaml')).toEqual([
      {
        file: 'demo.yaml',
        line: lineOf(source, 'permanenceMailbx'),
        column: 5,
        path: 'teams[2].permanenceMailbx',
        problem: 'unknown key "permanenceMailbx" (did you mean permanenceMailbox?)',
      },
    ]);
  });

  it('reports what is written wrong before what is missing', () => {
    const source = 'employer:\n  name: CPAS X\npeople: not-a-list\n';
    expect(findOrganisationProblems(source, 'x.yaml').map(formatProblem)).toEqual([
      'x.yaml:3: people: "not-a-list" is not a list; write the list of staff, each with id, upn, displayName, locale, teams, function, regime and telework',
      'x.yaml:1: (top level): teams is missing; add teams with the list of teams, each with id, name and managers',
    ]);
  });

  it('reports format problems before cross-checks: a file must fit the format to be cross-checked', () => {
    const source = edit('locale: de', 'locale: es').replace('regime: 19/38', 'regime: 2');
    expect(failure(source).params).toMatchObject({ path: 'people[13].locale', problems: 1 });
  });

  it('an empty file says what to write', () => {
    const error = failure('# nothing yet\n');
    expect(error.code).toBe('ORG_FILE_INVALID');
    expect(error.message).toContain('the file is empty; write employer, policy, teams and people');
  });
});

describe('the file format', () => {
  const base = {
    employer: { name: 'OCMW Test' },
    teams: [{ id: 'team-a', name: 'Team A', managers: ['boss@test.be'] }],
    people: [
      {
        id: '0000000A-0000-4000-8000-000000000001',
        upn: 'Boss@Test.be',
        displayName: 'Boss',
        locale: 'nl',
        team: 'team-a',
        function: 'manager',
        regime: 'full-time',
        telework: 'none',
        roles: ['HR'],
      },
      {
        id: '0000000a-0000-4000-8000-000000000002',
        upn: 'worker@test.be',
        displayName: 'Worker',
        locale: 'fr',
        teams: ['team-a'],
        function: 'clerk',
        regime: 'full-time',
        telework: 'occasional',
      },
    ],
  };
  type Base = typeof base;
  const parse = (change: (file: Base) => void = () => {}): Organisation => {
    const file = structuredClone(base);
    change(file);
    return parseOrganisation(stringify(file), 'test.yaml');
  };
  const worker = (change: Record<string, unknown>) =>
    parse((f) => {
      Object.assign(f.people[1] as object, change);
    }).people[1] as Person;

  it.each([
    ['full-time', 1, 1],
    [1, 1, 1],
    ['half-time', 1, 2],
    ['4/5', 4, 5],
    ['19/38', 1, 2],
    ['30.4/38', 4, 5],
    [0.8, 4, 5],
    ['0,8', 4, 5],
    [0.75, 3, 4],
  ])('regime %s reads as %i/%i over Monday to Friday', (regime, numerator, denominator) => {
    expect(worker({ regime }).regime).toEqual({
      numerator,
      denominator,
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    });
  });

  it.each([0, -1, 1.2, '5/4', '4/0', '0/5', 'full', '80%', ''])('regime %j is refused', (regime) => {
    expect(() => worker({ regime })).toThrow(
      /people\[1\]\.regime: .* is not a working regime; write a share/,
    );
  });

  it('reads a regime with days, in week order', () => {
    expect(worker({ regime: { share: '1/2', days: ['thu', 'mon'] } }).regime).toEqual({
      numerator: 1,
      denominator: 2,
      days: ['mon', 'thu'],
    });
  });

  it('reads a structural pattern of whole and half days', () => {
    const p = worker({ telework: { arrangement: 'structural', pattern: ['fri-pm', 'tue', 'thu-am'] } });
    expect(p.arrangement).toEqual({
      type: 'structural',
      pattern: [
        { weekday: 'tue', part: 'full' },
        { weekday: 'thu', part: 'am' },
        { weekday: 'fri', part: 'pm' },
      ],
    });
  });

  it('refuses a pattern that names a day twice', () => {
    expect(() => worker({ telework: { arrangement: 'structural', pattern: ['tue', 'tue-am'] } })).toThrow(
      /pattern\[1\]: tue-am overlaps tue; list each day once/,
    );
  });

  it('refuses structural telework without a pattern', () => {
    expect(() => worker({ telework: { arrangement: 'structural' } })).toThrow(/pattern is missing/);
  });

  it('resolves managers written as upn or id, lower-cases ids and upns, and gives managers the Manager role', () => {
    const org = parse((f) => {
      (f.teams[0] as { managers: string[] }).managers = [
        'BOSS@test.be',
        '0000000a-0000-4000-8000-000000000001',
      ];
    });
    expect(org.teams[0]?.managers).toEqual(['0000000a-0000-4000-8000-000000000001']);
    expect(org.people[0]).toMatchObject({
      id: '0000000a-0000-4000-8000-000000000001',
      upn: 'boss@test.be',
      teams: ['team-a'],
      roles: ['HR', 'Manager'],
    });
    expect(org.people[1]?.roles).toEqual([]);
  });

  it('fills in permanence defaults', () => {
    const org = parse((f) => {
      Object.assign(f.teams[0] as object, {
        permanence: [{ minimumOnSite: 1 }, { minimumOnSite: 2, weekdays: ['fri', 'mon'], halves: ['pm'] }],
      });
    });
    expect(org.teams[0]?.permanence).toEqual([
      {
        minimumOnSite: 1,
        byFunction: {},
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        halves: ['am', 'pm'],
      },
      { minimumOnSite: 2, byFunction: {}, weekdays: ['mon', 'fri'], halves: ['pm'] },
    ]);
  });

  it('uses the leuven preset when the file has no policy', () => {
    expect(parse().policy).toEqual(policyPresets.leuven);
  });

  it('merges overrides over the preset: federal with a monthly cap keeps federal’s flat amounts', () => {
    const { policy } = parse((f) => {
      Object.assign(f, { policy: { preset: 'federal', allowance: { monthlyCapCents: 4000 } } });
    });
    expect(policy.preset).toBe('federal');
    expect(policy.quotas).toEqual(policyPresets.federal.quotas);
    expect(policy.allowance).toEqual({ ...policyPresets.federal.allowance, monthlyCapCents: 4000 });
    expect(policy.source).toContain(policyPresets.federal.source);
    expect(policy.source).toContain('Adjusted in test.yaml: allowance.monthlyCapCents.');
    // The preset itself is left untouched.
    expect(policyPresets.federal.allowance.monthlyCapCents).toBeUndefined();
  });

  it('replaces lists, merges nested settings and reads quotas', () => {
    const { policy } = parse((f) => {
      Object.assign(f, {
        policy: {
          excludedFunctions: ['clerk'],
          halfDayWindows: { pm: { end: '16:30' } },
          quotas: [
            { period: 'month', days: 8, belowFullTimeDays: 5, proRata: false },
            { period: 'year', shareOfWorkingDays: '3/5' },
            { period: 'week', days: 2.5 },
          ],
          crisis: { active: true },
        },
      });
      (f.people[1] as { telework: string }).telework = 'none';
    });
    expect(policy.preset).toBe('leuven');
    expect(policy.excludedFunctions).toEqual(['clerk']);
    expect(policy.halfDayWindows).toEqual({
      am: { start: '08:00', end: '12:00' },
      pm: { start: '13:00', end: '16:30' },
    });
    expect(policy.quotas).toEqual([
      { period: 'month', days: 8, belowFullTimeDays: 5, proRata: false },
      { period: 'year', shareOfWorkingDays: { numerator: 3, denominator: 5 } },
      { period: 'week', days: 2.5, proRata: true },
    ]);
    expect(policy.crisis).toEqual({ ...policyPresets.leuven.crisis, active: true });
    expect(policy.allowance).toEqual(policyPresets.leuven.allowance);
  });

  it('refuses half-day windows out of order', () => {
    expect(() =>
      parse((f) => {
        Object.assign(f, { policy: { halfDayWindows: { am: { end: '14:00' } } } });
      }),
    ).toThrow(/policy\.halfDayWindows: the windows am 08:00–14:00 and pm 13:00–17:00 are out of order/);
  });
});

describe('loading the file from disk', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'organisation-file-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('names the file path in the error', async () => {
    const path = join(folder, 'broken.yaml');
    await writeFile(path, edit('regime: 19/38', 'regime: 0'));
    await expect(loadOrganisation(path)).rejects.toMatchObject({
      code: 'ORG_FILE_INVALID',
      message: expect.stringContaining(
        `${path}:${lineOf(demo, 'regime: 19/38')}: people[4].regime: 0 is not`,
      ),
    });
  });

  it.each([
    ['a missing file', 'missing.yaml', 'there is no file at this path'],
    ['a folder', '.', 'this is a folder'],
  ])('throws ORG_FILE_UNREADABLE for %s', async (_name, name, reason) => {
    const path = join(folder, name);
    const error = await loadOrganisation(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'ORG_FILE_UNREADABLE' });
    expect((error as DomainError).message).toContain(path);
    expect((error as DomainError).message).toContain(reason);
  });
});
