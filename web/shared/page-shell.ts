import '@fluentui/web-components/button.js';
import { type ApiClient, ApiProblem, apiClient } from './api-client.js';
import { detectHost, type Host } from './host.js';
import { type Locale, localeOf, WORDS, type Words } from './i18n.js';
import { renderPeoplePicker, signIn } from './sign-in.js';
import { applyTheme, followBrowserTheme, themeName } from './theme.js';

export interface Page {
  host: Host;
  locale: Locale;
  words: Words;
  api: ApiClient;
  main: HTMLElement;
  upn: string | undefined;
  /** A refusal in the person's words, in the page's live region; a lost session, a sign-in prompt. */
  showProblem(error: unknown): void;
  showStatus(text: string): void;
}

function languageOf(host: Host): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked) return localeOf(asked);
  if (host.kind === 'teams') return localeOf(host.context.app.locale);
  if (host.kind === 'outlook') return localeOf(host.office.context.displayLanguage);
  return localeOf(navigator.language);
}

/** Theme from Teams (followed live), from Outlook's background, or from the browser. */
function followTheme(host: Host): void {
  if (host.kind === 'teams') {
    applyTheme(themeName(host.context.app.theme) ?? 'default');
    host.teams.app.registerOnThemeChangeHandler((theme) => applyTheme(themeName(theme) ?? 'default'));
    return;
  }
  if (host.kind === 'outlook') {
    const background = host.office.context.officeTheme?.bodyBackgroundColor ?? '#ffffff';
    const dark = Number.parseInt(background.replace('#', '').slice(0, 2), 16) < 0x80;
    applyTheme(dark ? 'dark' : 'default');
    return;
  }
  followBrowserTheme();
}

/**
 * What every page does first: where it runs, its theme and language, who signs in. Returns
 * undefined when the page shows a sign-in prompt instead (local mode's picker).
 */
export async function startPage(kind: 'tab' | 'addin'): Promise<Page | undefined> {
  const main = document.querySelector('main') as HTMLElement;
  const status = document.getElementById('status') as HTMLElement;
  const host = await detectHost(kind);
  followTheme(host);
  const locale = languageOf(host);
  const words = WORDS[locale];
  document.documentElement.lang = locale;
  const session = await signIn(host);
  if ('prompt' in session) {
    if (session.prompt === 'pick') await renderPeoplePicker(main, words);
    else main.textContent = words.signInAgain;
    return undefined;
  }
  const showStatus = (text: string) => {
    status.textContent = text;
    status.className = 'status';
  };
  const showProblem = (error: unknown) => {
    if (error instanceof ApiProblem && error.status === 401) {
      const again = document.createElement('fluent-button');
      again.textContent = words.signInButton;
      again.addEventListener('click', () => location.reload());
      main.replaceChildren(words.signInAgain, again);
      return;
    }
    // The API says its refusals in the page's language (Accept-Language); a week changed
    // underneath gets the page's own sentence, which says that the reload follows.
    status.textContent =
      error instanceof ApiProblem
        ? error.code === 'TEAM_VERSION_STALE'
          ? words.staleWeek
          : error.detail
        : String(error);
    status.className = 'status problem';
    // A page that could not load at all shows the refusal alone, not a placeholder.
    if (main.hasAttribute('aria-busy')) {
      main.replaceChildren();
      main.removeAttribute('aria-busy');
    }
  };
  return {
    host,
    locale,
    words,
    api: apiClient(session.token, locale),
    main,
    upn: session.upn,
    showProblem,
    showStatus,
  };
}

/** A <fluent-button> whose action runs once at a time: a double click applies nothing twice. */
export function actionButton(
  label: string,
  action: () => Promise<void>,
  appearance = 'secondary',
): HTMLElement {
  const button = document.createElement('fluent-button');
  button.setAttribute('appearance', appearance);
  button.textContent = label;
  button.addEventListener('click', async () => {
    if (button.hasAttribute('disabled')) return;
    button.setAttribute('disabled', '');
    try {
      await action();
    } finally {
      button.removeAttribute('disabled');
    }
  });
  return button;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
