import { assertLocalDate, dayOff } from '../calendar/day-off.js';
import type { HalfDay, LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { Organisation, Person, PersonId, Team, TeamId } from '../organisation/organisation.js';
import { type LoanDays, teamPeopleOn } from '../permanence/loans.js';
import { minimumsInForce } from '../permanence/minimums.js';
import { halfDayPresence, indexEntries, isSuspended } from '../permanence/presence.js';
import type { EntryFacts } from './active-entries.js';
import { type CrisisDays, crisisOn } from './crisis-days.js';
import type { PresenceFigures } from './decision.js';

export interface CoverageContext {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  /** Active entries of the team's members, and of the people lent to it, on the dates asked about. */
  activeEntries: ReadonlyArray<EntryFacts>;
  /** The dated crises (absent: none); the rules of each date follow them. */
  crisisPeriods?: CrisisDays;
  /** Approved crisis loans with their crisis's days (absent: none): who counts for which team when. */
  loans?: ReadonlyArray<LoanDays>;
}

/** One minimum of a team for one half day, and who is on site to meet it. */
export interface PermanenceCoverage {
  teamId: TeamId;
  date: LocalDate;
  half: HalfDay;
  /** Null for the team-wide minimum, a function name for a per-function minimum. */
  function: string | null;
  minimum: number;
  onSite: number;
  present: PersonId[];
}

/**
 * Presence on site of one team for one half day, per minimum in force. On site: the team's people
 * that day (its members, and on a crisis day the people lent to it, as their loan's function,
 * less its members lent elsewhere) who work that day under their regime, have no active telework
 * entry covering that half and whose mission the crisis does not suspend: the same people the
 * team's coverage shows on site. On a weekend, public holiday or closing day the site is closed
 * and no minimum applies, so the result is empty.
 */
export function permanenceCoverage(
  team: Team,
  date: LocalDate,
  half: HalfDay,
  context: CoverageContext,
): PermanenceCoverage[] {
  assertLocalDate(date);
  if (dayOff(date, context.calendar) !== undefined) return [];
  const crisis = crisisOn(context.organisation.policy, date, context.crisisPeriods);
  const minimums = minimumsInForce(team, date, half, crisis);
  if (minimums.length === 0) return [];
  // Who is on site comes from core/permanence, the same answer the coverage and the roster give.
  const { people } = teamPeopleOn(team, context.organisation.people, date, context.loans ?? []);
  const found = halfDayPresence(people, date, half, indexEntries(context.activeEntries), context.calendar);
  const onSite = found.onSite.filter((person) => !isSuspended(person, crisis));
  return minimums.map(({ function: fn, minimum }) => {
    const present = onSite.filter((person) => fn === null || person.function === fn).map((p) => p.id);
    return { teamId: team.id, date, half, function: fn, minimum, onSite: present.length, present };
  });
}

/**
 * Presence in each of the person's teams if they left the site for the given halves. Only the
 * minimums the person counts towards are given (team-wide, and their own function): the others
 * do not move when this person teleworks.
 */
export function presenceAfterLeaving(
  person: Pick<Person, 'id' | 'teams' | 'function'>,
  date: LocalDate,
  halves: ReadonlyArray<HalfDay>,
  context: CoverageContext,
): PresenceFigures[] {
  const figures: PresenceFigures[] = [];
  for (const teamId of person.teams) {
    const team = context.organisation.teams.find((t) => t.id === teamId);
    if (team === undefined) throw new DomainError('UNKNOWN_TEAM', { teamId });
    for (const half of halves) {
      for (const coverage of permanenceCoverage(team, date, half, context)) {
        if (coverage.function !== null && coverage.function !== person.function) continue;
        const leaving = coverage.present.includes(person.id) ? 1 : 0;
        figures.push({
          teamId,
          half,
          function: coverage.function,
          minimum: coverage.minimum,
          onSiteAfter: coverage.onSite - leaving,
        });
      }
    }
  }
  return figures;
}

/** True when some minimum would no longer be met. */
export function breaksPermanence(figures: ReadonlyArray<PresenceFigures>): boolean {
  return figures.some((figure) => figure.onSiteAfter < figure.minimum);
}
