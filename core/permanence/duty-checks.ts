import { assertLocalDate, dayOff } from '../calendar/day-off.js';
import { halvesOf, type LocalDate, weekdayOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { Person, Team } from '../organisation/organisation.js';
import type { EntryFacts } from '../policy/active-entries.js';
import { type CrisisDays, crisisOn } from '../policy/crisis-days.js';
import type { TeleworkPolicy } from '../policy/policy.js';
import { type LoanDays, teamPeopleOn } from './loans.js';
import { isSuspended } from './presence.js';
import type { ProposedDuty } from './roster-proposal.js';
import type { DutyFacts } from './team-coverage.js';

export interface DutyCheckContext {
  people: ReadonlyArray<Person>;
  calendar: WorkingCalendar;
  today: LocalDate;
  /** Active (accepted or pending) entries of the person on the duty's date, at least. */
  activeEntries: ReadonlyArray<EntryFacts>;
  /** Assigned duties of the person on the duty's date, in any team, at least. */
  duties: ReadonlyArray<DutyFacts>;
  /** Approved crisis loans: a person lent to the team holds its duties on the crisis's days. */
  loans?: ReadonlyArray<LoanDays>;
  /** The continuity plan: whose mission a crisis suspends. */
  policy: Pick<TeleworkPolicy, 'crisis'>;
  /** The dated crises: on their days a suspended person holds no duty in their own team. */
  crisisPeriods: CrisisDays;
}

/**
 * Throws the reason a duty cannot be held, most basic first: the day is past, the person is not
 * in the team, the site is closed (weekend, public holiday, closing day), the person does not work
 * that day under their regime, does not work in this team because a crisis suspends their
 * mission that day (lent to another team or not: a person lent to THIS team holds its duties as
 * the loan's function), is already on duty that half (in any team: one person holds one
 * site at a time), or teleworks that half (accepted or pending: a pending request already holds
 * the day, as in the roster proposal). Shared by a single duty and by a roster applied at once,
 * so both refuse the same duties with the same codes.
 */
export function assertDutyPossible(
  team: Pick<Team, 'id'>,
  duty: ProposedDuty,
  context: DutyCheckContext,
): void {
  const { date, part, personId } = duty;
  assertLocalDate(date);
  if (part !== 'am' && part !== 'pm') throw new DomainError('INVALID_DAY_PART', { value: String(part) });
  if (date < context.today) throw new DomainError('DUTY_IN_PAST', { date, today: context.today });
  const { people, lentOut } = teamPeopleOn(team, context.people, date, context.loans ?? []);
  const person = [...people, ...lentOut].find((candidate) => candidate.id === personId);
  if (!person) throw new DomainError('DUTY_OUTSIDE_TEAM', { personId, teamId: team.id });
  const closed = dayOff(date, context.calendar);
  if (closed?.kind === 'weekend') throw new DomainError('DUTY_ON_WEEKEND', { date });
  if (closed) throw new DomainError('DUTY_ON_HOLIDAY', { date, name: closed.name });
  if (!person.regime.days.includes(weekdayOf(date)))
    throw new DomainError('DUTY_ON_DAY_OFF', { personId, date });
  // The same people the roster proposal leaves out and the coverage shows as suspended or lent.
  if (lentOut.includes(person) || isSuspended(person, crisisOn(context.policy, date, context.crisisPeriods)))
    throw new DomainError('DUTY_PERSON_SUSPENDED', { personId, date, teamId: team.id });
  const held = context.duties.find(
    (other) =>
      other.status === 'assigned' &&
      other.personId === personId &&
      other.date === date &&
      other.half === part,
  );
  if (held) throw new DomainError('DUTY_ALREADY_ASSIGNED', { personId, date, part, teamId: held.teamId });
  const teleworks = context.activeEntries.some(
    (entry) =>
      entry.personId === personId &&
      entry.date === date &&
      (entry.status === 'accepted' || entry.status === 'pending') &&
      halvesOf(entry.part).includes(part),
  );
  if (teleworks) throw new DomainError('DUTY_ON_TELEWORK', { personId, date, part });
}
