import type { EventView } from './event-representation.js';
import { resolveTimeZone } from './time-zones.js';

/**
 * The preferences Graph honours on calendar reads (RFC 7240 syntax, several per header or several
 * headers): `outlook.timezone="..."` (start/end expressed in that zone instead of UTC),
 * `outlook.body-content-type="text"` and `odata.maxpagesize=N`. Each one applied is echoed in
 * `Preference-Applied`. A zone Graph does not know is not applied: the answer stays in UTC.
 */
export interface Preferences {
  view: EventView;
  maxPageSize?: number;
  applied: string[];
}

function parsePrefer(header: string | undefined): Map<string, string> {
  const preferences = new Map<string, string>();
  if (!header) return preferences;
  for (const part of header.match(/(?:[^,"]|"[^"]*")+/g) ?? []) {
    const [name = '', ...rest] = part.split('=');
    const raw = rest.join('=').trim();
    const value = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    if (name.trim()) preferences.set(name.trim().toLowerCase(), value);
  }
  return preferences;
}

export function readPreferences(header: string | undefined): Preferences {
  const prefer = parsePrefer(header);
  const applied: string[] = [];
  const view: EventView = { zoneName: 'UTC', zone: 'UTC', bodyType: 'html' };
  const zoneName = prefer.get('outlook.timezone');
  const zone = zoneName ? resolveTimeZone(zoneName) : undefined;
  if (zoneName && zone) {
    view.zoneName = zoneName;
    view.zone = zone;
    applied.push(`outlook.timezone="${zoneName}"`);
  }
  const bodyType = prefer.get('outlook.body-content-type')?.toLowerCase();
  if (bodyType === 'text' || bodyType === 'html') {
    view.bodyType = bodyType;
    applied.push(`outlook.body-content-type="${bodyType}"`);
  }
  const pageSize = prefer.get('odata.maxpagesize');
  const maxPageSize =
    pageSize && /^\d+$/.test(pageSize) && Number(pageSize) > 0 ? Number(pageSize) : undefined;
  return { view, applied, ...(maxPageSize ? { maxPageSize } : {}) };
}

export function markPageSizeApplied(preferences: Preferences): void {
  if (preferences.maxPageSize) preferences.applied.push(`odata.maxpagesize=${preferences.maxPageSize}`);
}
