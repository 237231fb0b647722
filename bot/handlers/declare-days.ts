import type { EntryStatus } from '../../core/ledger/ledger.js';
import { findPerson } from '../../core/organisation/find-person.js';
import type { Person } from '../../core/organisation/organisation.js';
import type { DayDecision, DayRequest } from '../../core/policy/decision.js';
import { type DeclaredDay, declareTelework } from '../../core/use-cases/declare-telework.js';
import { suggestDays } from '../../core/use-cases/suggest-days.js';
import type { BotServices } from '../bot-services.js';
import { type AdaptiveCardJson, MAX_SUGGESTIONS, renderDeclarationCard } from '../cards/index.js';
import { sendApprovalRequests } from './approval-requests.js';
import { displayNames } from './display-names.js';

/**
 * Declares the days, then answers: each day's outcome, where it stands with Outlook, what is
 * possible instead of a refused day. Days waiting for approval go to the approvers at once.
 */
export async function declareDays(
  services: BotServices,
  person: Person,
  days: DayRequest[],
  locale: Person['locale'],
): Promise<AdaptiveCardJson> {
  const today = services.clock.today();
  const declared = await declareTelework(services, {
    request: { personId: person.id, days },
    today,
    at: services.clock.now(),
    source: 'bot',
  });
  await services.syncSoon();
  const status = await services.calendarStatus(acceptedIds(declared));
  await sendApprovalRequests(services, person, declared);

  const refused = declared.filter((day) => day.decision.outcome === 'refuse');
  const suggestions =
    refused.length > 0 && refused.every((day) => day.decision.reason !== 'FUNCTION_EXCLUDED')
      ? await suggestDays(services, {
          personId: person.id,
          from: refused[0]?.decision.date ?? today,
          today,
          count: MAX_SUGGESTIONS,
        })
      : [];
  return renderDeclarationCard({
    locale,
    today,
    bookingHorizonDays: services.organisation.policy.bookingHorizonDays,
    ...displayNames(services.organisation, locale),
    personFunction: person.function,
    suggestions,
    days: declared.map(({ decision, recorded }) => ({
      decision,
      ...(decision.outcome === 'refuse' ? {} : { entryId: recorded.entry.id }),
      ...(decision.outcome === 'accept'
        ? { calendarState: status.get(recorded.entry.id) ?? 'pending-sync' }
        : {}),
      ...(decision.outcome === 'needs-approval'
        ? {
            approverNames: decision.approvers.map(
              (approverId) => findPerson(services.organisation, approverId).displayName,
            ),
          }
        : {}),
      ...holidayName(services, decision.date, decision.reason, locale),
      ...heldAs(decision, recorded.entry.status),
    })),
  });
}

function acceptedIds(declared: DeclaredDay[]): string[] {
  return declared.filter((day) => day.decision.outcome === 'accept').map((day) => day.recorded.entry.id);
}

/** A day asked again: the ledger answered with the entry that already holds it. */
function heldAs(decision: DayDecision, status: EntryStatus): { held?: 'accepted' | 'pending' } {
  if (decision.reason !== 'ALREADY_DECLARED') return {};
  return status === 'accepted' || status === 'pending' ? { held: status } : {};
}

function holidayName(services: BotServices, date: string, reason: string, locale: Person['locale']) {
  if (reason !== 'PUBLIC_HOLIDAY') return {};
  const name = services.calendar.publicHolidayIn(date, locale);
  return name ? { holidayName: name } : {};
}
