import { createHash } from 'node:crypto';
import { addDays } from '../../core/calendar/local-date.js';
import type { CalendarEvent, CalendarTag } from '../../core/calendar-sync/calendar-event.js';

/**
 * Our tag on every event: a single-value extended property in a property set of our own (a fixed
 * GUID, never to change: it is how events written years ago are found). Not an open extension:
 * a delegate cannot create those in a shared mailbox's calendar (ErrorAccessDenied), and the
 * permanence calendars are shared mailboxes.
 */
export const PROPERTY_SET = '{3c1f0c52-8a4e-4d7b-9c61-5e2b7f0a9d14}';
export const TAG_PROPERTY: Record<CalendarTag['kind'], string> = {
  entry: `String ${PROPERTY_SET} Name TeleworkEntryId`,
  duty: `String ${PROPERTY_SET} Name TeleworkDutyId`,
};

/** Events are written in the employer's zone: Outlook keeps the Brussels wall clock across DST. */
export const TIME_ZONE = 'Europe/Brussels';

/**
 * transactionId: the same for every retry of one create, so that Graph returns the event it
 * already made instead of a second one. Graph documents no length or alphabet; a GUID (36
 * characters) is what Microsoft's own examples send, so the key is hashed into that shape.
 */
export function transactionIdFor(idempotencyKey: string): string {
  const hex = createHash('sha256').update(idempotencyKey).digest('hex');
  // RFC 9562 version 8 (custom) and variant bits: a well-formed GUID whatever reads it.
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

function times(event: CalendarEvent) {
  if (event.time.allDay)
    return {
      start: { dateTime: `${event.date}T00:00:00`, timeZone: TIME_ZONE },
      end: { dateTime: `${addDays(event.date, 1)}T00:00:00`, timeZone: TIME_ZONE },
    };
  return {
    start: { dateTime: `${event.date}T${event.time.start}:00`, timeZone: TIME_ZONE },
    end: { dateTime: `${event.date}T${event.time.end}:00`, timeZone: TIME_ZONE },
  };
}

/**
 * The properties we own on an event, the same in a create and in an update. Writing an entry
 * never mails anyone: no attendees (so no invitation), no response requested, no reminder.
 */
function ownedProperties(event: CalendarEvent) {
  return {
    subject: event.subject,
    ...times(event),
    isAllDay: event.time.allDay,
    showAs: event.showAs,
    categories: [event.category],
    isReminderOn: false,
    responseRequested: false,
    singleValueExtendedProperties: [{ id: TAG_PROPERTY[event.tag.kind], value: event.tag.id }],
  };
}

export function createBody(event: CalendarEvent, idempotencyKey: string): Record<string, unknown> {
  return {
    ...ownedProperties(event),
    attendees: [],
    transactionId: transactionIdFor(idempotencyKey),
  };
}

/** transactionId is immutable and attendees stay as they are: neither is sent again. */
export function updateBody(event: CalendarEvent): Record<string, unknown> {
  return ownedProperties(event);
}

/** `$filter` that finds the events carrying one tag (Graph's documented extended property filter). */
export function tagFilter(tag: CalendarTag): string {
  const value = tag.id.replace(/'/g, "''");
  return `singleValueExtendedProperties/Any(ep: ep/id eq '${TAG_PROPERTY[tag.kind]}' and ep/value eq '${value}')`;
}
