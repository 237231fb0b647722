import type { Host } from './host.js';
import type { Words } from './i18n.js';

type SignInConfig =
  | { mode: 'local' }
  | { mode: 'production'; clientId: string; authority: string; apiScope: string };

export interface DemoPerson {
  upn: string;
  displayName: string;
  roles: string[];
}

/** A way to get the API token again (renew: the last one was refused), or the reason there is none. */
export type SignIn =
  | { token: (renew: boolean) => Promise<string>; upn?: string }
  | { prompt: 'pick' | 'host' };

/**
 * Production: Teams SSO in the tabs; in Outlook, nested app authentication (MSAL), with Office's
 * own SSO where the client has no NAA. Local mode: the demo person named by ?as=, whose token the
 * local identity provider issues (POST /local/token, loopback only).
 */
export async function signIn(host: Host): Promise<SignIn> {
  const config = (await (await fetch('/web/sign-in.json')).json()) as SignInConfig;
  if (config.mode === 'local') {
    const upn = new URLSearchParams(location.search).get('as');
    if (!upn) return { prompt: 'pick' };
    return { upn, token: cached(() => localToken(upn)) };
  }
  if (host.kind === 'teams') {
    const { teams } = host;
    return { token: cached(() => teams.authentication.getAuthToken()) };
  }
  if (host.kind === 'outlook') return { token: cached(() => outlookToken(host.office, config)) };
  return { prompt: 'host' };
}

function cached(fetchToken: () => Promise<string>): (renew: boolean) => Promise<string> {
  let token: Promise<string> | undefined;
  return (renew) => {
    if (renew || !token) token = fetchToken();
    return token;
  };
}

async function localToken(upn: string): Promise<string> {
  const response = await fetch('/local/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ upn, resource: 'api' }),
  });
  if (!response.ok) throw new Error(`local sign-in refused ${upn}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function outlookToken(
  office: Extract<Host, { kind: 'outlook' }>['office'],
  config: Extract<SignInConfig, { mode: 'production' }>,
): Promise<string> {
  if (!office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) {
    // Older Outlook clients: Office's SSO, whose token's audience is the same app registration.
    return office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
  }
  // MSAL only here: it is the largest library of the task pane, loaded on demand.
  const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
  const msal = await createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority },
  });
  const request = { scopes: [config.apiScope] };
  try {
    return (await msal.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await msal.acquireTokenPopup(request)).accessToken;
  }
}

/** Local mode's picker: the demo people, each a link to this page with ?as=. */
export async function renderPeoplePicker(into: HTMLElement, words: Words): Promise<void> {
  const people = (await (await fetch('/local/users')).json()) as DemoPerson[];
  const heading = document.createElement('h1');
  heading.textContent = words.signInTitle;
  const hint = document.createElement('p');
  hint.textContent = words.signInAs;
  const list = document.createElement('ul');
  list.className = 'people';
  for (const person of people) {
    const params = new URLSearchParams(location.search);
    params.set('as', person.upn);
    const link = document.createElement('a');
    link.href = `${location.pathname}?${params}`;
    link.textContent = `${person.displayName} (${person.upn})`;
    const roles = person.roles.length > 0 ? ` — ${person.roles.join(', ')}` : '';
    const item = document.createElement('li');
    item.append(link, roles);
    list.append(item);
  }
  into.replaceChildren(heading, hint, list);
}
