/**
 * An event as the local Graph keeps it. Times keep the wall clock and the zone the client wrote
 * (Exchange keeps originalStartTimeZone) plus the instant, so calendarView can compare instants
 * and an all-day event keeps its date whatever zone a reader prefers.
 */

export const FREE_BUSY = ['unknown', 'free', 'tentative', 'busy', 'oof', 'workingElsewhere'] as const;
export type FreeBusy = (typeof FREE_BUSY)[number];
export const IMPORTANCE = ['low', 'normal', 'high'] as const;
export const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'] as const;
export const BODY_TYPES = ['text', 'html'] as const;

export interface StoredTime {
  /** The wall clock in `timeZone`, as Graph writes it: "2026-03-29T00:00:00.0000000". */
  dateTime: string;
  /** The zone name exactly as the client gave it ("Europe/Brussels", "Romance Standard Time"). */
  timeZone: string;
  epochMs: number;
}

export interface ExtendedProperty {
  id: string;
  value: string | null;
}

export interface Attendee {
  type: 'required' | 'optional' | 'resource';
  emailAddress: { name?: string | null; address?: string | null };
}

export interface StoredEvent {
  id: string;
  /** The directory id of the mailbox owner. */
  mailbox: string;
  subject: string;
  body: { contentType: (typeof BODY_TYPES)[number]; content: string };
  start: StoredTime;
  end: StoredTime;
  isAllDay: boolean;
  showAs: FreeBusy;
  categories: string[];
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  responseRequested: boolean;
  importance: (typeof IMPORTANCE)[number];
  sensitivity: (typeof SENSITIVITY)[number];
  allowNewTimeProposals: boolean;
  hideAttendees: boolean;
  location: Record<string, unknown>;
  locations: Array<Record<string, unknown>>;
  attendees: Attendee[];
  organizer: { name: string; address: string };
  transactionId?: string;
  singleValueExtendedProperties: ExtendedProperty[];
  createdMs: number;
  lastModifiedMs: number;
  changeKey: string;
  iCalUId: string;
}

/**
 * Every property of microsoft.graph.event and its bases (entity, outlookItem) in Calendar.yml.
 * A name outside this list is refused like Graph refuses it (RequestBodyRead); the contract
 * check in tests compares this list with the spec.
 */
export const EVENT_PROPERTIES = [
  'id',
  'categories',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'allowNewTimeProposals',
  'attendees',
  'body',
  'bodyPreview',
  'end',
  'hasAttachments',
  'hideAttendees',
  'iCalUId',
  'importance',
  'isAllDay',
  'isCancelled',
  'isDraft',
  'isOnlineMeeting',
  'isOrganizer',
  'isReminderOn',
  'location',
  'locations',
  'onlineMeeting',
  'onlineMeetingProvider',
  'onlineMeetingUrl',
  'organizer',
  'originalEndTimeZone',
  'originalStart',
  'originalStartTimeZone',
  'recurrence',
  'reminderMinutesBeforeStart',
  'responseRequested',
  'responseStatus',
  'sensitivity',
  'seriesMasterId',
  'showAs',
  'start',
  'subject',
  'transactionId',
  'type',
  'webLink',
  'attachments',
  'calendar',
  'extensions',
  'instances',
  'multiValueExtendedProperties',
  'singleValueExtendedProperties',
] as const;

/** Read-only in Graph: a client may echo them back (e.g. a GET result PATCHed); they are ignored. */
export const READ_ONLY_PROPERTIES = new Set<string>([
  'id',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'bodyPreview',
  'hasAttachments',
  'iCalUId',
  'isCancelled',
  'isDraft',
  'isOrganizer',
  'onlineMeeting',
  'onlineMeetingUrl',
  'organizer',
  'originalEndTimeZone',
  'originalStart',
  'originalStartTimeZone',
  'responseStatus',
  'seriesMasterId',
  'type',
  'webLink',
]);
