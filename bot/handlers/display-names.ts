import type { Organisation } from '../../core/organisation/organisation.js';

/** Team names as the organisation file writes them, for the cards. */
export function displayNames(organisation: Pick<Organisation, 'teams'>) {
  return { teamNames: Object.fromEntries(organisation.teams.map((team) => [team.id, team.name])) };
}
