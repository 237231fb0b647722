import { type CloudAdapter, MessageFactory } from 'botbuilder';
import type { FastifyBaseLogger } from 'fastify';
import type { Person } from '../../core/organisation/organisation.js';
import type { Notify } from '../bot-services.js';
import type { AdaptiveCardJson } from '../cards/adaptive-card.js';
import { cardAttachment } from '../cards/index.js';
import type { ConversationReferences } from './conversation-references.js';

/**
 * Sends a card into a person's personal chat with the bot, outside any turn of theirs. A person
 * who never wrote to the bot cannot be reached (Teams needs the conversation first): false.
 * Otherwise the send starts and true comes back at once: the answer to the person who acted
 * never waits on Teams delivering someone else's card (botbuilder retries a failing connector
 * for seconds). A failed send is logged; what it reports is in the ledger either way, and shows
 * in the person's week and in Outlook.
 */
export function proactiveNotify(
  adapter: CloudAdapter,
  botAppId: string,
  conversations: ConversationReferences,
  log: Pick<FastifyBaseLogger, 'warn'>,
): Notify {
  return async (person, card) => {
    const known = await conversations.find(person.id);
    if (!known) return false;
    adapter
      .continueConversationAsync(botAppId, known.reference, async (context) => {
        await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      })
      .catch((error: unknown) => {
        log.warn({ personId: person.id, err: error }, 'could not notify the person in Teams');
      });
    return true;
  };
}

/**
 * The same send, waited for: for a queue that retries (the crisis cards). Throws when the person
 * cannot be reached yet or Teams refuses, so that the queue tries again later.
 */
export function proactiveSend(
  adapter: CloudAdapter,
  botAppId: string,
  conversations: ConversationReferences,
): (person: Pick<Person, 'id'>, card: AdaptiveCardJson) => Promise<void> {
  return async (person, card) => {
    const known = await conversations.find(person.id);
    if (!known) throw new Error(`no conversation with ${person.id}`);
    await adapter.continueConversationAsync(botAppId, known.reference, async (context) => {
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    });
  };
}
