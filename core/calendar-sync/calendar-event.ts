import type { DayPart, LocalDate } from '../calendar/local-date.js';

/** Which ledger item an Outlook event shows: a telework entry or a permanence duty. */
export interface CalendarTag {
  kind: 'entry' | 'duty';
  id: string;
}

/**
 * Whose calendar: the person's own, or the team's permanence calendar (a shared mailbox). A duty
 * shows in both; a telework entry only in the person's.
 */
export type CalendarTarget = 'person' | 'team';

/** Local wall-clock time in Europe/Brussels, HH:MM. */
export type WallTime = string;

/**
 * What one of our events should look like, in the employer's terms: a date and, for half days, a
 * window of local time, both in Europe/Brussels. The gateway turns it into the provider's shape;
 * nothing here knows Graph.
 */
export interface CalendarEvent {
  tag: CalendarTag;
  subject: string;
  date: LocalDate;
  /** A whole day (midnight to midnight) or a window on `date`. */
  time: { allDay: true } | { allDay: false; start: WallTime; end: WallTime };
  /** Telework shows as working elsewhere; a permanence duty as busy (the person is on site). */
  showAs: 'workingElsewhere' | 'busy';
  category: string;
}

/** Where and how the event of a ledger item should be; undefined when there should be none. */
export interface Placement {
  mailbox: string;
  event: CalendarEvent;
}

/** When an event is, as read back from a calendar: local dates and times in Europe/Brussels. */
export interface EventTiming {
  allDay: boolean;
  startDate: LocalDate;
  startTime: WallTime;
  endDate: LocalDate;
  endTime: WallTime;
}

/** The day and part of day an event's timing covers, for comparing it with the ledger. */
export interface EventDay {
  date: LocalDate;
  part: DayPart;
}
