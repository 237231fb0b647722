import type { Locale, Organisation } from '../../core/organisation/organisation.js';

/**
 * Names the cards show instead of ids: teams as the organisation file writes them, functions in
 * the card's language (the file's `functions:` section; a function without names keeps its key).
 */
export function displayNames(organisation: Pick<Organisation, 'teams' | 'functions'>, locale: Locale) {
  return {
    teamNames: Object.fromEntries(organisation.teams.map((team) => [team.id, team.name])),
    functionNames: Object.fromEntries(
      Object.entries(organisation.functions ?? {}).map(([key, names]) => [key, names[locale]]),
    ),
  };
}
