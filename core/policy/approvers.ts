import { DomainError } from '../errors/error-catalogue.js';
import type { Organisation, Person, PersonId } from '../organisation/organisation.js';

/**
 * Who may approve a request of this person: the managers of all their teams, never the person
 * themselves. A manager who manages their own team, or somebody in no managed team, goes to HR
 * (again without themselves), so that every request has somebody to decide on it when possible.
 */
export function approversFor(
  person: Pick<Person, 'id' | 'teams'>,
  organisation: Pick<Organisation, 'people' | 'teams'>,
): PersonId[] {
  const managers = new Set<PersonId>();
  for (const teamId of person.teams) {
    const team = organisation.teams.find((t) => t.id === teamId);
    if (team === undefined) throw new DomainError('UNKNOWN_TEAM', { teamId });
    for (const manager of team.managers) if (manager !== person.id) managers.add(manager);
  }
  if (managers.size > 0) return [...managers];
  return organisation.people.filter((p) => p.roles.includes('HR') && p.id !== person.id).map((p) => p.id);
}
