import { type DayOff, dayOff } from '../calendar/day-off.js';
import { eachDay, type HalfDay, type LocalDate, weekdayOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { PermanenceDuty } from '../ledger/ledger.js';
import type { Organisation, Person, PersonId, Team } from '../organisation/organisation.js';
import type { EntryFacts } from '../policy/active-entries.js';
import { type CrisisDays, crisisOn } from '../policy/crisis-days.js';
import { type LoanDays, teamPeopleOn } from './loans.js';
import { foldMinimums, minimumsInForce } from './minimums.js';
import { assertPeriod } from './period.js';
import { type EntryIndex, halfDayPresence, indexEntries, isSuspended } from './presence.js';

/** What coverage and the roster need to know of a duty. */
export type DutyFacts = Pick<PermanenceDuty, 'personId' | 'teamId' | 'date' | 'half' | 'status'>;

export interface PermanenceContext {
  organisation: Pick<Organisation, 'people' | 'policy'>;
  calendar: WorkingCalendar;
  /** Entries of the team's members over the period; any status, only accepted and pending count. */
  activeEntries: ReadonlyArray<EntryFacts>;
  /** The dated crises (absent: none); the rules of each date follow them. */
  crisisPeriods?: CrisisDays;
  /** Duties over the period; those of other teams and cancelled ones are left aside here. */
  duties: ReadonlyArray<DutyFacts>;
  /** Approved loans of the crises (absent: none): who counts for which team on which days. */
  loans?: ReadonlyArray<LoanDays>;
}

export type CoverageConflictCode =
  /** Fewer people on site than the team-wide minimum. */
  | 'BELOW_MINIMUM'
  /** Fewer people of a function on site than its minimum (`function` says which). */
  | 'FUNCTION_MINIMUM_UNMET'
  /** Fewer people on duty than a minimum (team-wide, or `function`'s): coverage rests on luck. */
  | 'DUTIES_BELOW_MINIMUM'
  /** The person on duty has an accepted or pending telework entry on that half. */
  | 'DUTY_ON_TELEWORK_DAY'
  /** The person on duty does not work that day: regime, weekend, public holiday or closing day. */
  | 'DUTY_ON_DAY_OFF'
  /** The person on duty is not (or no longer) a member of the team. */
  | 'DUTY_OUTSIDE_TEAM'
  /** On a crisis day, the person on duty is a member whose mission is suspended, lent or not. */
  | 'DUTY_PERSON_SUSPENDED';

export interface CoverageConflict {
  code: CoverageConflictCode;
  personId?: PersonId;
  function?: string;
}

/** One function's minimum on a half day, with how many of its people are on site and on duty there. */
export interface FunctionCoverage {
  minimum: number;
  onSite: number;
  /** People of the function on duty AND on site: a duty on a telework day or day off holds nothing. */
  onDuty: number;
}

export interface HalfDayCoverage {
  date: LocalDate;
  part: HalfDay;
  /** Set when the site is closed (weekend, public holiday, closing day): no minimum applies. */
  dayOff?: DayOff;
  minimumOnSite: number;
  byFunction: Record<string, FunctionCoverage>;
  onSite: PersonId[];
  teleworking: PersonId[];
  pending: PersonId[];
  /** Every assigned duty of the team on that half, valid or not (conflicts say which are not). */
  onDuty: PersonId[];
  notWorking: PersonId[];
  /** On a crisis day, members whose mission is suspended (continuity plan): not counted on site. */
  suspended: PersonId[];
  /** On a crisis day, members lent to another (essential) team: counted there, not here. */
  lent: PersonId[];
  conflicts: CoverageConflict[];
}

const HALVES: readonly HalfDay[] = ['am', 'pm'];
const ids = (people: ReadonlyArray<Pick<Person, 'id'>>) => people.map((p) => p.id);

/** Assigned duties of one team by "date half", each person once. */
export function indexDuties(duties: ReadonlyArray<DutyFacts>, teamId: string): Map<string, PersonId[]> {
  const index = new Map<string, PersonId[]>();
  for (const duty of duties) {
    if (duty.teamId !== teamId || duty.status !== 'assigned') continue;
    const k = `${duty.date} ${duty.half}`;
    const named = index.get(k) ?? [];
    if (!named.includes(duty.personId)) named.push(duty.personId);
    index.set(k, named);
  }
  for (const named of index.values()) named.sort();
  return index;
}

/**
 * The team's permanence per half day from `from` to `to` (at most 93 days): who is where, the
 * minimums in force, and what is wrong. Every weekday is listed, a public holiday or closing day
 * too (with `dayOff` and everyone not working), so a duty on it shows as a conflict; a weekend
 * day is listed only when a duty falls on it, for the same reason.
 */
export function teamCoverage(
  team: Pick<Team, 'id' | 'permanence'>,
  from: LocalDate,
  to: LocalDate,
  context: PermanenceContext,
): HalfDayCoverage[] {
  assertPeriod(from, to);
  const entries = indexEntries(context.activeEntries);
  const duties = indexDuties(context.duties, team.id);
  const halfDays: HalfDayCoverage[] = [];
  for (const date of eachDay(from, to)) {
    const weekend = weekdayOf(date) === 'sat' || weekdayOf(date) === 'sun';
    if (weekend && !HALVES.some((half) => duties.has(`${date} ${half}`))) continue;
    // People lent to the team count as its members of their loan's function; members lent away
    // are shown as lent.
    const { people, lentOut } = teamPeopleOn(team, context.organisation.people, date, context.loans ?? []);
    for (const half of HALVES) {
      const onDuty = duties.get(`${date} ${half}`) ?? [];
      halfDays.push({
        ...halfDayCoverage({ team, members: people, lentOut }, date, half, onDuty, entries, context),
        lent: ids(lentOut),
      });
    }
  }
  return halfDays;
}

/** The team on one date: who counts for it (loans included) and its members lent elsewhere. */
interface TeamOnDay {
  team: Pick<Team, 'id' | 'permanence'>;
  members: ReadonlyArray<Person>;
  lentOut: ReadonlyArray<Person>;
}

function halfDayCoverage(
  { team, members, lentOut }: TeamOnDay,
  date: LocalDate,
  half: HalfDay,
  onDuty: PersonId[],
  entries: EntryIndex,
  context: Pick<PermanenceContext, 'organisation' | 'calendar' | 'crisisPeriods'>,
): Omit<HalfDayCoverage, 'lent'> {
  const closed = dayOff(date, context.calendar);
  const crisis = crisisOn(context.organisation.policy, date, context.crisisPeriods);
  const found = halfDayPresence(members, date, half, entries, context.calendar);
  // A member whose mission the crisis suspends is neither on site nor absent (isSuspended).
  const presence = { ...found, onSite: found.onSite.filter((person) => !isSuspended(person, crisis)) };
  const suspended = found.onSite.filter((person) => isSuspended(person, crisis));
  const { minimumOnSite, byFunction: functionMinimums } =
    closed === undefined
      ? foldMinimums(minimumsInForce(team, date, half, crisis))
      : { minimumOnSite: 0, byFunction: {} };
  const holding = presence.onSite.filter((person) => onDuty.includes(person.id));

  const conflicts: CoverageConflict[] = [];
  if (presence.onSite.length < minimumOnSite) conflicts.push({ code: 'BELOW_MINIMUM' });
  if (holding.length < minimumOnSite) conflicts.push({ code: 'DUTIES_BELOW_MINIMUM' });
  const byFunction: Record<string, FunctionCoverage> = {};
  for (const fn of Object.keys(functionMinimums).sort()) {
    const minimum = functionMinimums[fn] ?? 0;
    const figures = {
      minimum,
      onSite: presence.onSite.filter((p) => p.function === fn).length,
      onDuty: holding.filter((p) => p.function === fn).length,
    };
    byFunction[fn] = figures;
    if (figures.onSite < minimum) conflicts.push({ code: 'FUNCTION_MINIMUM_UNMET', function: fn });
    if (figures.onDuty < minimum) conflicts.push({ code: 'DUTIES_BELOW_MINIMUM', function: fn });
  }
  for (const personId of onDuty) {
    const is = (list: ReadonlyArray<Person>) => list.some((p) => p.id === personId);
    // A member lent away who holds a duty here (named before the loan) is suspended here.
    if (is(lentOut)) conflicts.push({ code: 'DUTY_PERSON_SUSPENDED', personId });
    else if (!is(members)) conflicts.push({ code: 'DUTY_OUTSIDE_TEAM', personId });
    else if (is(presence.notWorking)) conflicts.push({ code: 'DUTY_ON_DAY_OFF', personId });
    else if (is(presence.teleworking) || is(presence.pending))
      conflicts.push({ code: 'DUTY_ON_TELEWORK_DAY', personId });
    else if (is(suspended)) conflicts.push({ code: 'DUTY_PERSON_SUSPENDED', personId });
  }

  return {
    date,
    part: half,
    ...(closed === undefined ? {} : { dayOff: closed }),
    minimumOnSite,
    byFunction,
    onSite: ids(presence.onSite),
    teleworking: ids(presence.teleworking),
    pending: ids(presence.pending),
    onDuty,
    notWorking: ids(presence.notWorking),
    suspended: ids(suspended),
    conflicts,
  };
}
