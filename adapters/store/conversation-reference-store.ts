import type { Kysely } from 'kysely';
import type {
  ConversationReferences,
  KnownConversation,
} from '../../bot/conversations/conversation-references.js';

interface BotConversationsTable {
  person_id: string;
  teams_user_id: string;
  reference: string;
  updated_at: string;
}

/** The bot's conversation references, in the ledger's database (SQLite or PostgreSQL). */
export function conversationReferenceStore(
  // biome-ignore lint/suspicious/noExplicitAny: any ledger database; the table comes with migration 0003.
  database: Kysely<any>,
): ConversationReferences {
  const db = database.withTables<{ bot_conversations: BotConversationsTable }>() as Kysely<{
    bot_conversations: BotConversationsTable;
  }>;
  return {
    async remember(personId, conversation, at) {
      const row = {
        person_id: personId,
        teams_user_id: conversation.teamsUserId,
        reference: JSON.stringify(conversation.reference),
        updated_at: at,
      };
      await db
        .insertInto('bot_conversations')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('person_id').doUpdateSet({
            teams_user_id: row.teams_user_id,
            reference: row.reference,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
    async find(personId) {
      const row = await db
        .selectFrom('bot_conversations')
        .selectAll()
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        teamsUserId: row.teams_user_id,
        reference: JSON.parse(row.reference) as KnownConversation['reference'],
      };
    },
  };
}
