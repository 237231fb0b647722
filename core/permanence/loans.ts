import type { LocalDate } from '../calendar/local-date.js';
import type { Person, PersonId, Team, TeamId } from '../organisation/organisation.js';
import type { CrisisRules } from '../policy/policy.js';
import { membersOf } from './presence.js';

/**
 * A person whose mission a crisis suspends, lent to an essential team for that crisis: a manager
 * of the team asks, HR or Admin agrees (approved) or refuses (rejected, with a reason).
 */
export interface CrisisLoan {
  id: string;
  crisisId: string;
  personId: PersonId;
  teamId: TeamId;
  /** The essential function the person fills in that team: the minimum they count for. */
  function: string;
  status: 'asked' | 'approved' | 'rejected';
  askedBy: PersonId;
  askedAt: string;
  decidedBy: PersonId | null;
  decidedAt: string | null;
  reason: string;
}

/** What coverage needs of an approved loan: who goes where, as what, on the crisis's days. */
export interface LoanDays {
  personId: PersonId;
  teamId: TeamId;
  function: string;
  from: LocalDate;
  /** The crisis's last day; null while it lasts. */
  to: LocalDate | null;
}

const onDay = (loan: LoanDays, date: LocalDate) => loan.from <= date && (loan.to === null || date <= loan.to);

/**
 * The essential function a person lent to this team fills: the first (by name) that the team's
 * rules keep a minimum for during a crisis. None: the team keeps no minimum in a crisis, it is
 * not an essential team, and nobody is lent to it.
 */
export function essentialFunctionOf(
  team: Pick<Team, 'permanence'>,
  crisis: Pick<CrisisRules, 'essentialFunctions'>,
): string | undefined {
  const kept = team.permanence.flatMap((rule) =>
    Object.entries(rule.byFunction)
      .filter(([fn, minimum]) => minimum > 0 && crisis.essentialFunctions.includes(fn))
      .map(([fn]) => fn),
  );
  return [...new Set(kept)].sort()[0];
}

/** Who counts for a team on one date, loans included. */
export interface TeamPeopleOnDay<P> {
  /** Its members not lent elsewhere that day, and the people lent to it (as their loan's function). */
  people: P[];
  /** Its members lent to another team that day: neither on site here nor suspended. */
  lentOut: P[];
}

/**
 * The team's people on a date: a person lent to it counts as one of its members of the loan's
 * function; a member lent to another team is away, lent. Without loans: the members.
 */
export function teamPeopleOn<P extends Pick<Person, 'id' | 'teams' | 'function'>>(
  team: Pick<Team, 'id'>,
  people: ReadonlyArray<P>,
  date: LocalDate,
  loans: ReadonlyArray<LoanDays>,
): TeamPeopleOnDay<P> {
  const members = membersOf(team, people);
  const today = loans.filter((loan) => onDay(loan, date));
  if (today.length === 0) return { people: members, lentOut: [] };
  const lentIn = new Map(
    today.filter((loan) => loan.teamId === team.id).map((loan) => [loan.personId, loan]),
  );
  const away = new Set(today.filter((loan) => loan.teamId !== team.id).map((loan) => loan.personId));
  const borrowed = people
    .filter((person) => lentIn.has(person.id))
    .map((person) => ({ ...person, function: lentIn.get(person.id)?.function ?? person.function }));
  return {
    people: [...members.filter((p) => !away.has(p.id) && !lentIn.has(p.id)), ...borrowed],
    lentOut: members.filter((p) => away.has(p.id)),
  };
}

/** Everyone who may count for the team between two dates: its members and the people lent to it. */
export function teamPeopleBetween<P extends Pick<Person, 'id' | 'teams' | 'function'>>(
  team: Pick<Team, 'id'>,
  people: ReadonlyArray<P>,
  from: LocalDate,
  to: LocalDate,
  loans: ReadonlyArray<LoanDays>,
): P[] {
  const borrowed = new Set(
    loans
      .filter((loan) => loan.teamId === team.id && loan.from <= to && (loan.to === null || from <= loan.to))
      .map((loan) => loan.personId),
  );
  return people.filter((person) => person.teams.includes(team.id) || borrowed.has(person.id));
}

/** An approved loan as a team's week shows it: lent to it ('in') or by it ('out'). */
export interface TeamLoan {
  personId: PersonId;
  /** The team the person is lent to. */
  teamId: TeamId;
  direction: 'in' | 'out';
  from: LocalDate;
  to: LocalDate | null;
}

/**
 * The approved loans that touch the team between two dates: people lent to it, and its members
 * lent to another team. The planner names them (a borrowed person is no member of the team).
 */
export function teamLoansBetween(
  team: Pick<Team, 'id'>,
  people: ReadonlyArray<Pick<Person, 'id' | 'teams'>>,
  from: LocalDate,
  to: LocalDate,
  loans: ReadonlyArray<LoanDays>,
): TeamLoan[] {
  const members = new Set(membersOf(team, people).map((person) => person.id));
  return loans
    .filter((loan) => loan.from <= to && (loan.to === null || from <= loan.to))
    .flatMap((loan): TeamLoan[] => {
      const direction = loan.teamId === team.id ? 'in' : members.has(loan.personId) ? 'out' : undefined;
      if (!direction) return [];
      return [{ personId: loan.personId, teamId: loan.teamId, direction, from: loan.from, to: loan.to }];
    });
}

/**
 * Everyone, the person aside, who may count with them on site in one of their teams between two
 * dates: their team mates and the people lent to their teams. Whose entries a decision on the
 * person's telework reads.
 */
export function coworkerIds(
  person: Pick<Person, 'id' | 'teams'>,
  people: ReadonlyArray<Pick<Person, 'id' | 'teams' | 'function'>>,
  from: LocalDate,
  to: LocalDate,
  loans: ReadonlyArray<LoanDays>,
): PersonId[] {
  const counted = person.teams.flatMap((id) => teamPeopleBetween({ id }, people, from, to, loans));
  return [...new Set(counted.map((other) => other.id))].filter((id) => id !== person.id);
}
