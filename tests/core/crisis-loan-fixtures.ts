import type { Team } from '../../core/organisation/organisation.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { cpasTeams } from './fixtures.js';

// The CPAS of fixtures.ts in a crisis: the social service keeps two social workers on site (Anna
// and Bart are its only ones); the administrative officers' mission (Chloé, social service) and
// the technicians' (Gert, facilities) are suspended, so either can be lent. A breach of a minimum
// is refused, so each verdict says whether the minimum holds.

export function loanPolicy(permanence: 'all' | 'essential-only' = 'essential-only'): TeleworkPolicy {
  return {
    ...leuvenPreset,
    permanenceBreach: 'refuse',
    crisis: {
      ...leuvenPreset.crisis,
      permanence,
      essentialFunctions: ['social-worker', 'reception'],
      functions: {
        administrative: { suspendable: true, teleworkable: false },
        technician: { suspendable: true, teleworkable: false },
      },
    },
  };
}

export function loanTeams(): Team[] {
  return cpasTeams().map((team) =>
    team.id === 'social'
      ? {
          ...team,
          permanence: [{ minimumOnSite: 2, byFunction: { 'social-worker': 2 }, weekdays: [], halves: [] }],
        }
      : team,
  );
}
