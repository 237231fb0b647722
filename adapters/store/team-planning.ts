import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { assertLocalDate } from '../../core/calendar/day-off.js';
import { CALENDAR_YEARS } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Actor, PermanenceDuty, TeamPlanningUnit, TeamVersionFacts } from '../../core/ledger/ledger.js';
import type { TeamId } from '../../core/organisation/organisation.js';
import { approvedLoanDays } from './crisis-loans.js';
import { listCrisisPeriods } from './crisis-periods.js';
import type { Database } from './database.js';
import { insertDuty, listDuties, markDutyCancelled } from './duty-operations.js';
import { listActiveEntries } from './entry-reads.js';
import { lockMonths, lockTeams } from './locks.js';
import { toDuty } from './rows.js';

const LAST_DAY = `${CALENDAR_YEARS.last}-12-31`;

/**
 * One change to a team's planning in one transaction under the team's lock, then the months lock
 * shared. A roster names several people, and a transaction may hold one person's lock at most
 * (locks.ts), so the duty writes here skip the person level: every decision that reads the team's
 * duties holds the team's lock too, which is what keeps them apart. The months lock keeps a crisis
 * from starting or ending (it takes that lock exclusive) between the checks of a duty, which read
 * the crisis periods, and its write.
 */
export async function planTeam<T>(
  db: Kysely<Database>,
  teamId: TeamId,
  work: (unit: TeamPlanningUnit) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await lockTeams(trx, [teamId]);
    await lockMonths(trx, 'shared');
    return work(planningUnit(trx, teamId));
  });
}

function planningUnit(trx: Kysely<Database>, teamId: TeamId): TeamPlanningUnit {
  return {
    version: (facts) => teamVersion(trx, teamId, facts),
    crisisPeriods: () => listCrisisPeriods(trx),
    loans: () => approvedLoanDays(trx),
    activeEntries: (personIds, from, to) => listActiveEntries(trx, personIds, from, to),
    duties: (teamIds, from, to) => listDuties(trx, teamIds, from, to),
    async getDuty(dutyId) {
      const row = await trx.selectFrom('duties').selectAll().where('id', '=', dutyId).executeTakeFirst();
      return row ? toDuty(row) : undefined;
    },
    assignDuty: (duty, actor) => insertDuty(trx, { ...duty, teamId }, actor),
    cancelDuty: (dutyId, actor) => cancelTeamDuty(trx, teamId, dutyId, actor),
  };
}

/**
 * A digest of what the team's coverage reads from `since` on: its assigned duties, its members'
 * active entries, its members and rules, the dated crises, and the approved crisis loans to it or of its members
 * (with their crisis's days, and the entries of the people lent to it). Computed from the
 * committed rows under the team's lock, so every server instance gives the same value for the
 * same state, and nothing lives in memory.
 */
async function teamVersion(trx: Kysely<Database>, teamId: TeamId, facts: TeamVersionFacts): Promise<string> {
  assertLocalDate(facts.since);
  const memberIds = [...new Set(facts.memberIds)].sort();
  const loans = (await approvedLoanDays(trx)).filter(
    (loan) => loan.teamId === teamId || memberIds.includes(loan.personId),
  );
  const counted = [
    ...new Set([...memberIds, ...loans.filter((l) => l.teamId === teamId).map((l) => l.personId)]),
  ].sort();
  const [entries, duties, crises] = await Promise.all([
    counted.length > 0 ? listActiveEntries(trx, counted, facts.since, LAST_DAY) : Promise.resolve([]),
    listDuties(trx, [teamId], facts.since, LAST_DAY),
    listCrisisPeriods(trx),
  ]);
  const rows = [
    // A crisis started or ended changes which minimums hold on its days.
    ...crises.map((c) => `c ${c.id} ${c.from} ${c.to ?? ''}`),
    ...loans.map((l) => `l ${l.personId} ${l.teamId} ${l.function} ${l.from} ${l.to ?? ''}`),
    ...entries.map((e) => `e ${e.id} ${e.personId} ${e.date} ${e.part} ${e.status}`),
    ...duties.map((d) => `d ${d.id} ${d.personId} ${d.date} ${d.half}`),
  ].sort();
  const digest = createHash('sha256')
    .update(JSON.stringify({ teamId, memberIds, rules: facts.rules, rows }))
    .digest('base64url');
  return digest.slice(0, 22);
}

/** A duty of another team is UNKNOWN_DUTY here: a team's planner never reaches another team's. */
async function cancelTeamDuty(
  trx: Kysely<Database>,
  teamId: TeamId,
  dutyId: string,
  actor: Actor,
): Promise<PermanenceDuty> {
  const row = await trx.selectFrom('duties').selectAll().where('id', '=', dutyId).executeTakeFirst();
  if (!row || row.team_id !== teamId || row.status !== 'assigned') {
    throw new DomainError('UNKNOWN_DUTY', { dutyId });
  }
  await markDutyCancelled(trx, dutyId, actor);
  return { ...toDuty(row), status: 'cancelled' };
}
