import type { TurnContext } from 'botbuilder';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Locale, Person } from '../../core/organisation/organisation.js';
import { type BotServices, teamsLocale } from '../bot-services.js';

export interface TurnPerson {
  person: Person;
  /** The language to answer in when the message itself does not tell: the Teams client's. */
  fallbackLocale: Locale;
}

/**
 * Who is writing: Teams gives the Entra object id of the sender (activity.from.aadObjectId); the
 * organisation file says who that is. Someone not in it gets UNKNOWN_PERSON in their language.
 */
export function turnPerson(context: TurnContext, services: Pick<BotServices, 'organisation'>): TurnPerson {
  const objectId = context.activity.from?.aadObjectId?.toLowerCase();
  const person = services.organisation.people.find((candidate) => candidate.id === objectId);
  if (!person) {
    throw new DomainError('UNKNOWN_PERSON', { personId: objectId ?? 'unknown' });
  }
  return { person, fallbackLocale: teamsLocale(context.activity.locale, person.locale) };
}
