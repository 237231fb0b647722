import type { EventTiming } from '../../core/calendar-sync/calendar-event.js';
import { GraphAnswerError, isObject } from './graph-reply.js';

// Reading back when an event is. We ask Graph for Europe/Brussels (Prefer: outlook.timezone) and
// accept UTC too (Graph's default, when the preference is not applied). All-day events are
// floating dates: Graph returns them midnight to midnight whatever zone is asked.

const BRUSSELS_NAMES = new Set(['europe/brussels', 'romance standard time']);
const UTC_NAMES = new Set(['utc', 'etc/utc', 'coordinated universal time', 'tzone://microsoft/utc']);

const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

function wallInBrussels(value: unknown, which: string): { date: string; time: string } {
  if (!isObject(value) || typeof value.dateTime !== 'string')
    throw new GraphAnswerError(`Graph returned an event without ${which}.dateTime`);
  const match = WALL.exec(value.dateTime);
  if (!match)
    throw new GraphAnswerError(`Graph returned ${which}.dateTime '${value.dateTime}', not ISO 8601`);
  const zone = typeof value.timeZone === 'string' ? value.timeZone.trim().toLowerCase() : 'utc';
  if (BRUSSELS_NAMES.has(zone)) return { date: match[1] as string, time: match[2] as string };
  if (!UTC_NAMES.has(zone))
    throw new GraphAnswerError(
      `Graph returned ${which} in time zone '${String(value.timeZone)}', not asked for`,
    );
  const instant = new Date(`${match[1]}T${match[2]}:00Z`);
  const parts = Object.fromEntries(brussels.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function timingOf(event: Record<string, unknown>): EventTiming {
  const allDay = event.isAllDay === true;
  if (allDay) {
    const start = floatingDate(event.start, 'start');
    const end = floatingDate(event.end, 'end');
    return { allDay, startDate: start, startTime: '00:00', endDate: end, endTime: '00:00' };
  }
  const start = wallInBrussels(event.start, 'start');
  const end = wallInBrussels(event.end, 'end');
  return { allDay, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

function floatingDate(value: unknown, which: string): string {
  if (!isObject(value) || typeof value.dateTime !== 'string' || !WALL.test(value.dateTime))
    throw new GraphAnswerError(`Graph returned an all-day event without a valid ${which}.dateTime`);
  return value.dateTime.slice(0, 10);
}
