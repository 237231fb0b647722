import { DomainError } from '../../core/errors/error-catalogue.js';
import type { LedgerEvent, TeleworkEntry } from '../../core/ledger/ledger.js';
import { findPerson } from '../../core/organisation/find-person.js';
import type { Locale, Person } from '../../core/organisation/organisation.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { decideRequest } from '../../core/use-cases/decide-request.js';
import { weekOverview } from '../../core/use-cases/week-overview.js';
import type { BotServices } from '../bot-services.js';
import {
  type AdaptiveCardJson,
  type ApprovalState,
  renderApprovalDecidedCard,
  renderApprovalRequestCard,
  renderDecisionNoticeCard,
} from '../cards/index.js';
import { displayNames } from './display-names.js';
import { othersOnSite } from './others-on-site.js';

/** Approve or Reject pressed on an approval card: decide, tell the requester, show the new card. */
export async function decideFromCard(
  services: BotServices,
  decider: Person,
  locale: Locale,
  entryId: string,
  verb: 'approve' | 'reject',
  cardEntryIds: string[],
): Promise<AdaptiveCardJson> {
  const decision = verb === 'approve' ? 'approved' : 'rejected';
  const entry = await decideRequest(services, {
    entryId,
    deciderId: decider.id,
    decision,
    note: '',
    at: services.clock.now(),
    source: 'bot',
  });
  await services.syncSoon();
  await tellRequesterOfDecision(services, decider, entry);
  return approvalCardFor(services, decider, locale, cardEntryIds);
}

/**
 * Tells the requester on a notice card, in their language, that their request was decided (and
 * where the day stands in Outlook). Shared by the card's buttons and the API's decision route.
 */
export async function tellRequesterOfDecision(
  services: BotServices,
  decider: Person,
  entry: TeleworkEntry,
): Promise<void> {
  const decision = entry.status === 'accepted' ? 'approved' : 'rejected';
  const requester = findPerson(services.organisation, entry.personId);
  const status = await services.calendarStatus([entry.id]);
  const week = await weekOverview(services, { personId: requester.id, weekOf: entry.date });
  await services.notify(
    requester,
    renderDecisionNoticeCard({
      locale: requester.locale,
      outcome: decision,
      deciderName: decider.displayName,
      days: [{ date: entry.date, part: entry.part }],
      ...(decision === 'approved' ? { calendarState: status.get(entry.id) ?? 'pending-sync' } : {}),
      quotas: week.quotas,
      today: services.clock.today(),
    }),
  );
}

/**
 * The approval card as it stands: with buttons for an approver while a day is pending, the
 * decided card for everyone else (Action.Execute refresh shows each viewer their own).
 */
export async function approvalCardFor(
  services: BotServices,
  viewer: Person,
  locale: Locale,
  entryIds: string[],
): Promise<AdaptiveCardJson> {
  // A request is shown to the requester, its approvers and HR only: the ids come from the client.
  const entries = (await Promise.all(entryIds.map((id) => services.store.getEntry(id)))).filter(
    (entry): entry is TeleworkEntry =>
      entry !== undefined &&
      (entry.personId === viewer.id || entry.approvers.includes(viewer.id) || viewer.roles.includes('HR')),
  );
  const first = entries[0];
  if (!first) throw new DomainError('UNKNOWN_ENTRY', { entryId: entryIds.join(', ') });
  const requester = findPerson(services.organisation, first.personId);
  const histories = await Promise.all(entries.map((entry) => services.store.history(entry.id)));
  const states = entries.map((entry, index) => stateOf(services, entry, histories[index] ?? []));
  const canDecide = entries.some(
    (entry) =>
      entry.status === 'pending' && (entry.approvers.includes(viewer.id) || viewer.roles.includes('HR')),
  );
  if (!canDecide) {
    return renderApprovalDecidedCard({
      locale,
      requesterName: requester.displayName,
      days: entries.map((entry, index) => ({
        date: entry.date,
        part: entry.part,
        kind: entry.kind,
        state: states[index] ?? { status: 'pending' },
      })),
    });
  }
  const known = await Promise.all(first.approvers.map((id) => services.conversations.find(id)));
  return renderApprovalRequestCard({
    locale,
    requesterName: requester.displayName,
    today: services.clock.today(),
    refreshUserIds: known.flatMap((conversation) => (conversation ? [conversation.teamsUserId] : [])),
    ...displayNames(services.organisation, locale),
    days: await Promise.all(
      entries.map(async (entry, index) => {
        const decision = pendingDecision(entry, histories[index] ?? []);
        const pending = entry.status === 'pending';
        return {
          entryId: entry.id,
          decision,
          ...(pending ? { othersOnSite: await othersOnSite(services, requester, decision) } : {}),
          state: states[index] ?? { status: 'pending' },
        };
      }),
    ),
  });
}

function stateOf(services: BotServices, entry: TeleworkEntry, history: LedgerEvent[]): ApprovalState {
  if (entry.status === 'pending') return { status: 'pending' };
  if (entry.status === 'cancelled') return { status: 'cancelled' };
  const decided = [...history]
    .reverse()
    .find((event: LedgerEvent) => event.action === 'approved' || event.action === 'rejected');
  if (!decided)
    return { status: entry.status === 'accepted' ? 'approved' : 'rejected', byName: '', at: entry.updatedAt };
  const by = services.organisation.people.find((person) => person.id === decided.actorId);
  return {
    status: decided.action === 'approved' ? 'approved' : 'rejected',
    byName: by?.displayName ?? decided.actorId,
    at: decided.at,
  };
}

/** The request as the policy sent it for approval; its figures are kept with the ledger event. */
function pendingDecision(entry: TeleworkEntry, history: LedgerEvent[]): DayDecision {
  const requested = history.find((event) => event.action === 'requested');
  const figures = requested?.details.figures as DayDecision['figures'] | undefined;
  return {
    outcome: 'needs-approval',
    reason: entry.reason === 'PERMANENCE_AT_MINIMUM' ? 'PERMANENCE_AT_MINIMUM' : 'OCCASIONAL_NEEDS_APPROVAL',
    approvers: entry.approvers,
    date: entry.date,
    part: entry.part,
    kind: entry.kind,
    figures: figures ?? { valueMinutes: 0, quotas: [], presence: [] },
  };
}
