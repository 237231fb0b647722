import { assertLocalDate } from '../../core/calendar/day-off.js';
import type { DayPart } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Locale, Person } from '../../core/organisation/organisation.js';
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

const LOCALES: readonly Locale[] = ['fr', 'nl', 'en', 'de'];

/** The language the card was written in (its buttons carry it), else the Teams client's. */
export function cardLocale(data: Record<string, unknown>, fallback: Locale): Locale {
  return LOCALES.find((locale) => locale === data.locale) ?? fallback;
}

/**
 * Answers a card button with the card that replaces it. The data comes back from the client:
 * ids are checked against who pressed, dates and parts against what they may be.
 */
export async function handleCardAction(
  services: BotServices,
  person: Person,
  action: CardAction,
  locale: Locale,
): Promise<AdaptiveCardJson> {
  switch (action.verb) {
    case 'undo': {
      const ids = stringList(action.data.entryIds);
      const entries = await Promise.all(ids.map((id) => services.store.getEntry(id)));
      // Only the person's own, still active entries.
      const own = entries.filter((entry) => entry && entry.personId === person.id && isActive(entry.status));
      if (own.length === 0) throw new DomainError('ENTRY_ALREADY_CANCELLED', { entryId: ids.join(', ') });
      const days = own.flatMap((entry) => (entry ? [{ date: entry.date, part: entry.part }] : []));
      return cancelDaysReply(services, person, days, locale);
    }
    case 'declare': {
      const { date, part } = action.data;
      // INVALID_DATE, or DATE_OUT_OF_RANGE outside the years the product handles: before anything is written.
      if (typeof date !== 'string') throw new DomainError('INVALID_DATE', { value: String(date) });
      assertLocalDate(date);
      if (part !== 'full' && part !== 'am' && part !== 'pm') {
        throw new DomainError('INVALID_DAY_PART', { value: String(part) });
      }
      return declareDays(services, person, [{ date, part: part as DayPart }], locale);
    }
    case 'approve':
    case 'reject': {
      const entryId = String(action.data.entryId ?? '');
      // The card's other days stay on the card that replaces it, still to be decided.
      const onCard = stringList(action.data.entryIds);
      return decideFromCard(
        services,
        person,
        locale,
        entryId,
        action.verb,
        onCard.length > 0 ? onCard : [entryId],
      );
    }
    case 'refreshApproval':
      return approvalCardFor(services, person, locale, stringList(action.data.entryIds));
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
