import { findTeam, teamMates } from '../../core/organisation/find-person.js';
import type { Person } from '../../core/organisation/organisation.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { permanenceCoverage } from '../../core/policy/permanence-coverage.js';
import type { BotServices } from '../bot-services.js';
import type { OthersOnSite } from '../cards/approval-cards.js';

/**
 * For each minimum the request would break, who else is on site that half (as the ledger stands
 * now, the requester left out): what the manager weighs before approving a breach. Nothing is
 * read when no minimum is broken.
 */
export async function othersOnSite(
  services: Pick<BotServices, 'organisation' | 'calendar' | 'store'>,
  requester: Person,
  decision: Pick<DayDecision, 'date' | 'figures'>,
): Promise<OthersOnSite[]> {
  const broken = decision.figures.presence.filter((figure) => figure.onSiteAfter < figure.minimum);
  if (broken.length === 0) return [];
  const mates = teamMates(services.organisation, requester).map((mate) => mate.id);
  const activeEntries = await services.store.activeEntries(mates, decision.date, decision.date);
  const context = { organisation: services.organisation, calendar: services.calendar, activeEntries };
  return broken.map((figure) => {
    const team = findTeam(services.organisation, figure.teamId);
    const coverage = permanenceCoverage(team, decision.date, figure.half, context).find(
      (candidate) => candidate.function === figure.function,
    );
    const personIds = (coverage?.present ?? []).filter((id) => id !== requester.id);
    return { teamId: figure.teamId, half: figure.half, function: figure.function, personIds };
  });
}
