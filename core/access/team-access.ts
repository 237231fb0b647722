import { DomainError } from '../errors/error-catalogue.js';
import { findTeam } from '../organisation/find-person.js';
import type { Organisation, Team, TeamId } from '../organisation/organisation.js';
import type { Caller } from './caller.js';
import { managedTeams } from './tally-access.js';

// Who plans a team's permanence: its managers (the Manager app role AND named manager of the team
// in the organisation file, as for the tallies), HR and Admin for every team. Anyone else: 403.
// Who sees a team's week: whoever plans it, and its own members (the team tab, read only).

/** The teams the caller may plan, in the organisation file's order. */
export function plannableTeams(caller: Caller, organisation: Pick<Organisation, 'teams'>): Team[] {
  if (caller.roles.includes('HR') || caller.roles.includes('Admin')) return [...organisation.teams];
  return managedTeams(caller, organisation);
}

/** The team, if the caller may plan it; UNKNOWN_TEAM (team ids are no secret) or FORBIDDEN_TEAM. */
export function requireTeamPlanner(
  caller: Caller,
  organisation: Pick<Organisation, 'teams'>,
  teamId: TeamId,
): Team {
  return requireTeamAmong(plannableTeams(caller, organisation), organisation, teamId);
}

/** The teams whose week the caller may see: those they plan and their own, in the file's order. */
export function readableTeams(caller: Caller, organisation: Pick<Organisation, 'teams'>): Team[] {
  const planned = plannableTeams(caller, organisation);
  const own = caller.person?.teams ?? [];
  return organisation.teams.filter((team) => planned.includes(team) || own.includes(team.id));
}

/** The team, if the caller may see its week; UNKNOWN_TEAM or FORBIDDEN_TEAM. */
export function requireTeamReader(
  caller: Caller,
  organisation: Pick<Organisation, 'teams'>,
  teamId: TeamId,
): Team {
  return requireTeamAmong(readableTeams(caller, organisation), organisation, teamId);
}

function requireTeamAmong(allowed: Team[], organisation: Pick<Organisation, 'teams'>, teamId: TeamId): Team {
  const team = findTeam(organisation, teamId);
  if (!allowed.includes(team)) throw new DomainError('FORBIDDEN_TEAM', { teamId: team.id });
  return team;
}

/** The caller's teams to plan, or FORBIDDEN_ROLE when they may plan none (no manager, HR or Admin). */
export function requireSomeTeams(caller: Caller, organisation: Pick<Organisation, 'teams'>): Team[] {
  const teams = plannableTeams(caller, organisation);
  const mayPlan = ['HR', 'Admin', 'Manager'].some((role) =>
    caller.roles.includes(role as Caller['roles'][number]),
  );
  if (!mayPlan) {
    throw new DomainError('FORBIDDEN_ROLE', {
      action: 'Planning permanence',
      role: 'Manager, HR or Admin',
      roles: caller.roles.length > 0 ? caller.roles.join(', ') : 'no role',
    });
  }
  return teams;
}
