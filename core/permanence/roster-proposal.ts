import { assertLocalDate, dayOff } from '../calendar/day-off.js';
import {
  eachDay,
  type HalfDay,
  halvesOf,
  type LocalDate,
  laterOf,
  type Weekday,
  weekdayOf,
} from '../calendar/local-date.js';
import type { Person, PersonId, Team } from '../organisation/organisation.js';
import { crisisOn } from '../policy/crisis-days.js';
import { assertValidRegime } from '../policy/day-value.js';
import { DutyLoads } from './fair-load.js';
import { teamPeopleBetween, teamPeopleOn } from './loans.js';
import { foldMinimums, minimumsInForce } from './minimums.js';
import { assertPeriod, dutiesNeededFor } from './period.js';
import { halfDayPresence, indexEntries, isSuspended } from './presence.js';
import { type HalfDayPlan, rebalance } from './rebalance.js';
import { indexDuties, type PermanenceContext } from './team-coverage.js';

/** One duty to create: the manager applies them all, or some, one by one. */
export interface ProposedDuty {
  date: LocalDate;
  part: HalfDay;
  personId: PersonId;
}

export type UncoveredCode =
  /** Everyone on site that half is already named: the team-wide minimum stays short. */
  | 'NOBODY_AVAILABLE'
  /** Nobody else of `function` is on site that half: its minimum stays short. */
  | 'FUNCTION_UNAVAILABLE';

export interface UncoveredHalfDay {
  date: LocalDate;
  part: HalfDay;
  code: UncoveredCode;
  function?: string;
  /** How many more people the minimum needs than can be named. */
  missing: number;
}

export interface RosterProposal {
  duties: ProposedDuty[];
  uncovered: UncoveredHalfDay[];
}

export interface RosterRequest {
  team: Pick<Team, 'id' | 'permanence'>;
  from: LocalDate;
  to: LocalDate;
  /** Nothing is proposed before today: a duty in the past is refused. */
  today: LocalDate;
}

/**
 * Proposes the duties that name every minimum of the team from `from` to `to`, no more; the
 * fairness rule and its trade-offs are in README.md beside this file.
 *
 * `context.duties` must hold the assigned duties from 12 weeks before `from` to `to`
 * (dutiesNeededFor): those of the team count towards its minimums; those of its members in any
 * team count towards their load, and a duty in another team makes the person unavailable on
 * that half. Candidates are the people on site (halfDayPresence, as in the coverage): a person
 * with an accepted or pending telework entry, a day off, a holiday or a closing day is never named.
 */
export function proposeRoster(request: RosterRequest, context: PermanenceContext): RosterProposal {
  const { team, from, to, today } = request;
  assertPeriod(from, to);
  assertLocalDate(today);
  // Sorted by id so that the order of the organisation file cannot change the proposal. People
  // lent to the team for a crisis are among them on the crisis's days (teamPeopleOn below).
  const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : 1);
  const loans = context.loans ?? [];
  const members = teamPeopleBetween(team, context.organisation.people, from, to, loans).sort(byId);
  // A share of 0 would make every load compare wrongly: refuse it as the policy does.
  for (const person of members) assertValidRegime(person.regime);
  const memberIds = new Set(members.map((p) => p.id));
  const entries = indexEntries(context.activeEntries);
  const teamDuties = indexDuties(context.duties, team.id);
  const window = dutiesNeededFor(from, to);
  const loads = new DutyLoads(new Map(members.map((p) => [p.id, p])));
  const elsewhere = new Map<string, Set<PersonId>>();
  for (const duty of context.duties) {
    if (duty.status !== 'assigned' || !memberIds.has(duty.personId)) continue;
    if (duty.date >= window.from && duty.date <= window.to) loads.add(duty.personId);
    if (duty.teamId === team.id) continue;
    const key = `${duty.date} ${duty.half}`;
    elsewhere.set(key, (elsewhere.get(key) ?? new Set()).add(duty.personId));
  }

  const plans: HalfDayPlan[] = [];
  const uncovered: UncoveredHalfDay[] = [];
  for (const date of eachDay(laterOf(from, today), to)) {
    if (dayOff(date, context.calendar) !== undefined) continue;
    const weekday = weekdayOf(date);
    const people = teamPeopleOn(team, context.organisation.people, date, loans).people.sort(byId);
    const crisis = crisisOn(context.organisation.policy, date, context.crisisPeriods);
    for (const part of ['am', 'pm'] as const) {
      const named = teamDuties.get(`${date} ${part}`) ?? [];
      // A person whose mission the crisis suspends is named for nothing (isSuspended).
      const onSite = halfDayPresence(people, date, part, entries, context.calendar).onSite.filter(
        (person) => !isSuspended(person, crisis),
      );
      const plan: HalfDayPlan = {
        date,
        part,
        minimums: foldMinimums(minimumsInForce(team, date, part, crisis)),
        onSite,
        elsewhere: elsewhere.get(`${date} ${part}`) ?? new Set(),
        holding: new Set(onSite.filter((p) => named.includes(p.id)).map((p) => p.id)),
        proposed: [],
        onPatternDay: (person) => onPatternDay(person, weekday, part),
      };
      uncovered.push(...nameMinimums(plan, loads));
      plans.push(plan);
    }
  }
  rebalance(plans, loads);
  const duties = plans.flatMap((plan) =>
    plan.proposed
      .map((person) => ({ date: plan.date, part: plan.part, personId: person.id }))
      .sort((a, b) => (a.personId < b.personId ? -1 : 1)),
  );
  return { duties, uncovered };
}

/**
 * Names, on one half day, the people its minimums still lack, lightest load first. Functions
 * first: their pools are disjoint (one function per person), so naming them before the team-wide
 * minimum never takes away someone another minimum needed.
 */
function nameMinimums(plan: HalfDayPlan, loads: DutyLoads): UncoveredHalfDay[] {
  const uncovered: UncoveredHalfDay[] = [];
  const free = plan.onSite.filter((p) => !plan.holding.has(p.id) && !plan.elsewhere.has(p.id));
  const name = (pool: Person[], need: number): number => {
    pool.sort(
      (a, b) => Number(plan.onPatternDay(a)) - Number(plan.onPatternDay(b)) || loads.compare(a.id, b.id),
    );
    const chosen = pool.slice(0, Math.max(0, need));
    for (const person of chosen) {
      free.splice(free.indexOf(person), 1);
      plan.holding.add(person.id);
      plan.proposed.push(person);
      loads.add(person.id);
    }
    return need - chosen.length;
  };
  const holdingOf = (fn: string) => plan.onSite.filter((p) => p.function === fn && plan.holding.has(p.id));
  for (const fn of Object.keys(plan.minimums.byFunction).sort()) {
    const need = (plan.minimums.byFunction[fn] ?? 0) - holdingOf(fn).length;
    const missing = name(
      free.filter((p) => p.function === fn),
      need,
    );
    if (missing > 0)
      uncovered.push({
        date: plan.date,
        part: plan.part,
        code: 'FUNCTION_UNAVAILABLE',
        function: fn,
        missing,
      });
  }
  const missing = name([...free], plan.minimums.minimumOnSite - plan.holding.size);
  if (missing > 0) uncovered.push({ date: plan.date, part: plan.part, code: 'NOBODY_AVAILABLE', missing });
  return uncovered;
}

/**
 * True when the half falls on the person's agreed structural telework pattern. Such a person is
 * named last: the pattern may not be declared yet, and a duty there would refuse it later.
 */
function onPatternDay(person: Pick<Person, 'arrangement'>, weekday: Weekday, half: HalfDay): boolean {
  if (person.arrangement.type !== 'structural') return false;
  return person.arrangement.pattern.some(
    (day) => day.weekday === weekday && halvesOf(day.part).includes(half),
  );
}
