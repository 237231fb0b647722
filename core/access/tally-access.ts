import { DomainError } from '../errors/error-catalogue.js';
import { findTeam } from '../organisation/find-person.js';
import type { Organisation, Person, PersonId, Role, Team, TeamId } from '../organisation/organisation.js';
import type { Caller } from './caller.js';

// Who may see whose telework: each person sees themselves, a manager the people of the teams they
// manage, HR everyone. Being a manager takes both the Manager app role in the token and being
// named manager of the team in the organisation file: either alone is not enough.

/** The teams the caller manages. */
export function managedTeams(caller: Caller, organisation: Pick<Organisation, 'teams'>): Team[] {
  if (!caller.roles.includes('Manager')) return [];
  return organisation.teams.filter((team) => team.managers.includes(caller.id));
}

/** The person, HR, or a manager of one of the person's teams. */
export function mayReadPerson(
  caller: Caller,
  organisation: Pick<Organisation, 'teams'>,
  person: Pick<Person, 'id' | 'teams'>,
): boolean {
  if (caller.id === person.id || caller.roles.includes('HR')) return true;
  return managedTeams(caller, organisation).some((team) => person.teams.includes(team.id));
}

/** Throws FORBIDDEN_ROLE unless the caller's token has the role. */
export function requireRole(caller: Caller, role: Role, action: string): void {
  if (!caller.roles.includes(role)) {
    throw new DomainError('FORBIDDEN_ROLE', {
      action,
      role,
      roles: caller.roles.length > 0 ? caller.roles.join(', ') : 'no role',
    });
  }
}

/** The caller as a person of the organisation (for "my own"), or AUTH_UNKNOWN_PERSON. */
export function requirePerson(caller: Caller): Person {
  if (!caller.person) throw new DomainError('AUTH_UNKNOWN_PERSON', { callerId: caller.id });
  return caller.person;
}

export interface PeopleFilter {
  team?: TeamId;
  person?: PersonId;
}

/**
 * The people whose tallies the caller may read, in the organisation file's order, narrowed by
 * the filter. Without a filter: everyone for HR, themselves and their teams for a manager,
 * themselves for anyone else. A filter the caller may not use is refused rather than quietly
 * narrowed, so an empty answer always means "nobody there". A team that does not exist is
 * UNKNOWN_TEAM (team ids are no secret); a person who does not exist is FORBIDDEN_PERSON to
 * anyone but HR, so that ids cannot be probed.
 */
export function readablePeople(
  caller: Caller,
  organisation: Pick<Organisation, 'people' | 'teams'>,
  filter: PeopleFilter,
): Person[] {
  const isHr = caller.roles.includes('HR');
  if (!isHr && !caller.person) throw new DomainError('AUTH_UNKNOWN_PERSON', { callerId: caller.id });
  let people = organisation.people;
  if (filter.team !== undefined) {
    const team = findTeam(organisation, filter.team);
    if (!isHr && !managedTeams(caller, organisation).includes(team)) {
      throw new DomainError('FORBIDDEN_TEAM', { teamId: team.id });
    }
    people = people.filter((person) => person.teams.includes(team.id));
  }
  if (filter.person !== undefined) {
    const wanted = organisation.people.find((person) => person.id === filter.person);
    if (!wanted && isHr) throw new DomainError('UNKNOWN_PERSON', { personId: filter.person });
    if (!wanted || !mayReadPerson(caller, organisation, wanted)) {
      throw new DomainError('FORBIDDEN_PERSON', { personId: filter.person });
    }
    people = people.filter((person) => person.id === wanted.id);
  }
  if (isHr) return people;
  // The managed teams once, not once per person: an organisation can have thousands of people.
  const managed = new Set(managedTeams(caller, organisation).map((team) => team.id));
  return people.filter((person) => person.id === caller.id || person.teams.some((team) => managed.has(team)));
}
