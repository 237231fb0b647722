import type { LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { TeamPlanningUnit, TeamVersionFacts } from '../ledger/ledger.js';
import type { Organisation, Team } from '../organisation/organisation.js';
import { membersOf } from '../permanence/presence.js';

/**
 * What a team's version digests besides the ledger: its members and rules, from today on (the
 * past cannot be planned any more, so a change there does not make a manager's view stale).
 */
export function teamVersionFacts(
  team: Pick<Team, 'id' | 'permanence'>,
  organisation: Pick<Organisation, 'people' | 'policy'>,
  today: LocalDate,
): TeamVersionFacts {
  return {
    memberIds: membersOf(team, organisation.people).map((person) => person.id),
    // Crisis mode changes which minimums hold: it is part of the team's rules here.
    rules: { permanence: team.permanence, crisis: organisation.policy.crisis },
    since: today,
  };
}

/**
 * The version the change was prepared against (If-Match) must be the current one, read under the
 * team's lock: TEAM_VERSION_REQUIRED without one (428), TEAM_VERSION_STALE when it moved (412),
 * both saying the current version so the client can read again.
 */
export async function requireCurrentVersion(
  unit: Pick<TeamPlanningUnit, 'version'>,
  team: Pick<Team, 'id' | 'permanence'>,
  organisation: Pick<Organisation, 'people' | 'policy'>,
  today: LocalDate,
  expected: string | undefined,
): Promise<string> {
  const version = await unit.version(teamVersionFacts(team, organisation, today));
  if (expected === undefined) throw new DomainError('TEAM_VERSION_REQUIRED', { teamId: team.id, version });
  if (expected !== version) throw new DomainError('TEAM_VERSION_STALE', { teamId: team.id, version });
  return version;
}
