import { dayOff } from '../calendar/day-off.js';
import { type HalfDay, halvesOf, type LocalDate, weekdayOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Person, PersonId, Team } from '../organisation/organisation.js';
import type { EntryFacts } from '../policy/active-entries.js';
import { crisisRoleOf } from '../policy/crisis-days.js';
import type { CrisisRules } from '../policy/policy.js';

/** Where each member of a team is on one half day. Every member is in exactly one list. */
export interface HalfDayPresence<P> {
  onSite: P[];
  /** An accepted telework entry covers the half. */
  teleworking: P[];
  /** A pending request covers the half: the day is held, so the person is not counted on site. */
  pending: P[];
  /** A day the person does not work: off under their regime, a public holiday or a closing day. */
  notWorking: P[];
}

/** The active entries of a period, looked up by person and date in constant time. */
export type EntryIndex = ReadonlyMap<
  string,
  { accepted: ReadonlySet<HalfDay>; pending: ReadonlySet<HalfDay> }
>;

const key = (personId: PersonId, date: LocalDate) => `${personId} ${date}`;

/** Accepted and pending entries by person and date; refused and cancelled ones leave the person on site. */
export function indexEntries(entries: ReadonlyArray<EntryFacts>): EntryIndex {
  const index = new Map<string, { accepted: Set<HalfDay>; pending: Set<HalfDay> }>();
  for (const entry of entries) {
    if (entry.status !== 'accepted' && entry.status !== 'pending') continue;
    const k = key(entry.personId, entry.date);
    const halves = index.get(k) ?? { accepted: new Set<HalfDay>(), pending: new Set<HalfDay>() };
    for (const half of halvesOf(entry.part)) halves[entry.status].add(half);
    index.set(k, halves);
  }
  return index;
}

/** The people whose `teams` name the team, in the organisation's order. */
export function membersOf<P extends Pick<Person, 'teams'>>(
  team: Pick<Team, 'id'>,
  people: ReadonlyArray<P>,
): P[] {
  return people.filter((person) => person.teams.includes(team.id));
}

/**
 * The one answer to "who is on site" that the policy, the coverage and the roster share.
 * On site: a member who works that day under their regime (not a weekend, public holiday or
 * closing day) and has no accepted or pending entry covering that half. An accepted half wins
 * over a pending one, so a person is never both teleworking and pending.
 */
export function halfDayPresence<P extends Pick<Person, 'id' | 'regime'>>(
  members: ReadonlyArray<P>,
  date: LocalDate,
  half: HalfDay,
  entries: EntryIndex,
  calendar: WorkingCalendar,
): HalfDayPresence<P> {
  const presence: HalfDayPresence<P> = { onSite: [], teleworking: [], pending: [], notWorking: [] };
  // isWorkingDayFor is "a weekday of the regime, and not a day off". The day off and the weekday
  // are the same for every member, and checking a date is most of the cost of a roster (the
  // bench), so they are worked out once per half day.
  const closed = dayOff(date, calendar) !== undefined;
  const weekday = weekdayOf(date);
  for (const person of members) {
    const halves = entries.get(key(person.id, date));
    if (closed || !person.regime.days.includes(weekday)) presence.notWorking.push(person);
    else if (halves?.accepted.has(half)) presence.teleworking.push(person);
    else if (halves?.pending.has(half)) presence.pending.push(person);
    else presence.onSite.push(person);
  }
  return presence;
}

/**
 * On a crisis day, a person whose mission the continuity plan suspends (suspendable, not
 * teleworkable) is neither on site nor absent: suspended, counted for no minimum and named for no
 * duty. `crisis.active` says whether the day is in a crisis (crisisOn).
 */
export function isSuspended(
  person: Pick<Person, 'function'>,
  crisis: Pick<CrisisRules, 'active' | 'functions' | 'essentialFunctions'>,
): boolean {
  return crisis.active && crisisRoleOf(person.function, crisis) === 'suspended';
}
