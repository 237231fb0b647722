import { stringify } from 'yaml';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Organisation, Person } from '../../core/organisation/organisation.js';

/**
 * The Microsoft 365 Agents Playground's `.m365agentsplayground.yml` (config schema 0.1.1), written
 * from the organisation file so that whoever chats in the Playground is a real person of the
 * organisation, with their team, rules and calendar. The Playground wants exactly five other
 * users: the current person's managers and team mates first, then HR, then anyone.
 */
const PLAYGROUND_OTHER_USERS = 5;

export interface PlaygroundConfigInput {
  organisation: Pick<Organisation, 'people' | 'teams'>;
  tenantId: string;
  botId: string;
  /** The UPN to chat as; absent: the first person with a structural arrangement. */
  currentUpn?: string;
}

export function playgroundConfig(input: PlaygroundConfigInput): string {
  const { organisation } = input;
  const current = pickCurrent(organisation.people, input.currentUpn);
  const team = organisation.teams.find((candidate) => current.teams.includes(candidate.id));
  const others = rankOthers(organisation, current).slice(0, PLAYGROUND_OTHER_USERS);
  if (others.length < PLAYGROUND_OTHER_USERS) {
    throw new DomainError('ORG_FILE_INVALID', {
      file: 'organisation',
      path: 'people',
      problem: `the Playground needs at least ${PLAYGROUND_OTHER_USERS + 1} people; add people to the file`,
    });
  }
  return stringify({
    version: '0.1.1',
    tenantId: input.tenantId,
    bot: { id: input.botId, name: 'Telework' },
    currentUser: playgroundUser(current),
    users: others.map(playgroundUser),
    personalChat: { id: `personal-${current.id}` },
    groupChat: { id: `group-${team?.id ?? 'all'}`, name: team?.name ?? 'Telework' },
    team: {
      id: `team-${team?.id ?? 'all'}`,
      name: (team?.name ?? 'Telework').slice(0, 256),
      aadGroupId: '00000000-0000-4000-8000-0000000000f1',
      channels: [],
    },
  });
}

/** Who chats in the Playground: the UPN asked for, else the first structural teleworker. */
export function pickCurrent(people: Person[], upn: string | undefined): Person {
  if (upn) {
    const person = people.find((candidate) => candidate.upn === upn.toLowerCase());
    if (!person) throw new DomainError('UNKNOWN_UPN', { upn });
    return person;
  }
  const structural = people.find((person) => person.arrangement.type === 'structural');
  const first = structural ?? people[0];
  if (!first)
    throw new DomainError('ORG_FILE_INVALID', { file: 'organisation', path: 'people', problem: 'nobody' });
  return first;
}

function rankOthers(organisation: Pick<Organisation, 'people' | 'teams'>, current: Person): Person[] {
  const managers = new Set(
    organisation.teams.filter((team) => current.teams.includes(team.id)).flatMap((team) => team.managers),
  );
  const rank = (person: Person) => {
    if (managers.has(person.id)) return 0;
    if (person.teams.some((team) => current.teams.includes(team))) return 1;
    if (person.roles.includes('HR')) return 2;
    return 3;
  };
  return organisation.people
    .filter((person) => person.id !== current.id)
    .map((person, index) => ({ person, index }))
    .sort((a, b) => rank(a.person) - rank(b.person) || a.index - b.index)
    .map(({ person }) => person);
}

function playgroundUser(person: Person) {
  const [givenName = person.displayName, ...rest] = person.displayName.split(' ');
  return {
    // The Playground's user id is the Teams user id; the product knows people by aadObjectId.
    id: `teams-${person.id}`,
    name: person.displayName,
    userPrincipleName: person.upn,
    aadObjectId: person.id,
    givenName,
    surname: rest.join(' ') || givenName,
    email: person.upn,
  };
}
