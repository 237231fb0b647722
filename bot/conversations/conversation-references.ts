import type { ConversationReference } from 'botbuilder';
import type { PersonId } from '../../core/organisation/organisation.js';

/**
 * Where the bot can reach a person later (an approval card for a manager, a decision notice for
 * the requester): the reference of their personal chat with the bot, kept from their last
 * message, and their Teams user id (what an Adaptive Card's refresh.userIds names).
 */
export interface KnownConversation {
  reference: Partial<ConversationReference>;
  teamsUserId: string;
}

export interface ConversationReferences {
  remember(personId: PersonId, conversation: KnownConversation, at: string): Promise<void>;
  find(personId: PersonId): Promise<KnownConversation | undefined>;
}
