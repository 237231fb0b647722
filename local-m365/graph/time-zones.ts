/**
 * Wall clock ⇄ instant in a named time zone, with Intl only (no tz database package).
 *
 * Graph accepts IANA names ("Europe/Brussels") and Windows names ("Romance Standard Time") in
 * `start.timeZone` and in `Prefer: outlook.timezone`; the Windows names the product could meet
 * are mapped to the IANA zone with the same rules. Anything else is refused like Graph refuses
 * an unknown zone (TimeZoneNotSupportedException).
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const WINDOWS_ZONES: Record<string, string> = {
  utc: 'UTC',
  'romance standard time': 'Europe/Brussels',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'eastern standard time': 'America/New_York',
  'pacific standard time': 'America/Los_Angeles',
};

const resolved = new Map<string, string | undefined>();

/** The IANA zone for a Graph time-zone name, or undefined when Graph would refuse it. */
export function resolveTimeZone(name: string): string | undefined {
  if (resolved.has(name)) return resolved.get(name);
  let zone: string | undefined = WINDOWS_ZONES[name.trim().toLowerCase()];
  if (!zone) {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
  }
  resolved.set(name, zone);
  return zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at an instant. */
export function wallClockAt(epochMs: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/** The instant a wall clock names when read as UTC. */
export function asUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

function offsetAt(epochMs: number, zone: string): number {
  return asUtc(wallClockAt(epochMs, zone)) - epochMs;
}

function sameWall(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/**
 * The instant a wall clock in `zone` names. At the autumn change an hour happens twice: the first
 * is taken. In the spring gap an hour does not exist: the time moves forward by the gap, as
 * Outlook does for an appointment typed into that hour.
 */
export function instantOf(wall: WallClock, zone: string): number {
  const naive = asUtc(wall);
  const day = 86_400_000;
  const offsets = new Set([offsetAt(naive - day, zone), offsetAt(naive, zone), offsetAt(naive + day, zone)]);
  const candidates = [...offsets]
    .map((offset) => naive - offset)
    .filter((t) => sameWall(wallClockAt(t, zone), wall));
  if (candidates.length > 0) return Math.min(...candidates);
  return naive - offsetAt(naive - day, zone);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "2026-03-29" */
export function formatDate(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Graph's dateTimeTimeZone.dateTime: seven fractional digits, no offset ("2016-12-09T20:30:00.0000000"). */
export function formatGraphDateTime(wall: WallClock): string {
  return `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${pad(wall.millisecond, 3)}0000`;
}

/** An instant as Graph writes timestamps (createdDateTime...): UTC, seven fractional digits, Z. */
export function formatGraphTimestamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 23)}0000Z`;
}
