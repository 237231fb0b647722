import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext as Turn,
  type TurnContext,
} from 'botbuilder';
import { DomainError } from '../core/errors/error-catalogue.js';
import type { Locale } from '../core/organisation/organisation.js';
import { type BotServices, teamsLocale } from './bot-services.js';
import {
  type AdaptiveCardJson,
  CARD_CONTENT_TYPE,
  cardAttachment,
  renderErrorCard,
  renderHelpCard,
} from './cards/index.js';
import { parseCommand } from './commands/parse-command.js';
import { cardLocale, handleCardAction } from './handlers/handle-card-action.js';
import { handleMessage } from './handlers/handle-message.js';
import { turnPerson } from './handlers/turn-person.js';

/**
 * The Teams bot. Every turn: who is it, what do they ask, one use case, one card. Errors the
 * person can act on come back as a card in their language; nothing is swallowed.
 */
export class TeleworkBot extends TeamsActivityHandler {
  constructor(private readonly services: BotServices) {
    super();
    this.onMessage(async (context, next) => {
      const card = await this.answer(
        () => this.messageLocale(context),
        async () => {
          const turn = turnPerson(context, services);
          await this.rememberConversation(context, turn.person.id);
          return handleMessage(context, services, turn);
        },
      );
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      await next();
    });
    // Installed in someone's personal scope: remember where to reach them (a manager then gets
    // approval cards before ever writing to the bot) and show what the bot understands.
    this.onInstallationUpdateAdd(async (context, next) => {
      const person = services.organisation.people.find(
        (candidate) => candidate.id === context.activity.from?.aadObjectId?.toLowerCase(),
      );
      if (person) {
        await this.rememberConversation(context, person.id);
        const locale = teamsLocale(context.activity.locale, person.locale);
        await context.sendActivity(MessageFactory.attachment(cardAttachment(renderHelpCard({ locale }))));
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const raw = invokeValue.action?.data;
    const data = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const locale = cardLocale(data, teamsLocale(context.activity.locale, 'en'));
    const card = await this.answer(
      () => locale,
      async () => {
        const turn = turnPerson(context, this.services);
        const verb = String(invokeValue.action?.verb ?? '');
        return handleCardAction(
          this.services,
          turn.person,
          { verb, data },
          cardLocale(data, turn.fallbackLocale),
        );
      },
    );
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card };
  }

  /** The language of a message's error card: its words', else the Teams client's. */
  private messageLocale(context: TurnContext): Locale {
    return parseCommand(context.activity.text ?? '', {
      today: this.services.clock.today(),
      fallbackLanguage: teamsLocale(context.activity.locale, 'en'),
    }).language;
  }

  /** Runs the turn; a DomainError becomes the error card in the language the person used. */
  private async answer(
    localeOf: () => Locale,
    run: () => Promise<AdaptiveCardJson>,
  ): Promise<AdaptiveCardJson> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return renderErrorCard({
        locale: localeOf(),
        error,
        employerName: this.services.organisation.employer.name,
      });
    }
  }

  /** Keeps the personal chat's reference, so approvals and decisions can reach the person later. */
  private async rememberConversation(context: TurnContext, personId: string): Promise<void> {
    const { activity } = context;
    if (activity.conversation?.conversationType && activity.conversation.conversationType !== 'personal')
      return;
    await this.services.conversations.remember(
      personId,
      { reference: Turn.getConversationReference(activity), teamsUserId: activity.from.id },
      this.services.clock.now(),
    );
  }
}
