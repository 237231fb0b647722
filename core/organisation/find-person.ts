import { DomainError } from '../errors/error-catalogue.js';
import type { Organisation, Person, PersonId, Team, TeamId } from './organisation.js';

export function findPerson(organisation: Pick<Organisation, 'people'>, personId: PersonId): Person {
  const person = organisation.people.find((candidate) => candidate.id === personId);
  if (!person) throw new DomainError('UNKNOWN_PERSON', { personId });
  return person;
}

export function findTeam(organisation: Pick<Organisation, 'teams'>, teamId: TeamId): Team {
  const team = organisation.teams.find((candidate) => candidate.id === teamId);
  if (!team) throw new DomainError('UNKNOWN_TEAM', { teamId });
  return team;
}

/** Everyone who shares at least one team with the person, the person excluded. */
export function teamMates(organisation: Pick<Organisation, 'people'>, person: Person): Person[] {
  return organisation.people.filter(
    (other) => other.id !== person.id && other.teams.some((team) => person.teams.includes(team)),
  );
}
