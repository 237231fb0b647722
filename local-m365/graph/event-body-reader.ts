import {
  type Attendee,
  BODY_TYPES,
  EVENT_PROPERTIES,
  FREE_BUSY,
  IMPORTANCE,
  READ_ONLY_PROPERTIES,
  SENSITIVITY,
  type StoredEvent,
  type StoredTime,
} from './event-model.js';
import { readExtendedProperties } from './extended-properties.js';
import { instantOfParsed, parseIsoDateTime } from './graph-date-time.js';
import { errors, GraphError } from './graph-error.js';
import { formatGraphDateTime, resolveTimeZone, wallClockAt } from './time-zones.js';

/**
 * The body of POST /events (a whole event) or PATCH /events/{id} (the properties to change),
 * checked the way Graph checks it: unknown properties and wrong types are 400 RequestBodyRead,
 * inconsistent times are 400 ErrorPropertyValidationFailure, unknown zones are
 * TimeZoneNotSupportedException. Read-only properties echoed back are ignored.
 */
export type Changes = Partial<
  Omit<StoredEvent, 'id' | 'mailbox' | 'createdMs' | 'lastModifiedMs' | 'changeKey' | 'iCalUId'>
>;

const KNOWN = new Set<string>(EVENT_PROPERTIES);

// Valid event properties the local Graph does not model. Answering 501 is louder than ignoring.
const NOT_MODELLED = new Set([
  'attachments',
  'calendar',
  'extensions',
  'instances',
  'multiValueExtendedProperties',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const cannotConvert = (value: unknown, type: string) =>
  errors.bodyRead(`Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${type}'.`);

function text(value: unknown, type = 'Edm.String'): string {
  if (value === null) return '';
  if (typeof value !== 'string') throw cannotConvert(value, type);
  return value;
}

function flag(value: unknown): boolean {
  if (typeof value !== 'boolean') throw cannotConvert(value, 'Edm.Boolean');
  return value;
}

// Graph reads enum members without regard to case and answers them in their declared spelling.
function member<T extends string>(value: unknown, members: readonly T[], type: string): T {
  const found = typeof value === 'string' && members.find((m) => m.toLowerCase() === value.toLowerCase());
  if (!found) throw cannotConvert(value, type);
  return found;
}

function readTime(key: string, value: unknown): StoredTime {
  if (!isObject(value)) throw cannotConvert(value, 'microsoft.graph.dateTimeTimeZone');
  const { dateTime, timeZone } = value;
  if (typeof dateTime !== 'string') throw errors.propertyValidation(`${key}.dateTime is required.`);
  const zoneName = timeZone === undefined || timeZone === null ? 'UTC' : text(timeZone);
  const zone = resolveTimeZone(zoneName);
  if (!zone) throw errors.timeZoneNotSupported(zoneName);
  const parsed = parseIsoDateTime(dateTime);
  if (!parsed)
    throw errors.propertyValidation(`${key}.dateTime '${dateTime}' is not an ISO 8601 date and time.`);
  // A value with an offset names an instant; it is kept as the wall clock of the event's zone.
  const epochMs = instantOfParsed(parsed, zone);
  return { dateTime: formatGraphDateTime(wallClockAt(epochMs, zone)), timeZone: zoneName, epochMs };
}

function readAttendees(value: unknown): Attendee[] {
  if (!Array.isArray(value)) throw cannotConvert(value, 'Collection(microsoft.graph.attendee)');
  return value.map((item) => {
    if (!isObject(item) || !isObject(item.emailAddress))
      throw cannotConvert(item, 'microsoft.graph.attendee');
    const { name, address } = item.emailAddress;
    return {
      type:
        item.type === undefined
          ? 'required'
          : member(item.type, ['required', 'optional', 'resource'], 'microsoft.graph.attendeeType'),
      emailAddress: {
        name: name === undefined ? null : text(name),
        address: address === undefined ? null : text(address),
      },
    };
  });
}

export function readChanges(body: unknown, existing: StoredEvent | undefined): Changes {
  if (!isObject(body)) throw errors.invalidJson();
  const changes: Changes = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@')) continue; // OData annotations: @odata.type, @odata.etag
    if (!KNOWN.has(key)) throw errors.unknownProperty(key);
    if (READ_ONLY_PROPERTIES.has(key)) continue;
    if (NOT_MODELLED.has(key) || (key === 'recurrence' && value !== null))
      throw new GraphError(501, 'NotImplemented', `The local Graph does not implement '${key}' on events.`);
    switch (key) {
      case 'subject':
        changes.subject = text(value);
        break;
      case 'body': {
        if (!isObject(value)) throw cannotConvert(value, 'microsoft.graph.itemBody');
        changes.body = {
          contentType:
            value.contentType == null
              ? 'html'
              : member(value.contentType, BODY_TYPES, 'microsoft.graph.bodyType'),
          content: value.content == null ? '' : text(value.content),
        };
        break;
      }
      case 'start':
      case 'end':
        changes[key] = readTime(key, value);
        break;
      case 'isAllDay':
      case 'isReminderOn':
      case 'responseRequested':
      case 'allowNewTimeProposals':
      case 'hideAttendees':
        changes[key] = flag(value);
        break;
      case 'isOnlineMeeting':
        if (flag(value))
          throw new GraphError(501, 'NotImplemented', 'The local Graph does not create online meetings.');
        break;
      case 'onlineMeetingProvider':
        if (value !== null && value !== 'unknown')
          throw new GraphError(501, 'NotImplemented', 'The local Graph does not create online meetings.');
        break;
      case 'showAs':
        changes.showAs = member(value, FREE_BUSY, 'microsoft.graph.freeBusyStatus');
        break;
      case 'importance':
        changes.importance = member(value, IMPORTANCE, 'microsoft.graph.importance');
        break;
      case 'sensitivity':
        changes.sensitivity = member(value, SENSITIVITY, 'microsoft.graph.sensitivity');
        break;
      case 'categories':
        if (!Array.isArray(value)) throw cannotConvert(value, 'Collection(Edm.String)');
        changes.categories = value.map((category) => text(category));
        break;
      case 'reminderMinutesBeforeStart':
        if (!Number.isInteger(value)) throw cannotConvert(value, 'Edm.Int32');
        changes.reminderMinutesBeforeStart = value as number;
        break;
      case 'location':
        if (value !== null && !isObject(value)) throw cannotConvert(value, 'microsoft.graph.location');
        changes.location = value ?? {};
        break;
      case 'locations':
        if (!Array.isArray(value) || !value.every(isObject))
          throw cannotConvert(value, 'Collection(microsoft.graph.location)');
        changes.locations = value;
        break;
      case 'attendees':
        changes.attendees = readAttendees(value);
        break;
      case 'transactionId': {
        const transactionId = value === null ? undefined : text(value);
        // Graph documents transactionId as set once by the client; changing it later is refused here.
        if (existing && transactionId !== existing.transactionId)
          throw new GraphError(
            400,
            'ErrorInvalidRequest',
            "The property 'transactionId' cannot be changed once set.",
          );
        if (transactionId) changes.transactionId = transactionId;
        break;
      }
      case 'singleValueExtendedProperties':
        changes.singleValueExtendedProperties = readExtendedProperties(value);
        break;
    }
  }
  return changes;
}
