import { asUtc, instantOf, type WallClock } from './time-zones.js';

/**
 * ISO 8601 as Graph takes it: in event bodies ("2026-03-29T00:00:00", "2026-03-29T00:00:00.0000000",
 * a bare date for all-day events) and in calendarView's startDateTime/endDateTime, where an offset
 * may be given ("2019-11-08T19:00:00-08:00") and a value without one is UTC.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export interface ParsedDateTime {
  wall: WallClock;
  /** Minutes east of UTC when the text carries an offset or Z; undefined otherwise. */
  offsetMinutes?: number;
}

export function parseIsoDateTime(text: string): ParsedDateTime | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const wall: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
  };
  if (!isRealWallClock(wall)) return undefined;
  if (zone === undefined) return { wall };
  if (zone.toUpperCase() === 'Z') return { wall, offsetMinutes: 0 };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return { wall, offsetMinutes: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) };
}

function isRealWallClock(wall: WallClock): boolean {
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return false;
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  return date.getUTCMonth() === wall.month - 1 && date.getUTCDate() === wall.day;
}

/** The instant of a parsed value: its own offset if it has one, else the wall clock in `zone`. */
export function instantOfParsed(parsed: ParsedDateTime, zone: string): number {
  const { wall } = parsed;
  if (parsed.offsetMinutes === undefined) return instantOf(wall, zone);
  return asUtc(wall) - parsed.offsetMinutes * 60_000;
}

export function isMidnight(wall: WallClock): boolean {
  return wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
}
