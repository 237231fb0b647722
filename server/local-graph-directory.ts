import { createHash } from 'node:crypto';
import type { Organisation } from '../core/organisation/organisation.js';
import type { DirectoryEntry } from '../local-m365/graph/index.js';

/**
 * The local Graph's directory is the organisation file: its people, and the teams' permanence
 * shared mailboxes. A shared mailbox has an object id in Entra; locally it gets a stable one made
 * from its address. Each is shared (read) with the team's managers and members, as an Exchange
 * admin would share it, so they read the permanence calendar with their own token.
 */
export function localGraphDirectory(organisation: Pick<Organisation, 'people' | 'teams'>): DirectoryEntry[] {
  const people = organisation.people.map((person) => ({
    id: person.id,
    userPrincipalName: person.upn,
    displayName: person.displayName,
    mail: person.upn,
  }));
  const mailboxes = organisation.teams.flatMap((team) =>
    team.permanenceMailbox && !people.some((person) => person.userPrincipalName === team.permanenceMailbox)
      ? [
          {
            id: stableId(team.permanenceMailbox),
            userPrincipalName: team.permanenceMailbox,
            displayName: `Permanence ${team.name}`,
            mail: team.permanenceMailbox,
            readers: [
              ...new Set([
                ...team.managers,
                ...organisation.people.filter((p) => p.teams.includes(team.id)).map((p) => p.id),
              ]),
            ],
          },
        ]
      : [],
  );
  return [...people, ...mailboxes];
}

function stableId(address: string): string {
  const hex = createHash('sha256').update(address.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
