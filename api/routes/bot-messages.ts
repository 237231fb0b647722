import type { Activity, TurnContext } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import type { BotAdapter } from '../../bot/bot-adapter.js';
import { botAuthenticationRefusal, ReplyNotDelivered } from '../../bot/bot-refusals.js';
import { BotActivity } from '../schemas/bot-activity.js';

/** What the bot is to the route: something that handles one turn. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

/** The Bot Framework adapter and the bot it runs. */
export interface BotEndpoint {
  adapter: BotAdapter;
  bot: TurnHandler;
}

/**
 * POST /api/messages: the Bot Framework's endpoint. In order: the activity's shape (400
 * REQUEST_INVALID, before botbuilder sees it), the sender's Bot Framework token (401; 503
 * BOT_KEYS_UNAVAILABLE when the signing keys cannot be fetched, the cause in the log only), then
 * the turn (502 BOT_REPLY_UNDELIVERED when the connector does not take its reply). An invoke's
 * answer (a card button's card) is the HTTP answer; with deliveryMode expectReplies, so are the
 * replies. The endpoint is asked for at each message: the composition root loads it once, after
 * the server listens (botbuilder, the cards and the command parser take about a second to import).
 */
export function registerBotMessagesRoute(app: FastifyInstance, endpoint: () => Promise<BotEndpoint>): void {
  app.post('/api/messages', { schema: { body: BotActivity, hide: true } }, async (request, reply) => {
    const deps = await endpoint();
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
    const answer = await deps.adapter
      .runTurn(sender, activity, (context) => deps.bot.run(context))
      .catch((error: unknown) => {
        if (error instanceof ReplyNotDelivered) {
          request.log.error({ err: error.cause }, 'the reply could not be sent to the Bot Framework');
        }
        throw error;
      });
    reply.code(answer?.status ?? 200);
    return answer?.body === undefined ? reply.send() : reply.send(answer.body);
  });
}
