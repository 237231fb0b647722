import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { FastifyInstance } from 'fastify';

/** What the bot is to the route: something that handles one turn. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

/** The Bot Framework adapter and the bot it runs. */
export interface BotEndpoint {
  adapter: CloudAdapter;
  bot: TurnHandler;
}

/**
 * POST /api/messages: the Bot Framework's endpoint. botbuilder's CloudAdapter speaks to an
 * Express-like response; this route hands it a thin one over Fastify's reply. The adapter checks
 * the Bot Framework token itself (401 without a valid one in production). The endpoint is asked
 * for at each message: the composition root loads it once, after the server listens (botbuilder,
 * the cards and the command parser take about a second to import).
 */
export function registerBotMessagesRoute(app: FastifyInstance, endpoint: () => Promise<BotEndpoint>): void {
  app.post('/api/messages', async (request, reply) => {
    const deps = await endpoint();
    let status = 200;
    let body: unknown;
    const headers: Record<string, string> = {};
    const response = {
      socket: request.raw.socket,
      status(code: number) {
        status = code;
        return response;
      },
      header(name: string, value: unknown) {
        headers[name] = String(value);
        return response;
      },
      send(payload?: unknown) {
        body = payload;
        return response;
      },
      end() {
        return response;
      },
    };
    await deps.adapter.process(
      { body: request.body as Record<string, unknown>, headers: request.headers, method: request.method },
      response,
      (context) => deps.bot.run(context),
    );
    reply.code(status).headers(headers);
    return body === undefined ? reply.send() : reply.send(body);
  });
}
