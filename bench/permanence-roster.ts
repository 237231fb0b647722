import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { belgianWorkingCalendar } from '../adapters/holidays/belgian-holidays.js';
import { dayOff } from '../core/calendar/day-off.js';
import { eachDay, type LocalDate, weekdayOf } from '../core/calendar/local-date.js';
import type { Person } from '../core/organisation/organisation.js';
import { proposeRoster } from '../core/permanence/roster-proposal.js';
import { type PermanenceContext, teamCoverage } from '../core/permanence/team-coverage.js';
import type { EntryFacts } from '../core/policy/active-entries.js';
import { leuvenPreset } from '../core/policy/presets/leuven.js';
import { type GeneratedTeam, generateTeam } from '../tests/core/permanence/generated-team.js';

// In process, no HTTP: a roster proposal for 50 teams of 12 over 13 weeks, and the coverage of
// one team for one month, each beside a baseline measured in the same run on the same input: one
// pass that only answers "on site or not" for every member on every half day (an entry lookup
// and the calendar), the least any planning must do. Prints figures; it is not a test.

const TEAMS = 50;
const TEAM_SIZE = 12;
const TERM = { from: '2026-09-07', to: '2026-12-04' }; // 13 weeks, 11 November inside
const MONTH = { from: '2026-10-01', to: '2026-10-31' };
const TODAY = '2026-09-04';
const calendar = belgianWorkingCalendar({
  region: 'BRU',
  closingDays: { dates: ['2026-11-02'], yearly: [] },
});

function organisationOf(teams: GeneratedTeam[]): Person[] {
  return teams.flatMap((team) => team.people);
}

function contextOf(team: GeneratedTeam, people: Person[]): PermanenceContext {
  return {
    organisation: { people, policy: leuvenPreset },
    calendar,
    activeEntries: team.entries,
    duties: team.duties,
  };
}

/** The baseline: on site or not, for every member and half day, and nothing else. */
function trivialPass(
  members: Person[],
  entries: ReadonlyArray<EntryFacts>,
  from: LocalDate,
  to: LocalDate,
): number {
  const away = new Set(entries.map((e) => `${e.personId} ${e.date}`));
  let onSite = 0;
  for (const date of eachDay(from, to)) {
    if (dayOff(date, calendar) !== undefined) continue;
    const weekday = weekdayOf(date);
    for (const person of members) {
      if (person.regime.days.includes(weekday) && !away.has(`${person.id} ${date}`)) onSite += 2;
    }
  }
  return onSite;
}

/** Median wall time of `runs` runs, in milliseconds, after two warm-up runs. */
function median(runs: number, work: () => unknown): number {
  work();
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export interface RosterBenchResult {
  rosterMs: number;
  rosterBaselineMs: number;
  duties: number;
  uncovered: number;
  coverageMs: number;
  coverageBaselineMs: number;
  halfDays: number;
}

export function run(): RosterBenchResult {
  const teams = Array.from({ length: TEAMS }, (_, i) =>
    generateTeam(i + 1, { teamId: `team${i + 1}`, size: TEAM_SIZE, ...TERM, history: 10, planned: 20 }),
  );
  const people = organisationOf(teams);
  let duties = 0;
  let uncovered = 0;
  const rosterMs = median(5, () => {
    duties = 0;
    uncovered = 0;
    for (const team of teams) {
      const proposal = proposeRoster({ team: team.team, ...TERM, today: TODAY }, contextOf(team, people));
      duties += proposal.duties.length;
      uncovered += proposal.uncovered.length;
    }
  });
  const rosterBaselineMs = median(5, () => {
    for (const team of teams) trivialPass(team.people, team.entries, TERM.from, TERM.to);
  });
  const one = teams[0] as GeneratedTeam;
  let halfDays = 0;
  const coverageMs = median(50, () => {
    halfDays = teamCoverage(one.team, MONTH.from, MONTH.to, contextOf(one, people)).length;
  });
  const coverageBaselineMs = median(50, () => trivialPass(one.people, one.entries, MONTH.from, MONTH.to));
  return { rosterMs, rosterBaselineMs, duties, uncovered, coverageMs, coverageBaselineMs, halfDays };
}

export function printRosterResult(r: RosterBenchResult): void {
  const f = (ms: number) => ms.toFixed(2);
  console.log(
    [
      `Permanence in process (median of runs; baseline: on site or not for every member and half day)`,
      `  roster proposal, ${TEAMS} teams × ${TEAM_SIZE} people × 13 weeks: ${f(r.rosterMs)} ms` +
        ` (${r.duties} duties, ${r.uncovered} half days short); baseline ${f(r.rosterBaselineMs)} ms;` +
        ` ratio ${(r.rosterMs / r.rosterBaselineMs).toFixed(1)}×; ${f(r.rosterMs / TEAMS)} ms per team`,
      `  coverage, 1 team × 1 month (${r.halfDays} half days): ${f(r.coverageMs)} ms;` +
        ` baseline ${f(r.coverageBaselineMs)} ms; ratio ${(r.coverageMs / r.coverageBaselineMs).toFixed(1)}×`,
    ].join('\n'),
  );
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printRosterResult(run());
}
