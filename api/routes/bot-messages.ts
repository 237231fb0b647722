import type { Activity, TurnContext } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import { type BotAdapter, botAuthenticationRefusal } from '../../bot/bot-adapter.js';
import { BotActivity } from '../schemas/bot-activity.js';

/** What the bot is to the route: something that handles one turn. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

/**
 * POST /api/messages: the Bot Framework's endpoint. In order: the activity's shape (400
 * REQUEST_INVALID, before botbuilder sees it), the sender's Bot Framework token (401; 503
 * BOT_KEYS_UNAVAILABLE when the signing keys cannot be fetched, the cause in the log only), then
 * the turn. An invoke's answer (a card button's card) is the HTTP answer; with
 * deliveryMode expectReplies, so are the replies.
 */
export function registerBotMessagesRoute(
  app: FastifyInstance,
  deps: { adapter: BotAdapter; bot: TurnHandler },
): void {
  app.post('/api/messages', { schema: { body: BotActivity, hide: true } }, async (request, reply) => {
    const activity = request.body as Activity;
    const authorization = request.headers.authorization ?? '';
    let sender: Awaited<ReturnType<BotAdapter['authenticateActivity']>>;
    try {
      sender = await deps.adapter.authenticateActivity(activity, authorization);
    } catch (error) {
      const refusal = botAuthenticationRefusal(error, authorization);
      if (refusal.httpStatus >= 500) request.log.error({ err: error }, 'Bot Framework keys unavailable');
      else request.log.info({ reason: (error as Error)?.message }, 'Bot Framework token refused');
      throw refusal;
    }
    const answer = await deps.adapter.runTurn(sender, activity, (context) => deps.bot.run(context));
    reply.code(answer?.status ?? 200);
    return answer?.body === undefined ? reply.send() : reply.send(answer.body);
  });
}
