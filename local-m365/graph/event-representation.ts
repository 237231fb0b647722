import { etagOf } from './event-ids.js';
import type { ExtendedProperty, StoredEvent, StoredTime } from './event-model.js';
import { formatGraphDateTime, formatGraphTimestamp, wallClockAt } from './time-zones.js';

/** How the caller asked to see events: zone (Prefer: outlook.timezone), body type, $select, $expand. */
export interface EventView {
  /** The zone name written in start/end.timeZone: "UTC" unless a Prefer header named another. */
  zoneName: string;
  /** The IANA zone used to compute wall clocks. */
  zone: string;
  /** Graph returns bodies as HTML unless `Prefer: outlook.body-content-type="text"`. */
  bodyType: 'html' | 'text';
  /** $select, by the property names as the spec spells them; undefined for all. */
  select?: string[];
  /** $expand=singleValueExtendedProperties($filter=id eq '...'): which properties to show. */
  expand?: (property: ExtendedProperty) => boolean;
}

export const UTC_VIEW: EventView = { zoneName: 'UTC', zone: 'UTC', bodyType: 'html' };

const NEVER = '0001-01-01T00:00:00Z';

/**
 * Graph expresses start/end in the requested zone (UTC by default). All-day events are the
 * exception: they always read midnight to midnight of their own dates, whatever zone is asked
 * (Microsoft's answer in github.com/microsoftgraph/microsoft-graph-docs/issues/1802).
 */
function timeIn(time: StoredTime, isAllDay: boolean, view: EventView) {
  const dateTime = isAllDay
    ? `${time.dateTime.slice(0, 10)}T00:00:00.0000000`
    : formatGraphDateTime(wallClockAt(time.epochMs, view.zone));
  return { dateTime, timeZone: view.zoneName };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const plainText = (html: string) =>
  html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();

// Exchange stores text bodies as HTML and serves them so; an empty body stays empty.
function bodyIn(body: StoredEvent['body'], bodyType: EventView['bodyType']) {
  if (bodyType === 'text')
    return {
      contentType: 'text',
      content: body.contentType === 'text' ? body.content : plainText(body.content),
    };
  if (body.contentType === 'html' || body.content === '')
    return { contentType: 'html', content: body.content };
  const html = `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n<div>${escapeHtml(body.content)}</div>\r\n</body>\r\n</html>\r\n`;
  return { contentType: 'html', content: html };
}

/** The JSON of one event, property for property in the order Graph writes them. */
export function toGraphEvent(event: StoredEvent, view: EventView): Record<string, unknown> {
  const plain = event.body.contentType === 'text' ? event.body.content : plainText(event.body.content);
  const full: Record<string, unknown> = {
    '@odata.etag': etagOf(event.changeKey),
    id: event.id,
    createdDateTime: formatGraphTimestamp(event.createdMs),
    lastModifiedDateTime: formatGraphTimestamp(event.lastModifiedMs),
    changeKey: event.changeKey,
    categories: event.categories,
    // Returned only when the client set it (README of the contract).
    ...(event.transactionId ? { transactionId: event.transactionId } : {}),
    originalStartTimeZone: event.start.timeZone,
    originalEndTimeZone: event.end.timeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: plain.slice(0, 255),
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: event.responseRequested,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    allowNewTimeProposals: event.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: event.hideAttendees,
    responseStatus: { response: 'organizer', time: NEVER },
    body: bodyIn(event.body, view.bodyType),
    start: timeIn(event.start, event.isAllDay, view),
    end: timeIn(event.end, event.isAllDay, view),
    location: {
      displayName: '',
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
      ...event.location,
    },
    locations: event.locations,
    recurrence: null,
    attendees: event.attendees.map((attendee) => ({
      type: attendee.type,
      status: { response: 'none', time: NEVER },
      emailAddress: attendee.emailAddress,
    })),
    organizer: { emailAddress: { name: event.organizer.name, address: event.organizer.address } },
    onlineMeeting: null,
  };
  const shown = view.select
    ? Object.fromEntries(
        Object.entries(full).filter(
          ([key]) => key === '@odata.etag' || key === 'id' || view.select?.includes(key),
        ),
      )
    : full;
  if (view.expand) {
    const expanded = event.singleValueExtendedProperties.filter(view.expand);
    // Graph leaves the navigation property out when no property matched the expand filter.
    if (expanded.length > 0)
      shown.singleValueExtendedProperties = expanded.map(({ id, value }) => ({ id, value }));
  }
  return shown;
}
