import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { DomainError } from '../core/errors/error-catalogue.js';

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

// jsonwebtoken's refusals of a token, which botbuilder lets through as they are.
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * What a failed Bot Framework authentication means for the caller. botbuilder refuses a token
 * with an AuthenticationError of status 401 (or lets jsonwebtoken's error through); anything else
 * (the OpenID metadata or the keys cannot be fetched: a network error, or an AuthenticationError
 * of status 500) is not the caller's fault: 503, and what happened goes to the log only.
 */
export function botAuthenticationRefusal(error: unknown, authorization: string): DomainError {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  const name = (error as { name?: unknown } | undefined)?.name;
  const refused = (typeof status === 'number' && status < 500) || TOKEN_ERRORS.has(String(name));
  if (!refused) return new DomainError('BOT_KEYS_UNAVAILABLE');
  if (authorization === '') return new DomainError('AUTH_MISSING_TOKEN');
  return new DomainError('AUTH_INVALID_TOKEN', {
    reason: 'bot-framework',
    explanation: 'the Bot Framework did not issue it for this bot',
  });
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
