import { findPerson, findTeam } from '../../core/organisation/find-person.js';
import type { DutyNotice } from '../../core/use-cases/plan-team-duties.js';
import type { BotServices } from '../bot-services.js';
import { renderDutyNoticeCard } from '../cards/index.js';

/**
 * Tells a person in Teams, in their language, that a manager put them on permanence duty or took
 * them off it (the API's duty and roster routes). A person the bot cannot reach yet is not told:
 * the duty is in their Outlook calendar all the same.
 */
export async function tellOnDuty(
  services: Pick<BotServices, 'organisation' | 'notify'>,
  notice: DutyNotice,
): Promise<void> {
  const person = findPerson(services.organisation, notice.personId);
  const team = findTeam(services.organisation, notice.teamId);
  const by = services.organisation.people.find((p) => p.id === notice.byId);
  await services.notify(
    person,
    renderDutyNoticeCard({
      locale: person.locale,
      change: notice.change,
      teamName: team.name,
      byName: by?.displayName ?? team.name,
      days: notice.days,
    }),
  );
}
