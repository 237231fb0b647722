/**
 * The audiences of the tokens the local identity provider issues, as Entra ID spells them:
 * Microsoft Graph's resource URI, and the product's own API (its Application ID URI).
 */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

/** The application permission the product asks for: write events in the mailboxes it may reach. */
export const GRAPH_APP_ROLE = 'Calendars.ReadWrite';

/** What a person's own (delegated) Graph token may do: their own calendar only. */
export const GRAPH_USER_SCOPES = 'Calendars.ReadWrite User.Read';

/** The product API's delegated scope, as registered on the Entra app ("Expose an API"). */
export const API_SCOPE = 'access_as_user';

/** A confidential client registered with the local identity provider (the product's own app). */
export interface LocalClient {
  clientId: string;
  clientSecret: string;
  /** Application permissions granted by the "admin" to this client, per resource. */
  graphRoles: string[];
}
