import type { EnvValues } from './env-file.js';
import { childPointer, issue, type PackageIssue } from './package-issue.js';

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Json =>
  value !== null && typeof value === 'object' ? (value as Json) : {};

/** Rules the schema cannot express but Teams and Outlook enforce at upload or at run time. */
export function checkConsistency(manifest: Json): PackageIssue[] {
  return [
    ...checkContentDomains(manifest),
    ...checkSingleSignOn(manifest),
    ...checkRibbonActions(manifest),
    ...checkUnique(manifest),
  ];
}

function domainAllowed(host: string, validDomains: string[]): boolean {
  return validDomains.some((domain) =>
    domain.startsWith('*.') ? host.endsWith(domain.slice(1)) : host === domain.toLowerCase(),
  );
}

// Teams only loads tab pages from validDomains, and Outlook maps them to the add-in's app domains.
function checkContentDomains(manifest: Json): PackageIssue[] {
  const validDomains = asArray(manifest.validDomains).map(String);
  const issues: PackageIssue[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === 'string' && /^https?:\/\//i.test(value)) {
      const host = URL.canParse(value) ? new URL(value).host : '';
      if (!domainAllowed(host, validDomains)) {
        issues.push(issue('manifest.json', pointer, `${host || value} is not in validDomains`));
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, childPointer(pointer, key));
    }
  };
  for (const section of ['staticTabs', 'configurableTabs', 'extensions']) {
    visit(manifest[section], `/${section}`);
  }
  return issues;
}

// Tab and add-in SSO ask Entra for a token to `resource`: it must be the app ID URI
// api://<a valid domain>/<client id> registered on the same application.
function checkSingleSignOn(manifest: Json): PackageIssue[] {
  const info = asObject(manifest.webApplicationInfo);
  if (info.resource === undefined) return [];
  const match = /^api:\/\/([^/]+)\/(.+)$/.exec(String(info.resource));
  const validDomains = asArray(manifest.validDomains).map(String);
  if (!match || match[2] !== info.id || !domainAllowed(match[1] as string, validDomains)) {
    return [
      issue(
        'manifest.json',
        '/webApplicationInfo/resource',
        'must be api://<a domain of validDomains>/<webApplicationInfo.id>',
      ),
    ];
  }
  return [];
}

function checkRibbonActions(manifest: Json): PackageIssue[] {
  return asArray(manifest.extensions).flatMap((extension, e) => {
    const actions = new Set(
      asArray(asObject(extension).runtimes).flatMap((runtime) =>
        asArray(asObject(runtime).actions).map((action) => asObject(action).id),
      ),
    );
    const issues: PackageIssue[] = [];
    asArray(asObject(extension).ribbons).forEach((ribbon, r) => {
      asArray(asObject(ribbon).tabs).forEach((tab, t) => {
        asArray(asObject(tab).groups).forEach((group, g) => {
          asArray(asObject(group).controls).forEach((control, c) => {
            const { actionId } = asObject(control);
            if (actionId !== undefined && !actions.has(actionId)) {
              const pointer = `/extensions/${e}/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}/actionId`;
              issues.push(
                issue('manifest.json', pointer, `"${String(actionId)}" is not an action of any runtime`),
              );
            }
          });
        });
      });
    });
    return issues;
  });
}

function duplicates(values: unknown[], pointerOf: (index: number) => string, what: string): PackageIssue[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    const key = String(value).toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [issue('manifest.json', pointerOf(index), `${what} "${String(value)}" is declared twice`)];
  });
}

function checkUnique(manifest: Json): PackageIssue[] {
  const tabs = asArray(manifest.staticTabs).map((tab) => asObject(tab).entityId);
  const commandLists = asArray(asObject(asArray(manifest.bots)[0]).commandLists);
  return [
    ...duplicates(tabs, (index) => `/staticTabs/${index}/entityId`, 'entityId'),
    ...commandLists.flatMap((list, l) =>
      duplicates(
        asArray(asObject(list).commands).map((command) => asObject(command).title),
        (index) => `/bots/0/commandLists/${l}/commands/${index}/title`,
        'command',
      ),
    ),
  ];
}

/** The base URL and domain are given separately (as the toolkit does); they must agree. */
export function checkEnvironment(env: EnvValues, envLabel: string): PackageIssue[] {
  const { APP_BASE_URL: baseUrl, APP_DOMAIN: domain } = env;
  if (!baseUrl || !domain) return [];
  if (!URL.canParse(baseUrl) || new URL(baseUrl).protocol !== 'https:') {
    return [
      issue(envLabel, 'APP_BASE_URL', `${baseUrl} must be an https:// URL (Teams and Outlook require TLS)`),
    ];
  }
  const url = new URL(baseUrl);
  const issues: PackageIssue[] = [];
  if (url.host !== domain.toLowerCase()) {
    issues.push(issue(envLabel, 'APP_DOMAIN', `${domain} must be the host of APP_BASE_URL (${url.host})`));
  }
  if (url.pathname !== '/' || baseUrl.endsWith('/')) {
    issues.push(
      issue(envLabel, 'APP_BASE_URL', `${baseUrl} must be an origin without a path or trailing slash`),
    );
  }
  return issues;
}
