import type { Locale, Organisation } from '../../core/organisation/organisation.js';

/**
 * Names the cards show instead of ids: teams as the organisation file writes them, people by
 * their display name, functions in the card's language (the file's `functions:` section; a
 * function without names keeps its key).
 */
export function displayNames(
  organisation: Pick<Organisation, 'teams' | 'functions'> & Partial<Pick<Organisation, 'people'>>,
  locale: Locale,
) {
  return {
    teamNames: Object.fromEntries(organisation.teams.map((team) => [team.id, team.name])),
    personNames: Object.fromEntries((organisation.people ?? []).map((p) => [p.id, p.displayName])),
    functionNames: Object.fromEntries(
      Object.entries(organisation.functions ?? {}).map(([key, names]) => [key, names[locale]]),
    ),
  };
}
