import { findTeam } from '../../core/organisation/find-person.js';
import type { Person } from '../../core/organisation/organisation.js';
import { coworkerIds } from '../../core/permanence/loans.js';
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
  // The crisis rules and the loans in force that day, as the decision read them.
  const [crisisPeriods, loans] = await Promise.all([services.store.crisisPeriods(), services.store.loans()]);
  const { date } = decision;
  const mates = coworkerIds(requester, services.organisation.people, date, date, loans);
  const activeEntries = await services.store.activeEntries(mates, date, date);
  const { organisation, calendar } = services;
  const context = { organisation, calendar, activeEntries, crisisPeriods, loans };
  return broken.map((figure) => {
    const team = findTeam(services.organisation, figure.teamId);
    const coverage = permanenceCoverage(team, decision.date, figure.half, context).find(
      (candidate) => candidate.function === figure.function,
    );
    const personIds = (coverage?.present ?? []).filter((id) => id !== requester.id);
    return { teamId: figure.teamId, half: figure.half, function: figure.function, personIds };
  });
}
