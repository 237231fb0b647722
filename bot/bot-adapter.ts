import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import { ReplyNotDelivered } from './bot-refusals.js';

/**
 * How the bot authenticates with the Bot Framework. Local mode is anonymous, as the Microsoft 365
 * Agents Playground expects; production is a single-tenant Azure Bot: every incoming activity
 * must carry a token issued for this app id, anything else is answered 401.
 */
export type BotAuthentication =
  | { mode: 'anonymous' }
  | {
      mode: 'single-tenant';
      appId: string;
      tenantId: string;
      password: string;
      /** Where the Bot Framework's signing keys are published; unset: Microsoft's (tests point it elsewhere). */
      openIdMetadataUrl?: string;
    };

/** Who sent an activity, as the Bot Framework's authentication says (botframework-connector's type). */
export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/**
 * botbuilder's CloudAdapter, with its two steps apart: who sent the activity, then the turn.
 * CloudAdapter.process does both and answers any failure of either with a 500 that carries the
 * upstream error's text; apart, the route can answer a bad token 401, unreachable signing keys
 * 503 (details only in the log), and let a turn's failure reach the error handler.
 */
export class BotAdapter extends CloudAdapter {
  /** The Bot Framework's check of the token; throws as botbuilder does (see botAuthenticationRefusal). */
  authenticateActivity(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /**
   * Replies go through the Bot Framework's connector (unless the activity asked for
   * expectReplies). When it cannot be reached or refuses, that is an upstream failure, not a bug:
   * ReplyNotDelivered (502), its cause kept for the log.
   */
  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    try {
      return await super.sendActivities(context, activities);
    } catch (error) {
      throw new ReplyNotDelivered(error);
    }
  }

  /** One turn for an activity whose sender is known; an invoke's answer is returned. */
  runTurn(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, withDates(activity), logic);
  }
}

/** What botbuilder's validateAndFixActivity does to an incoming activity: its instants as Dates. */
function withDates(activity: Activity): Activity {
  const fixed = { ...activity } as Activity & Record<string, unknown>;
  for (const name of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = fixed[name] as unknown;
    if (typeof value === 'string') {
      fixed[`raw${name[0]?.toUpperCase()}${name.slice(1)}`] = value;
      (fixed as Record<string, unknown>)[name] = new Date(value);
    }
  }
  return fixed;
}

/**
 * The public cloud's settings with the signing keys published elsewhere. botbuilder takes every
 * setting as given once one is (BotFrameworkAuthenticationFactory), so all are spelled out, with
 * the values of its AuthenticationConstants.
 */
function publicCloudWithKeysAt(openIdMetadataUrl: string): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
  };
}

/** botbuilder is archived (support ended 2025-12-31): it stays behind this file and the route. */
export function createBotAdapter(authentication: BotAuthentication): BotAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions =
    authentication.mode === 'anonymous'
      ? {}
      : {
          MicrosoftAppId: authentication.appId,
          MicrosoftAppPassword: authentication.password,
          MicrosoftAppType: 'SingleTenant',
          MicrosoftAppTenantId: authentication.tenantId,
          ...(authentication.openIdMetadataUrl
            ? publicCloudWithKeysAt(authentication.openIdMetadataUrl)
            : {}),
        };
  return new BotAdapter(new ConfigurationBotFrameworkAuthentication(options));
}
