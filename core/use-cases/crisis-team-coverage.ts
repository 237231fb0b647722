import { addDays, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LedgerStore } from '../ledger/ledger.js';
import type { Organisation, PersonId, TeamId } from '../organisation/organisation.js';
import { type CoverageSummary, summariseCoverage } from '../permanence/coverage-summary.js';
import { coverageInUnit } from './plan-team-duties.js';

/** The first week of a crisis: its first day and the six after it. */
export const CRISIS_FIRST_WEEK_DAYS = 7;

export interface TeamWeekCoverage extends CoverageSummary {
  teamId: TeamId;
  teamName: string;
}

/** The people the crisis card tells about their teams' coverage: every team's managers. */
export function teamManagers(organisation: Pick<Organisation, 'teams'>): PersonId[] {
  return [...new Set(organisation.teams.flatMap((team) => team.managers))].sort();
}

/**
 * The coverage of each team the manager manages over the crisis's first week, from the same
 * coverage the planner shows (each team read under its lock, so a team's figures are one state).
 */
export async function crisisWeekCoverage(
  deps: {
    organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
    calendar: WorkingCalendar;
    store: Pick<LedgerStore, 'planTeam'>;
  },
  managerId: PersonId,
  from: LocalDate,
): Promise<TeamWeekCoverage[]> {
  const to = addDays(from, CRISIS_FIRST_WEEK_DAYS - 1);
  const teams = deps.organisation.teams.filter((team) => team.managers.includes(managerId));
  const weeks: TeamWeekCoverage[] = [];
  for (const team of teams) {
    const halfDays = await deps.store.planTeam(team.id, (unit) => coverageInUnit(unit, deps, team, from, to));
    weeks.push({
      teamId: team.id,
      teamName: team.name,
      ...summariseCoverage(halfDays, deps.organisation.people),
    });
  }
  return weeks;
}
