/**
 * From a file that fits the schema to the core `Organisation`: reads regimes and telework
 * patterns, fills in defaults, resolves the policy (preset + overrides) and cross-checks what a
 * schema cannot see (unique ids, references between people and teams, function names, an HR
 * person). Every problem is collected with its path; the caller places them on lines.
 */
import { basename } from 'node:path';
import {
  type DayPart,
  isLocalDate,
  WEEKDAYS,
  type Weekday,
  WORKING_WEEK,
} from '../../core/calendar/local-date.js';
import {
  type ClosingDays,
  type Employer,
  type FunctionNames,
  LOCALES,
  type Organisation,
  type PatternDay,
  type PermanenceRule,
  type Person,
  type Regime,
  type Role,
  type Team,
  type TeleworkArrangement,
} from '../../core/organisation/organisation.js';
import type { CrisisRules, Quota, Share, TeleworkPolicy } from '../../core/policy/policy.js';
import { DEFAULT_PRESET, policyPresets } from '../../core/policy/presets/index.js';
import { andList, didYouMean, type FilePath, type FileProblem, orList, show } from './file-problem.js';
import {
  type ContinuityFile,
  type FunctionsFile,
  GUID_PATTERN,
  type OrganisationFile,
  type PersonFile,
  type PolicyFile,
  type RegimeFile,
  ROLES,
  type TeamFile,
  type TeleworkFile,
} from './organisation-file-schema.js';

/** Records a problem; `missing` for something absent rather than wrong (see FileProblem). */
type Report = (path: FilePath, problem: string, at?: 'key' | 'value' | 'missing') => void;

// ---------------------------------------------------------------------------------------------
// Shares: 4/5, 19/38, 0.8, 0,8, full-time
// ---------------------------------------------------------------------------------------------

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function reduced(numerator: number, denominator: number): Share {
  const divisor = gcd(numerator, denominator) || 1;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

function decimal(textValue: string): Share | undefined {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(textValue);
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  return reduced(Number(`${match[1]}${decimals}`), 10 ** decimals.length);
}

/**
 * A share of full time as written in the file, reduced: `4/5`, `19/38` or `30.4/38` (hours of a
 * 38-hour week), `0.8` or `0,8`, `full-time` (1) and `half-time` (1/2). Undefined when it is not a
 * share at all; the caller checks that it is more than 0 and at most 1.
 */
export function readShare(
  value: string | number | { numerator: number; denominator: number },
): Share | undefined {
  if (typeof value === 'object') {
    return value.denominator > 0 ? reduced(value.numerator, value.denominator) : undefined;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? decimal(String(value)) : undefined;
  }
  const written = value.trim().toLowerCase();
  if (written === 'full-time' || written === 'fulltime' || written === 'full time')
    return { numerator: 1, denominator: 1 };
  if (written === 'half-time' || written === 'halftime' || written === 'half time')
    return { numerator: 1, denominator: 2 };
  const fraction = /^([\d.,]+)\s*\/\s*([\d.,]+)$/.exec(written);
  if (fraction) {
    const top = decimal(fraction[1] as string);
    const bottom = decimal(fraction[2] as string);
    if (!top || !bottom || bottom.numerator === 0) return undefined;
    return reduced(top.numerator * bottom.denominator, top.denominator * bottom.numerator);
  }
  return decimal(written);
}

function isWorkingShare(share: Share | undefined): share is Share {
  return share !== undefined && share.numerator > 0 && share.numerator <= share.denominator;
}

const byWeekOrder = (a: Weekday, b: Weekday) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);

// ---------------------------------------------------------------------------------------------
// Policy
// ---------------------------------------------------------------------------------------------

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Mappings merge key by key; lists and single values replace. */
function deepMerge<T>(base: T, override: unknown): T {
  if (!isMapping(base) || !isMapping(override)) return (override === undefined ? base : override) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined) merged[key] = deepMerge(merged[key], value);
  }
  return merged as T;
}

/** `allowance.monthlyCapCents`, `quotas`: the settings a file changes, for the policy's `source`. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isMapping(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key));
}

function toQuota(quota: NonNullable<PolicyFile['quotas']>[number], path: FilePath, report: Report): Quota {
  switch (quota.period) {
    case 'week':
      return { period: 'week', days: quota.days, proRata: quota.proRata ?? true };
    case 'month': {
      if (quota.belowFullTimeDays !== undefined && quota.belowFullTimeDays > quota.days) {
        report(
          [...path, 'belowFullTimeDays'],
          `${quota.belowFullTimeDays} days below full time is more than the ${quota.days} days at full time; ` +
            `write at most ${quota.days}`,
        );
      }
      return {
        period: 'month',
        days: quota.days,
        ...(quota.belowFullTimeDays !== undefined ? { belowFullTimeDays: quota.belowFullTimeDays } : {}),
        proRata: quota.proRata ?? true,
      };
    }
    case 'year': {
      const share = readShare(quota.shareOfWorkingDays);
      if (!isWorkingShare(share)) {
        report(
          [...path, 'shareOfWorkingDays'],
          `${show(quota.shareOfWorkingDays)} is not a share of the working days; ` +
            'write a share more than 0 and at most 1, such as 3/5',
        );
        return { period: 'year', shareOfWorkingDays: { numerator: 3, denominator: 5 } };
      }
      return { period: 'year', shareOfWorkingDays: share };
    }
  }
}

function checkFunctionNames(
  names: readonly string[] | undefined,
  path: FilePath,
  functions: ReadonlySet<string>,
  report: Report,
): void {
  for (const [index, name] of (names ?? []).entries()) {
    if (!functions.has(name)) report([...path, index], unknownFunction(name, functions));
  }
}

function unknownFunction(name: string, functions: ReadonlySet<string>): string {
  const known = [...functions].sort();
  return `${show(name)} is not the function of anyone in this file; write one of ${orList(known)}${didYouMean(name, known)}`;
}

/**
 * The continuity plan's double key per function, into the crisis rules; `essential: yes` adds the
 * function to the crisis's essential functions. A function nobody has stops the server.
 */
function applyContinuity(
  file: ContinuityFile | undefined,
  crisis: CrisisRules,
  functions: ReadonlySet<string>,
  report: Report,
): void {
  for (const [key, written] of Object.entries(file ?? {})) {
    if (!functions.has(key)) {
      report(['continuity', key], unknownFunction(key, functions), 'key');
      continue;
    }
    crisis.functions[key] = {
      suspendable: written.suspendable === 'yes',
      teleworkable: written.teleworkable === 'yes',
    };
    if (written.essential === 'yes' && !crisis.essentialFunctions.includes(key)) {
      crisis.essentialFunctions.push(key);
    }
  }
}

function buildPolicy(
  file: PolicyFile | undefined,
  fileName: string,
  functions: ReadonlySet<string>,
  report: Report,
): TeleworkPolicy {
  const presetName = file?.preset ?? DEFAULT_PRESET;
  const preset = policyPresets[presetName];
  const { preset: _name, source, quotas, ...overrides } = file ?? {};
  const crisisQuotas = file?.crisis?.quotas;
  const policy: TeleworkPolicy = deepMerge(structuredClone(preset) as TeleworkPolicy, overrides);
  policy.preset = presetName;
  if (quotas)
    policy.quotas = quotas.map((quota, index) => toQuota(quota, ['policy', 'quotas', index], report));
  if (crisisQuotas)
    policy.crisis.quotas = crisisQuotas.map((quota, index) =>
      toQuota(quota, ['policy', 'crisis', 'quotas', index], report),
    );

  const changed = leafPaths({ ...overrides, ...(quotas ? { quotas: true } : {}) }).filter(Boolean);
  policy.source =
    source ??
    (changed.length
      ? `${preset.source} Adjusted in ${basename(fileName)}: ${changed.join(', ')}.`
      : preset.source);

  checkFunctionNames(file?.excludedFunctions, ['policy', 'excludedFunctions'], functions, report);
  checkFunctionNames(
    file?.crisis?.essentialFunctions,
    ['policy', 'crisis', 'essentialFunctions'],
    functions,
    report,
  );

  if (file?.halfDayWindows) {
    const { am, pm } = policy.halfDayWindows;
    if (!(am.start < am.end && am.end <= pm.start && pm.start < pm.end)) {
      report(
        ['policy', 'halfDayWindows'],
        `the windows am ${am.start}–${am.end} and pm ${pm.start}–${pm.end} are out of order; ` +
          'each must start before it ends and the morning must end before the afternoon starts',
      );
    }
  }
  return policy;
}

// ---------------------------------------------------------------------------------------------
// Function names
// ---------------------------------------------------------------------------------------------

/**
 * The display names of the functions. Optional, so that a file without them still loads (the cards
 * then show the keys); once the section is written, every function of the people needs its names,
 * or a card would mix a name with a key.
 */
function buildFunctionNames(
  file: FunctionsFile | undefined,
  functions: ReadonlySet<string>,
  report: Report,
): Record<string, FunctionNames> {
  if (file === undefined) return {};
  const names: Record<string, FunctionNames> = {};
  for (const [key, written] of Object.entries(file)) {
    if (!functions.has(key)) {
      report(['functions', key], unknownFunction(key, functions), 'key');
      continue;
    }
    names[key] = Object.fromEntries(
      LOCALES.map((locale) => [locale, written[locale].trim()]),
    ) as FunctionNames;
  }
  for (const key of [...functions].sort()) {
    if (file[key] === undefined) {
      report(
        ['functions'],
        `${key} has no names; add ${key}: { fr: ..., nl: ..., en: ..., de: ... } under functions`,
        'missing',
      );
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

const REGIME_ADVICE = 'write a share more than 0 and at most 1, such as 4/5, 19/38 or 0.8, or full-time';

function readRegime(raw: RegimeFile, path: FilePath, report: Report): Regime {
  const written = typeof raw === 'object' ? raw.share : raw;
  const sharePath = typeof raw === 'object' ? [...path, 'share'] : path;
  const share = readShare(written);
  const days = typeof raw === 'object' && raw.days ? [...raw.days].sort(byWeekOrder) : [...WORKING_WEEK];
  if (!isWorkingShare(share)) {
    report(sharePath, `${show(written)} is not a working regime; ${REGIME_ADVICE}`);
    return { numerator: 1, denominator: 1, days };
  }
  return { ...share, days };
}

const PART_ORDER: DayPart[] = ['full', 'am', 'pm'];

function readTelework(
  raw: TeleworkFile,
  regime: Regime,
  path: FilePath,
  report: Report,
): TeleworkArrangement {
  if (typeof raw === 'string') return { type: raw };
  if (raw.arrangement !== 'structural') {
    if (raw.pattern) {
      report(
        [...path, 'pattern'],
        `a pattern goes with arrangement: structural only; remove pattern or write arrangement: structural`,
      );
    }
    return { type: raw.arrangement };
  }
  if (!raw.pattern) {
    report(
      path,
      'pattern is missing; add pattern with the days worked from home, such as [tue, thu-am]',
      'missing',
    );
    return { type: 'structural', pattern: [] };
  }
  const pattern: PatternDay[] = [];
  const written = new Map<Weekday, string>();
  for (const [index, item] of raw.pattern.entries()) {
    const [weekday, half] = item.split('-') as [Weekday, 'am' | 'pm' | undefined];
    const itemPath = [...path, 'pattern', index];
    if (!regime.days.includes(weekday)) {
      report(
        itemPath,
        `${item === weekday ? '' : `${item}: `}${weekday} is not a working day of this person's regime (${regime.days.join(', ')}); ` +
          `pick days among ${andList(regime.days)}, or add ${weekday} to regime.days`,
      );
      continue;
    }
    const earlier = written.get(weekday);
    if (earlier !== undefined) {
      report(
        itemPath,
        `${item} overlaps ${earlier}; list each day once (write ${weekday} for the whole day)`,
      );
      continue;
    }
    written.set(weekday, item);
    pattern.push({ weekday, part: half ?? 'full' });
  }
  pattern.sort(
    (a, b) => byWeekOrder(a.weekday, b.weekday) || PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part),
  );
  return { type: 'structural', pattern };
}

function teamsOf(person: PersonFile, path: FilePath, teamIds: readonly string[], report: Report): string[] {
  if (person.teams !== undefined && person.team !== undefined) {
    report(
      [...path, 'team'],
      'write either team or teams, not both; teams: [a, b] lists several teams',
      'key',
    );
  }
  if (person.teams === undefined && person.team === undefined) {
    report(
      path,
      'teams is missing; add teams with the person’s team ids, such as [social-service] (or team: social-service)',
      'missing',
    );
    return [];
  }
  const listed = person.teams ?? [person.team as string];
  for (const [index, id] of listed.entries()) {
    if (!teamIds.includes(id)) {
      report(
        person.teams !== undefined ? [...path, 'teams', index] : [...path, 'team'],
        `${show(id)} is not a team in this file; write one of ${orList(teamIds)}${didYouMean(id, teamIds)}`,
      );
    }
  }
  return listed;
}

// ---------------------------------------------------------------------------------------------
// The organisation
// ---------------------------------------------------------------------------------------------

function buildEmployer(file: OrganisationFile['employer'], report: Report): Employer {
  const dates = file.closingDays?.dates ?? [];
  const yearly = file.closingDays?.yearly ?? [];
  for (const [index, date] of dates.entries()) {
    if (!isLocalDate(date)) {
      report(
        ['employer', 'closingDays', 'dates', index],
        `${show(date)} is not a calendar date; write a real date as YYYY-MM-DD, such as 2026-05-15`,
      );
    }
  }
  const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  for (const [index, day] of yearly.entries()) {
    const [month, date] = day.split('-').map(Number) as [number, number];
    if (!(month >= 1 && month <= 12 && date >= 1 && date <= (daysInMonth[month - 1] as number))) {
      report(
        ['employer', 'closingDays', 'yearly', index],
        `${show(day)} is not a day of the year; write MM-DD (month first), such as 11-02 for 2 November`,
      );
    }
  }
  const closingDays: ClosingDays = { dates: [...new Set(dates)].sort(), yearly: [...new Set(yearly)].sort() };
  return {
    name: file.name.trim(),
    ...(file.holidayRegion ? { holidayRegion: file.holidayRegion } : {}),
    closingDays,
    timeZone: 'Europe/Brussels',
  };
}

function buildTeam(
  file: TeamFile,
  index: number,
  people: readonly Person[],
  functions: ReadonlySet<string>,
  report: Report,
): Team {
  const path: FilePath = ['teams', index];
  const guid = new RegExp(GUID_PATTERN);
  const managers: string[] = [];
  for (const [m, written] of file.managers.entries()) {
    const key = written.trim().toLowerCase();
    const manager = guid.test(key) ? people.find((p) => p.id === key) : people.find((p) => p.upn === key);
    if (!manager) {
      report(
        [...path, 'managers', m],
        `${show(written)} is not a person in this file; write the id or upn of someone listed under people` +
          didYouMean(
            key,
            people.map((p) => p.upn),
          ),
      );
    } else if (!managers.includes(manager.id)) {
      managers.push(manager.id);
    }
  }

  const members = people.filter((p) => p.teams.includes(file.id));
  const permanence = (file.permanence ?? []).map((rule, r): PermanenceRule => {
    const rulePath = [...path, 'permanence', r];
    if (rule.minimumOnSite > members.length) {
      report(
        [...rulePath, 'minimumOnSite'],
        `${rule.minimumOnSite} people must be on site but team ${file.id} has ${members.length} members; ` +
          `write at most ${members.length}, or add people to the team`,
      );
    }
    for (const [fn, minimum] of Object.entries(rule.byFunction ?? {})) {
      if (!functions.has(fn)) {
        report([...rulePath, 'byFunction', fn], unknownFunction(fn, functions), 'key');
        continue;
      }
      const count = members.filter((p) => p.function === fn).length;
      if (minimum > count) {
        report(
          [...rulePath, 'byFunction', fn],
          `${minimum} people with function ${fn} must be on site but team ${file.id} has ${count}; ` +
            `write at most ${count}, or add people with function ${fn} to the team`,
        );
      }
    }
    return {
      minimumOnSite: rule.minimumOnSite,
      byFunction: { ...(rule.byFunction ?? {}) },
      weekdays: rule.weekdays ? [...rule.weekdays].sort(byWeekOrder) : [...WORKING_WEEK],
      halves: rule.halves ? (['am', 'pm'] as const).filter((h) => rule.halves?.includes(h)) : ['am', 'pm'],
    };
  });

  return {
    id: file.id,
    name: file.name.trim(),
    managers,
    permanence,
    ...(file.permanenceMailbox ? { permanenceMailbox: file.permanenceMailbox } : {}),
  };
}

/**
 * The core organisation a schema-valid file describes, and every problem found on the way.
 * When `problems` is not empty the organisation is incomplete and must not be used.
 */
export function buildOrganisation(
  file: OrganisationFile,
  fileName: string,
): { organisation: Organisation; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const report: Report = (path, problem, at) =>
    problems.push({ path, problem, ...(at === 'missing' ? { missing: true } : at ? { at } : {}) });

  const functions = new Set(file.people.map((p) => p.function));
  const employer = buildEmployer(file.employer, report);
  const policy = buildPolicy(file.policy, fileName, functions, report);
  const functionNames = buildFunctionNames(file.functions, functions, report);
  applyContinuity(file.continuity, policy.crisis, functions, report);

  const teamIds: string[] = [];
  for (const [index, team] of file.teams.entries()) {
    if (teamIds.includes(team.id)) {
      report(
        ['teams', index, 'id'],
        `${show(team.id)} is already the id of another team; give each team its own id`,
      );
    }
    teamIds.push(team.id);
  }

  const managerKeys = new Set(file.teams.flatMap((t) => t.managers.map((m) => m.trim().toLowerCase())));
  const people: Person[] = [];
  for (const [index, entry] of file.people.entries()) {
    const path: FilePath = ['people', index];
    const id = entry.id.toLowerCase();
    const upn = entry.upn.trim().toLowerCase();
    const sameId = people.findIndex((p) => p.id === id);
    if (sameId >= 0) {
      report(
        [...path, 'id'],
        `${id} is already the id of people[${sameId}] (${people[sameId]?.displayName}); ` +
          'each person needs their own Entra object id',
      );
    }
    const sameUpn = people.findIndex((p) => p.upn === upn);
    if (sameUpn >= 0) {
      report(
        [...path, 'upn'],
        `${upn} is already the upn of people[${sameUpn}] (${people[sameUpn]?.displayName}); ` +
          'each person needs their own sign-in address',
      );
    }
    const regime = readRegime(entry.regime, [...path, 'regime'], report);
    const arrangement = readTelework(entry.telework, regime, [...path, 'telework'], report);
    if (arrangement.type !== 'none' && policy.excludedFunctions.includes(entry.function)) {
      report(
        [...path, 'telework'],
        `${entry.function} is excluded from telework by the policy (excludedFunctions); ` +
          `write telework: none, or take ${entry.function} out of policy.excludedFunctions`,
      );
    }
    // Whoever manages a team holds the Manager role, written or not.
    const roles = new Set<Role>(entry.roles ?? []);
    if (managerKeys.has(id) || managerKeys.has(upn)) roles.add('Manager');
    people.push({
      id,
      upn,
      displayName: entry.displayName.trim(),
      locale: entry.locale,
      teams: teamsOf(entry, path, teamIds, report),
      function: entry.function,
      regime,
      arrangement,
      roles: ROLES.filter((role) => roles.has(role)),
    });
  }

  const teams = file.teams.map((team, index) => buildTeam(team, index, people, functions, report));

  if (!people.some((p) => p.roles.includes('HR'))) {
    report(
      ['people'],
      'no one has the HR role; add roles: [HR] to the person who follows up telework and pays the allowance',
      'missing',
    );
  }

  return { organisation: { employer, people, teams, policy, functions: functionNames }, problems };
}
