import type { Caller } from '../access/caller.js';
import { requireTeamPlanner, requireTeamReader } from '../access/team-access.js';
import type { HalfDay, LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LedgerStore, Source, TeamPlanningUnit } from '../ledger/ledger.js';
import type { Organisation, PersonId, Team } from '../organisation/organisation.js';
import { assertDutyPossible } from '../permanence/duty-checks.js';
import { teamLoansBetween, teamPeopleBetween } from '../permanence/loans.js';
import { type HalfDayCoverage, teamCoverage } from '../permanence/team-coverage.js';
import { requireCurrentVersion, teamVersionFacts } from './team-version.js';

/** A person put on duty or taken off it, told once the change is committed (in Teams). */
export interface DutyNotice {
  personId: PersonId;
  teamId: string;
  byId: string;
  change: 'assigned' | 'removed';
  days: Array<{ date: LocalDate; part: HalfDay }>;
}

export type TellOnDuty = (notice: DutyNotice) => Promise<void>;

export interface TeamPlanningDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerStore, 'planTeam'>;
  /** Absent: nobody is told. Its failures are the caller's to log; the change stands. */
  tellOnDuty?: TellOnDuty;
}

/** One notice per person, after the commit: a roster tells each person once, all their days. */
export async function tellPeopleOnDuty(
  deps: Pick<TeamPlanningDeps, 'tellOnDuty'>,
  base: Pick<DutyNotice, 'teamId' | 'byId' | 'change'>,
  duties: ReadonlyArray<Pick<DutyRef, 'personId' | 'date' | 'part'>>,
): Promise<void> {
  if (!deps.tellOnDuty) return;
  const byPerson = new Map<PersonId, DutyNotice['days']>();
  for (const duty of duties) {
    byPerson.set(duty.personId, [
      ...(byPerson.get(duty.personId) ?? []),
      { date: duty.date, part: duty.part },
    ]);
  }
  for (const [personId, days] of byPerson) await deps.tellOnDuty({ ...base, personId, days });
}

export interface PlanningCall {
  caller: Caller;
  teamId: string;
  today: LocalDate;
}

/** A change: who, when, from where, and the version it was prepared against (If-Match). */
export interface PlanningChange extends PlanningCall {
  ifMatch: string | undefined;
  at: string;
  source: Source;
}

export interface DutyRef {
  dutyId: string;
  date: LocalDate;
  part: HalfDay;
  personId: PersonId;
}

/** Each half day's coverage, with the ids of its duties (what a client removes). */
export type CoverageHalfDay = HalfDayCoverage & { duties: Array<{ dutyId: string; personId: PersonId }> };

export interface TeamCoverageAnswer {
  teamId: string;
  from: LocalDate;
  to: LocalDate;
  version: string;
  halfDays: CoverageHalfDay[];
  /** The approved crisis loans of the period to or from the team, by name: whom the week shows lent. */
  loans: ShownLoan[];
}

export interface ShownLoan {
  personId: PersonId;
  displayName: string;
  teamId: string;
  teamName: string;
  direction: 'in' | 'out';
  from: LocalDate;
  to: LocalDate | null;
}

/**
 * The team's coverage over a period (at most 93 days) and its version, read in one transaction:
 * for those who plan it and for its members (who see it, and change nothing).
 */
export async function readTeamCoverage(
  deps: TeamPlanningDeps,
  call: PlanningCall & { from: LocalDate; to: LocalDate },
): Promise<TeamCoverageAnswer> {
  const team = requireTeamReader(call.caller, deps.organisation, call.teamId);
  return deps.store.planTeam(team.id, async (unit) => {
    const version = await unit.version(teamVersionFacts(team, deps.organisation, call.today));
    const halfDays = await coverageInUnit(unit, deps, team, call.from, call.to);
    const { people, teams } = deps.organisation;
    const loans = teamLoansBetween(team, people, call.from, call.to, await unit.loans()).map((loan) => ({
      ...loan,
      displayName: people.find((person) => person.id === loan.personId)?.displayName ?? loan.personId,
      teamName: teams.find((candidate) => candidate.id === loan.teamId)?.name ?? loan.teamId,
    }));
    return { teamId: team.id, from: call.from, to: call.to, version, halfDays, loans };
  });
}

/**
 * The team's coverage as the unit reads it, with each half day's duty ids. No access check: the
 * caller decides who may see it (the planner above, the crisis card to the team's managers).
 */
export async function coverageInUnit(
  unit: Pick<TeamPlanningUnit, 'activeEntries' | 'duties' | 'crisisPeriods' | 'loans'>,
  deps: Pick<TeamPlanningDeps, 'organisation' | 'calendar'>,
  team: Team,
  from: LocalDate,
  to: LocalDate,
): Promise<CoverageHalfDay[]> {
  const loans = await unit.loans();
  const people = teamPeopleBetween(team, deps.organisation.people, from, to, loans).map((p) => p.id);
  const [activeEntries, duties, crisisPeriods] = await Promise.all([
    unit.activeEntries(people, from, to),
    unit.duties([team.id], from, to),
    unit.crisisPeriods(),
  ]);
  return teamCoverage(team, from, to, {
    organisation: deps.organisation,
    calendar: deps.calendar,
    activeEntries,
    duties,
    crisisPeriods,
    loans,
  }).map((halfDay) => ({
    ...halfDay,
    duties: duties
      .filter((duty) => duty.date === halfDay.date && duty.half === halfDay.part)
      .map((duty) => ({ dutyId: duty.id, personId: duty.personId })),
  }));
}

/** One duty, if the version is current and the duty can be held (duty-checks.ts). */
export async function assignTeamDuty(
  deps: TeamPlanningDeps,
  change: PlanningChange & { duty: { date: LocalDate; part: HalfDay; personId: PersonId } },
): Promise<{ duty: DutyRef; version: string }> {
  const team = requireTeamPlanner(change.caller, deps.organisation, change.teamId);
  const { date, part, personId } = change.duty;
  const done = await deps.store.planTeam(team.id, async (unit) => {
    await requireCurrentVersion(unit, team, deps.organisation, change.today, change.ifMatch);
    const ownTeams = deps.organisation.people.find((p) => p.id === personId)?.teams ?? [];
    const [activeEntries, duties, loans, crisisPeriods] = await Promise.all([
      unit.activeEntries([personId], date, date),
      unit.duties([...new Set([team.id, ...ownTeams])], date, date),
      unit.loans(),
      unit.crisisPeriods(),
    ]);
    assertDutyPossible(team, change.duty, {
      people: deps.organisation.people,
      calendar: deps.calendar,
      today: change.today,
      activeEntries,
      duties,
      loans,
      policy: deps.organisation.policy,
      crisisPeriods,
    });
    const duty = await unit.assignDuty({ personId, date, half: part }, actorOf(change));
    const version = await unit.version(teamVersionFacts(team, deps.organisation, change.today));
    return { duty: { dutyId: duty.id, date, part, personId }, version };
  });
  await tellPeopleOnDuty(deps, { teamId: team.id, byId: change.caller.id, change: 'assigned' }, [done.duty]);
  return done;
}

/** Removes one of the team's duties, if the version is current. */
export async function removeTeamDuty(
  deps: TeamPlanningDeps,
  change: PlanningChange & { dutyId: string },
): Promise<{ version: string }> {
  const team = requireTeamPlanner(change.caller, deps.organisation, change.teamId);
  const done = await deps.store.planTeam(team.id, async (unit) => {
    await requireCurrentVersion(unit, team, deps.organisation, change.today, change.ifMatch);
    const duty = await unit.cancelDuty(change.dutyId, actorOf(change));
    return { duty, version: await unit.version(teamVersionFacts(team, deps.organisation, change.today)) };
  });
  const { personId, date, half } = done.duty;
  const notice = { teamId: team.id, byId: change.caller.id, change: 'removed' as const };
  await tellPeopleOnDuty(deps, notice, [{ personId, date, part: half }]);
  return { version: done.version };
}

export function actorOf(change: Pick<PlanningChange, 'caller' | 'at' | 'source'>) {
  return { actorId: change.caller.id, at: change.at, source: change.source };
}
