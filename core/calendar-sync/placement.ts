import type { DayPart } from '../calendar/local-date.js';
import type { PermanenceDuty, TeleworkEntry } from '../ledger/ledger.js';
import type { Organisation } from '../organisation/organisation.js';
import type { TeleworkPolicy } from '../policy/policy.js';
import type { CalendarEvent, CalendarTarget, EventDay, EventTiming, Placement } from './calendar-event.js';
import {
  PERMANENCE_CATEGORY,
  permanenceSubject,
  TELEWORK_CATEGORY,
  teleworkSubject,
} from './calendar-subjects.js';

type Org = Pick<Organisation, 'people' | 'teams' | 'policy'>;

/**
 * Only accepted days go to Outlook: a pending request is not a telework day yet, and a refused
 * or cancelled one never is. A person who left the organisation keeps no event.
 */
export function teleworkPlacement(entry: TeleworkEntry, organisation: Org): Placement | undefined {
  if (entry.status !== 'accepted') return undefined;
  const person = organisation.people.find((candidate) => candidate.id === entry.personId);
  if (!person) return undefined;
  return {
    mailbox: person.id,
    event: {
      tag: { kind: 'entry', id: entry.id },
      subject: teleworkSubject(person.locale, entry.part),
      date: entry.date,
      time: timeOf(entry.part, organisation.policy),
      showAs: 'workingElsewhere',
      category: TELEWORK_CATEGORY,
    },
  };
}

/**
 * A duty shows in the person's calendar and in the team's permanence calendar, when the team has
 * one. The team's calendar is written in the language of the person on duty: the organisation
 * file gives teams no language, and a bilingual Brussels team reads both.
 */
export function dutyPlacement(
  duty: PermanenceDuty,
  target: CalendarTarget,
  organisation: Org,
): Placement | undefined {
  if (duty.status !== 'assigned') return undefined;
  const person = organisation.people.find((candidate) => candidate.id === duty.personId);
  if (!person) return undefined;
  const mailbox =
    target === 'person'
      ? person.id
      : organisation.teams.find((team) => team.id === duty.teamId)?.permanenceMailbox;
  if (!mailbox) return undefined;
  const event: CalendarEvent = {
    tag: { kind: 'duty', id: duty.id },
    subject: permanenceSubject(person.locale, duty.half, target === 'team' ? person.displayName : undefined),
    date: duty.date,
    time: timeOf(duty.half, organisation.policy),
    showAs: 'busy',
    category: PERMANENCE_CATEGORY,
  };
  return { mailbox, event };
}

/** A full day is an all-day event; a half day is the policy's morning or afternoon window. */
function timeOf(part: DayPart, policy: Pick<TeleworkPolicy, 'halfDayWindows'>): CalendarEvent['time'] {
  if (part === 'full') return { allDay: true };
  const window = policy.halfDayWindows[part];
  return { allDay: false, start: window.start, end: window.end };
}

/**
 * The day and part an event covers once somebody moved it in Outlook: an all-day event is the
 * full day; a timed event that starts before the afternoon window and ends after the afternoon
 * window starts spans both halves, so the full day too; otherwise the half it starts in.
 */
export function dayOfTiming(timing: EventTiming, policy: Pick<TeleworkPolicy, 'halfDayWindows'>): EventDay {
  if (timing.allDay) return { date: timing.startDate, part: 'full' };
  const afternoonStart = policy.halfDayWindows.pm.start;
  const startsInMorning = timing.startTime < afternoonStart;
  const reachesAfternoon = timing.endDate > timing.startDate || timing.endTime > afternoonStart;
  const part: DayPart = startsInMorning ? (reachesAfternoon ? 'full' : 'am') : 'pm';
  return { date: timing.startDate, part };
}
