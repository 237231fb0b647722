import type { HalfDay, LocalDate } from '../calendar/local-date.js';
import type { Person, PersonId } from '../organisation/organisation.js';
import { headcount } from './minimums.js';
import type { HalfDayCoverage } from './team-coverage.js';

/** One half day of a team's coverage as a manager reads it at a glance. */
export interface HalfDaySummary {
  date: LocalDate;
  part: HalfDay;
  /** The site is closed (weekend, public holiday, closing day): no minimum, nobody expected. */
  closed: boolean;
  onSite: number;
  /** How many people the minimums in force need on site (each function's, and the team-wide). */
  needed: number;
  /** Some minimum is not met by the people on site. */
  short: boolean;
}

export interface CoverageSummary {
  halfDays: HalfDaySummary[];
  /** Members whose mission the continuity plan suspends on some of these days, by name. */
  suspended: string[];
}

/**
 * A team's coverage (teamCoverage) reduced to what a crisis card says: per half day, people on
 * site against the minimums in force that day, and who is suspended rather than absent.
 */
export function summariseCoverage(
  halfDays: ReadonlyArray<HalfDayCoverage>,
  people: ReadonlyArray<Pick<Person, 'id' | 'displayName'>>,
): CoverageSummary {
  const suspended = new Set<PersonId>();
  const summary = halfDays.map((halfDay): HalfDaySummary => {
    for (const personId of halfDay.suspended) suspended.add(personId);
    const byFunction = Object.fromEntries(
      Object.entries(halfDay.byFunction).map(([fn, figures]) => [fn, figures.minimum]),
    );
    const onSite = halfDay.onSite.length;
    return {
      date: halfDay.date,
      part: halfDay.part,
      closed: halfDay.dayOff !== undefined,
      onSite,
      needed: headcount({ minimumOnSite: halfDay.minimumOnSite, byFunction }),
      short: halfDay.conflicts.some(
        (conflict) => conflict.code === 'BELOW_MINIMUM' || conflict.code === 'FUNCTION_MINIMUM_UNMET',
      ),
    };
  });
  const nameOf = (id: PersonId) => people.find((person) => person.id === id)?.displayName ?? id;
  return {
    halfDays: summary,
    suspended: [...suspended].map(nameOf).sort((a, b) => a.localeCompare(b)),
  };
}
