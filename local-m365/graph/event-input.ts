import { readChanges } from './event-body-reader.js';
import type { StoredEvent, StoredTime } from './event-model.js';
import { mergeExtendedProperties } from './extended-properties.js';
import { isMidnight } from './graph-date-time.js';
import { errors } from './graph-error.js';
import { resolveTimeZone, wallClockAt } from './time-zones.js';

/**
 * A new event from a POST body, or an event changed by a PATCH body (read by readChanges), then
 * held to Graph's rules on times: the end not before the start, an all-day event midnight to
 * midnight in one zone (400 ErrorPropertyValidationFailure otherwise).
 */
const DAY = 86_400_000;

function checkTimes(event: Pick<StoredEvent, 'start' | 'end' | 'isAllDay'>): void {
  if (event.end.epochMs < event.start.epochMs)
    throw errors.propertyValidation('The event ends before it starts.');
  if (!event.isAllDay) return;
  const zoneOf = (time: StoredTime) => resolveTimeZone(time.timeZone) ?? 'UTC';
  const midnight = (time: StoredTime) => isMidnight(wallClockAt(time.epochMs, zoneOf(time)));
  if (!midnight(event.start) || !midnight(event.end) || zoneOf(event.start) !== zoneOf(event.end))
    throw errors.propertyValidation(
      'An all-day event must start and end at midnight, in the same time zone.',
    );
  // 23 hours on the spring change still makes one day; less than that is the same date.
  if (event.end.epochMs - event.start.epochMs < DAY - 3_600_000)
    throw errors.propertyValidation('The duration of an event marked as all day must be at least 24 hours.');
}

export interface Owner {
  id: string;
  displayName: string;
  address: string;
}

export function eventFromCreateBody(
  body: unknown,
  owner: Owner,
  ids: Pick<StoredEvent, 'id' | 'changeKey' | 'iCalUId'>,
  now: number,
): StoredEvent {
  const changes = readChanges(body, undefined);
  if (!changes.start || !changes.end) throw errors.propertyValidation('start and end are required.');
  const event: StoredEvent = {
    ...ids,
    mailbox: owner.id,
    subject: '',
    body: { contentType: 'html', content: '' },
    isAllDay: false,
    showAs: 'busy',
    categories: [],
    isReminderOn: true,
    reminderMinutesBeforeStart: 15,
    responseRequested: true,
    importance: 'normal',
    sensitivity: 'normal',
    allowNewTimeProposals: true,
    hideAttendees: false,
    location: {},
    locations: [],
    attendees: [],
    organizer: { name: owner.displayName, address: owner.address },
    singleValueExtendedProperties: [],
    ...changes,
    start: changes.start,
    end: changes.end,
    createdMs: now,
    lastModifiedMs: now,
  };
  checkTimes(event);
  return event;
}

export function eventAfterPatch(
  existing: StoredEvent,
  body: unknown,
  changeKey: string,
  now: number,
): StoredEvent {
  const changes = readChanges(body, existing);
  const event: StoredEvent = {
    ...existing,
    ...changes,
    singleValueExtendedProperties: changes.singleValueExtendedProperties
      ? mergeExtendedProperties(existing.singleValueExtendedProperties, changes.singleValueExtendedProperties)
      : existing.singleValueExtendedProperties,
    changeKey,
    lastModifiedMs: now,
  };
  checkTimes(event);
  return event;
}
