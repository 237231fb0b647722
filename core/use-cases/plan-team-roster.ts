import { requireTeamPlanner } from '../access/team-access.js';
import { assertLocalDate } from '../calendar/day-off.js';
import type { LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import { assertDutyPossible } from '../permanence/duty-checks.js';
import { teamPeopleBetween } from '../permanence/loans.js';
import { assertPeriod, dutiesNeededFor } from '../permanence/period.js';
import { type ProposedDuty, proposeRoster, type RosterProposal } from '../permanence/roster-proposal.js';
import type { DutyFacts } from '../permanence/team-coverage.js';
import {
  actorOf,
  type DutyRef,
  type PlanningCall,
  type PlanningChange,
  type TeamPlanningDeps,
  tellPeopleOnDuty,
} from './plan-team-duties.js';
import { requireCurrentVersion, teamVersionFacts } from './team-version.js';

type Period = { from: LocalDate; to: LocalDate };

/** A dry run: the duties that would name every minimum of the period, fairly; nothing is written. */
export async function proposeTeamRoster(
  deps: TeamPlanningDeps,
  call: PlanningCall & Period,
): Promise<RosterProposal & { version: string }> {
  const team = requireTeamPlanner(call.caller, deps.organisation, call.teamId);
  assertPeriod(call.from, call.to);
  const window = dutiesNeededFor(call.from, call.to);
  return deps.store.planTeam(team.id, async (unit) => {
    const version = await unit.version(teamVersionFacts(team, deps.organisation, call.today));
    // The members, and the people lent to the team for a crisis over the period.
    const loans = await unit.loans();
    const members = teamPeopleBetween(team, deps.organisation.people, call.from, call.to, loans);
    // Loads count their duties in every team over the last 12 weeks (README of core/permanence).
    const teamIds = [...new Set([team.id, ...members.flatMap((person) => person.teams)])];
    const [activeEntries, duties, crisisPeriods] = await Promise.all([
      unit.activeEntries(
        members.map((person) => person.id),
        call.from,
        call.to,
      ),
      unit.duties(teamIds, window.from, window.to),
      unit.crisisPeriods(),
    ]);
    const proposal = proposeRoster(
      { team, from: call.from, to: call.to, today: call.today },
      {
        organisation: deps.organisation,
        calendar: deps.calendar,
        activeEntries,
        duties,
        crisisPeriods,
        loans,
      },
    );
    return { ...proposal, version };
  });
}

/**
 * Applies a roster (all of a proposal, part of it, or the manager's own) in one transaction: every
 * duty is checked as a single duty would be, against the ledger and the duties before it in the
 * list, and one refusal writes nothing.
 */
export async function applyTeamRoster(
  deps: TeamPlanningDeps,
  change: PlanningChange & Period & { duties: ProposedDuty[] },
): Promise<{ duties: DutyRef[]; version: string }> {
  const team = requireTeamPlanner(change.caller, deps.organisation, change.teamId);
  assertPeriod(change.from, change.to);
  for (const duty of change.duties) {
    assertLocalDate(duty.date);
    if (duty.date < change.from || duty.date > change.to) {
      throw new DomainError('DUTY_OUTSIDE_PERIOD', { date: duty.date, from: change.from, to: change.to });
    }
  }
  const people = deps.organisation.people;
  const personIds = [...new Set(change.duties.map((duty) => duty.personId))];
  const teamIds = [
    ...new Set([team.id, ...people.flatMap((p) => (personIds.includes(p.id) ? p.teams : []))]),
  ];
  const applied = await deps.store.planTeam(team.id, async (unit) => {
    await requireCurrentVersion(unit, team, deps.organisation, change.today, change.ifMatch);
    const [activeEntries, planned, loans, crisisPeriods] = await Promise.all([
      unit.activeEntries(personIds, change.from, change.to),
      unit.duties(teamIds, change.from, change.to),
      unit.loans(),
      unit.crisisPeriods(),
    ]);
    const duties: DutyFacts[] = [...planned];
    for (const duty of change.duties) {
      assertDutyPossible(team, duty, {
        people,
        calendar: deps.calendar,
        today: change.today,
        activeEntries,
        duties,
        loans,
        policy: deps.organisation.policy,
        crisisPeriods,
      });
      duties.push({
        teamId: team.id,
        personId: duty.personId,
        date: duty.date,
        half: duty.part,
        status: 'assigned',
      });
    }
    const written: DutyRef[] = [];
    for (const duty of change.duties) {
      const row = await unit.assignDuty(
        { personId: duty.personId, date: duty.date, half: duty.part },
        actorOf(change),
      );
      written.push({ dutyId: row.id, date: duty.date, part: duty.part, personId: duty.personId });
    }
    return {
      duties: written,
      version: await unit.version(teamVersionFacts(team, deps.organisation, change.today)),
    };
  });
  await tellPeopleOnDuty(
    deps,
    { teamId: team.id, byId: change.caller.id, change: 'assigned' },
    applied.duties,
  );
  return applied;
}
