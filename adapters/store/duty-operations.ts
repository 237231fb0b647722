import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { assertLocalDate } from '../../core/calendar/day-off.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Actor, PermanenceDuty } from '../../core/ledger/ledger.js';
import type { TeamId } from '../../core/organisation/organisation.js';
import { dutyCalendars, enqueueCalendarSync } from './calendar-outbox.js';
import type { Database } from './database.js';
import { writeEvent } from './events.js';
import { lockPerson, lockTeams } from './locks.js';
import { byDateTeamPersonHalf, chunked } from './ordering.js';
import { toDuty } from './rows.js';
import { assertHalfDay } from './validate.js';

// A duty keeps its person on site for the team's permanence and stops them teleworking that half,
// so its writes hold the person's lock and the team's (in the order of locks.ts): a decision on a
// member's telework, which holds both, never reads the duties while one changes.

/** Idempotent: the duty already assigned to this person, team, day and half is returned as it is. */
export async function assignDuty(
  db: Kysely<Database>,
  duty: Omit<PermanenceDuty, 'id' | 'status'>,
  actor: Actor,
): Promise<PermanenceDuty> {
  assertLocalDate(duty.date);
  assertHalfDay(duty.half);
  return db.transaction().execute(async (trx) => {
    await lockPerson(trx, duty.personId);
    await lockTeams(trx, [duty.teamId]);
    const existing = await trx
      .selectFrom('duties')
      .selectAll()
      .where('team_id', '=', duty.teamId)
      .where('person_id', '=', duty.personId)
      .where('date', '=', duty.date)
      .where('half', '=', duty.half)
      .where('status', '=', 'assigned')
      .executeTakeFirst();
    if (existing) return toDuty(existing);
    return insertDuty(trx, duty, actor);
  });
}

/**
 * Writes a new assigned duty with its calendar changes and its ledger event, inside the caller's
 * transaction (which holds the team's lock). A person holds one duty per half day whatever the
 * team: two teams' planners each hold only their own team's lock, so the database's unique index
 * (migration 0007) is what refuses the second of two duties written at the same instant.
 */
export async function insertDuty(
  trx: Kysely<Database>,
  duty: Omit<PermanenceDuty, 'id' | 'status'>,
  actor: Actor,
): Promise<PermanenceDuty> {
  assertLocalDate(duty.date);
  assertHalfDay(duty.half);
  const row = {
    id: randomUUID(),
    team_id: duty.teamId,
    person_id: duty.personId,
    date: duty.date,
    half: duty.half,
    status: 'assigned' as const,
    created_at: actor.at,
    updated_at: actor.at,
  };
  try {
    await trx.insertInto('duties').values(row).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError('DUTY_ALREADY_ASSIGNED', {
      personId: duty.personId,
      date: duty.date,
      part: duty.half,
    });
  }
  await enqueueCalendarSync(trx, dutyCalendars(row.id), actor.at);
  await writeEvent(trx, { action: 'duty-assigned', dutyId: row.id, reason: '', details: { ...duty } }, actor);
  return toDuty(row);
}

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** assigned → cancelled. Cancelling a cancelled duty returns it unchanged and writes nothing. */
export async function cancelDuty(
  db: Kysely<Database>,
  dutyId: string,
  actor: Actor,
): Promise<PermanenceDuty> {
  return db.transaction().execute(async (trx) => {
    const owner = await trx
      .selectFrom('duties')
      .select(['person_id', 'team_id'])
      .where('id', '=', dutyId)
      .executeTakeFirst();
    if (!owner) throw new DomainError('UNKNOWN_DUTY', { dutyId });
    await lockPerson(trx, owner.person_id);
    await lockTeams(trx, [owner.team_id]);
    const duty = toDuty(
      await trx.selectFrom('duties').selectAll().where('id', '=', dutyId).executeTakeFirstOrThrow(),
    );
    if (duty.status === 'cancelled') return duty;
    await markDutyCancelled(trx, dutyId, actor);
    return { ...duty, status: 'cancelled' };
  });
}

/**
 * assigned → cancelled, with the calendars to update and the event, in the caller's transaction:
 * the caller holds the locks and has checked the duty is assigned.
 */
export async function markDutyCancelled(trx: Kysely<Database>, dutyId: string, actor: Actor): Promise<void> {
  await trx
    .updateTable('duties')
    .set({ status: 'cancelled', updated_at: actor.at })
    .where('id', '=', dutyId)
    .execute();
  await enqueueCalendarSync(trx, dutyCalendars(dutyId), actor.at);
  await writeEvent(trx, { action: 'duty-cancelled', dutyId, reason: '' }, actor);
}

/** Assigned duties of these teams between two dates, both included. */
export async function listDuties(
  db: Kysely<Database>,
  teamIds: TeamId[],
  from: LocalDate,
  to: LocalDate,
): Promise<PermanenceDuty[]> {
  assertLocalDate(from);
  assertLocalDate(to);
  const duties: PermanenceDuty[] = [];
  for (const teams of chunked([...new Set(teamIds)])) {
    const rows = await db
      .selectFrom('duties')
      .selectAll()
      .where('team_id', 'in', teams)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', '=', 'assigned')
      .execute();
    duties.push(...rows.map(toDuty));
  }
  return duties.sort(byDateTeamPersonHalf);
}
