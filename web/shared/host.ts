import type * as TeamsJs from '@microsoft/teams-js';

/** The little of Office.js the task pane uses (loaded from Microsoft's CDN, so not bundled nor typed). */
export interface OfficeJs {
  onReady(): Promise<{ host: string | null }>;
  context: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    requirements: { isSetSupported(name: string, version?: string): boolean };
  };
  auth: {
    getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean }): Promise<string>;
  };
}

export type Host =
  | { kind: 'teams'; teams: typeof TeamsJs; context: TeamsJs.app.Context }
  | { kind: 'outlook'; office: OfficeJs }
  | { kind: 'browser' };

// Office.js must come from Microsoft's CDN (an add-in may not bundle or self-host it).
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const HOST_WAIT_MS = 4000;

function framed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
  ]);
}

/** Office appends _host_Info to an add-in's URL (and keeps it in sessionStorage on navigation). */
function openedByOffice(): boolean {
  return (
    new URLSearchParams(location.search).has('_host_Info') || sessionStorage.getItem('hostInfoValue') !== null
  );
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

/**
 * Where the page runs. Teams' library and Office.js are fetched only when the page is framed or
 * opened by Office: a plain browser (local mode, the tests) loads neither.
 */
export async function detectHost(page: 'tab' | 'addin'): Promise<Host> {
  if (page === 'addin' && (openedByOffice() || framed())) {
    const loaded = await within(
      loadScript(OFFICE_JS).then(() => true),
      HOST_WAIT_MS,
    ).catch(() => false);
    const office = (window as unknown as { Office?: OfficeJs }).Office;
    if (loaded && office) {
      const info = await within(office.onReady(), HOST_WAIT_MS);
      if (info?.host === 'Outlook') return { kind: 'outlook', office };
    }
    return { kind: 'browser' };
  }
  if (page === 'tab' && framed()) {
    const teams = await import('@microsoft/teams-js');
    const ready = await within(
      teams.app.initialize().then(() => true),
      HOST_WAIT_MS,
    ).catch(() => false);
    if (ready) {
      const context = await teams.app.getContext();
      teams.app.notifySuccess();
      return { kind: 'teams', teams, context };
    }
  }
  return { kind: 'browser' };
}
