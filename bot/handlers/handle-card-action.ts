import type { DayPart } from '../../core/calendar/local-date.js';
import { isLocalDate } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Person } from '../../core/organisation/organisation.js';
import type { BotServices } from '../bot-services.js';
import type { AdaptiveCardJson } from '../cards/index.js';
import { approvalCardFor, decideFromCard } from './approval-actions.js';
import { cancelDaysReply } from './cancel-days-reply.js';
import { declareDays } from './declare-days.js';

/** An Action.Execute from one of the bot's cards: the verb, its data, and who pressed it. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

/** Answers a card button with the card that replaces it. Unknown verbs and bad data say so. */
export async function handleCardAction(
  services: BotServices,
  person: Person,
  action: CardAction,
): Promise<AdaptiveCardJson> {
  const locale = person.locale;
  switch (action.verb) {
    case 'undo': {
      const entries = await Promise.all(
        stringList(action.data.entryIds).map((id) => services.store.getEntry(id)),
      );
      const own = entries.filter((entry) => entry && entry.personId === person.id && isActive(entry.status));
      const days = own.flatMap((entry) => (entry ? [{ date: entry.date, part: entry.part }] : []));
      return cancelDaysReply(services, person, days, locale);
    }
    case 'declare': {
      const { date, part } = action.data;
      if (typeof date !== 'string' || !isLocalDate(date))
        throw new DomainError('INVALID_DATE', { value: String(date) });
      if (part !== 'full' && part !== 'am' && part !== 'pm') {
        throw new DomainError('INVALID_DAY_PART', { value: String(part) });
      }
      return declareDays(services, person, [{ date, part: part as DayPart }], locale);
    }
    case 'approve':
    case 'reject':
      return decideFromCard(services, person, String(action.data.entryId ?? ''), action.verb);
    case 'refreshApproval':
      return approvalCardFor(services, person, stringList(action.data.entryIds));
    default:
      throw new DomainError('EMPTY_REQUEST');
  }
}

function isActive(status: string): boolean {
  return status === 'accepted' || status === 'pending';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string').slice(0, 50)
    : [];
}
