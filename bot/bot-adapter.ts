import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';

/**
 * How the bot authenticates with the Bot Framework. Local mode is anonymous, as the Microsoft 365
 * Agents Playground expects; production is a single-tenant Azure Bot: every incoming activity
 * must carry a token issued for this app id, anything else is answered 401 by the adapter.
 */
export type BotAuthentication =
  | { mode: 'anonymous' }
  | { mode: 'single-tenant'; appId: string; tenantId: string; password: string };

/** botbuilder is archived (support ended 2025-12-31): it stays behind this file and the route. */
export function createBotAdapter(authentication: BotAuthentication): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions =
    authentication.mode === 'anonymous'
      ? {}
      : {
          MicrosoftAppId: authentication.appId,
          MicrosoftAppPassword: authentication.password,
          MicrosoftAppType: 'SingleTenant',
          MicrosoftAppTenantId: authentication.tenantId,
        };
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
}
