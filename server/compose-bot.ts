import type { FastifyBaseLogger } from 'fastify';
import type { BotEndpoint } from '../api/routes/bot-messages.js';
import { createBotAdapter } from '../bot/bot-adapter.js';
import type { BotServices } from '../bot/bot-services.js';
import { proactiveNotify } from '../bot/conversations/proactive-notify.js';
import { tellRequesterOfDecision } from '../bot/handlers/approval-actions.js';
import { sendApprovalRequests } from '../bot/handlers/approval-requests.js';
import { tellOnDuty } from '../bot/handlers/duty-notices.js';
import { TeleworkBot } from '../bot/telework-bot.js';
import type { TellApprovers } from '../core/use-cases/declare-telework.js';
import type { TellOnDuty } from '../core/use-cases/plan-team-duties.js';
import type { TellRequester } from '../core/use-cases/team-requests.js';
import type { Config } from './config.js';

/**
 * The bot's endpoint, and what the API asks of Teams: telling people of decisions and duties,
 * asking approvers to decide.
 */
export interface TeamsBot extends BotEndpoint {
  tellRequester: TellRequester;
  tellOnDuty: TellOnDuty;
  tellApprovers: TellApprovers;
}

/**
 * The Teams bot and its Bot Framework adapter. A module of its own so that the composition root
 * imports it after the server listens: botbuilder, the cards and the command parser are most of
 * what the server would otherwise load before answering.
 */
export function composeBot(
  m365: Config['microsoft365'],
  services: Omit<BotServices, 'notify'>,
  log: FastifyBaseLogger,
): TeamsBot {
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
  const botServices: BotServices = { ...services, notify };
  return {
    adapter,
    bot: new TeleworkBot(botServices),
    tellRequester: (entry, decider) => tellRequesterOfDecision(botServices, decider, entry),
    tellOnDuty: (notice) => tellOnDuty(botServices, notice),
    tellApprovers: (requester, declared) => sendApprovalRequests(botServices, requester, declared),
  };
}
