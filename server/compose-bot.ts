import type { FastifyBaseLogger } from 'fastify';
import type { BotEndpoint } from '../api/routes/bot-messages.js';
import { createBotAdapter } from '../bot/bot-adapter.js';
import type { BotServices } from '../bot/bot-services.js';
import { proactiveNotify } from '../bot/conversations/proactive-notify.js';
import { TeleworkBot } from '../bot/telework-bot.js';
import type { Config } from './config.js';

/**
 * The Teams bot and its Bot Framework adapter. A module of its own so that the composition root
 * imports it after the server listens: botbuilder, the cards and the command parser are most of
 * what the server would otherwise load before answering.
 */
export function composeBot(
  m365: Config['microsoft365'],
  services: Omit<BotServices, 'notify'>,
  log: FastifyBaseLogger,
): BotEndpoint {
  const adapter = createBotAdapter(
    m365.mode === 'local'
      ? { mode: 'anonymous' }
      : {
          mode: 'single-tenant',
          appId: m365.bot.appId,
          tenantId: m365.tenantId,
          password: m365.bot.password,
        },
  );
  const notify = proactiveNotify(
    adapter,
    m365.mode === 'local' ? '' : m365.bot.appId,
    services.conversations,
    log,
  );
  return { adapter, bot: new TeleworkBot({ ...services, notify }) };
}
