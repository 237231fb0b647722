import { findPerson } from '../../core/organisation/find-person.js';
import type { Person } from '../../core/organisation/organisation.js';
import type { DeclaredDay } from '../../core/use-cases/declare-telework.js';
import type { BotServices } from '../bot-services.js';
import { renderApprovalRequestCard } from '../cards/index.js';
import { displayNames } from './display-names.js';
import { othersOnSite } from './others-on-site.js';

/**
 * Sends each approver one card with the requester's days that wait for them. An approver the
 * bot cannot reach yet (never opened the chat) still finds the request in the Outlook add-in.
 */
export async function sendApprovalRequests(
  services: BotServices,
  requester: Person,
  declared: DeclaredDay[],
): Promise<void> {
  const pending = declared.filter((day) => day.decision.outcome === 'needs-approval' && day.recorded.created);
  const approverIds = [
    ...new Set(
      pending.flatMap((day) => (day.decision.outcome === 'needs-approval' ? day.decision.approvers : [])),
    ),
  ];
  if (approverIds.length === 0) return;
  const approvers = approverIds.map((id) => findPerson(services.organisation, id));
  const known = await Promise.all(approvers.map((approver) => services.conversations.find(approver.id)));
  const refreshUserIds = known.flatMap((conversation) => (conversation ? [conversation.teamsUserId] : []));
  for (const approver of approvers) {
    const days = pending.filter(
      (day) => day.decision.outcome === 'needs-approval' && day.decision.approvers.includes(approver.id),
    );
    const withOthers = await Promise.all(
      days.map(async (day) => ({
        entryId: day.recorded.entry.id,
        decision: day.decision,
        othersOnSite: await othersOnSite(services, requester, day.decision),
      })),
    );
    await services.notify(
      approver,
      renderApprovalRequestCard({
        locale: approver.locale,
        requesterName: requester.displayName,
        today: services.clock.today(),
        refreshUserIds,
        ...displayNames(services.organisation, approver.locale),
        days: withOthers,
      }),
    );
  }
}
