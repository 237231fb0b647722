import type { Organisation } from '../../core/organisation/organisation.js';

/** Team names as the organisation file writes them, for the cards. */
export function displayNames(
  organisation: Pick<Organisation, 'teams'> & Partial<Pick<Organisation, 'people'>>,
) {
  return {
    teamNames: Object.fromEntries(organisation.teams.map((team) => [team.id, team.name])),
    personNames: Object.fromEntries((organisation.people ?? []).map((p) => [p.id, p.displayName])),
  };
}
