import type { Caller } from '../access/caller.js';
import { assertLocalDate } from '../calendar/day-off.js';
import type { LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore } from '../ledger/ledger.js';
import type { Organisation } from '../organisation/organisation.js';
import type { CrisisPeriod } from '../policy/crisis-days.js';
import { teamManagers } from './crisis-team-coverage.js';

type CrisisStore = Pick<LedgerStore, 'crisisPeriods' | 'startCrisis' | 'endCrisis'>;

/** Starting or ending a crisis changes everybody's rules: HR's or Admin's decision, nobody else's. */
function requireHrOrAdmin(caller: Caller, action: string): void {
  if (caller.roles.includes('HR') || caller.roles.includes('Admin')) return;
  throw new DomainError('FORBIDDEN_ROLE', {
    action,
    role: 'HR or Admin',
    roles: caller.roles.length > 0 ? caller.roles.join(', ') : 'no role',
  });
}

/** The dated crises, oldest first: which rules were in force on a day is no secret. */
export async function listCrises(deps: {
  store: Pick<CrisisStore, 'crisisPeriods'>;
}): Promise<CrisisPeriod[]> {
  return deps.store.crisisPeriods();
}

/**
 * HR or Admin start a crisis on `from` (a past date too: a crisis noticed late). From that day the
 * crisis rules apply to every decision and every tally. Overlapping another: CRISIS_OVERLAPS.
 * Everyone who installed the app is told, and every team's managers get their teams' coverage.
 */
export async function startCrisis(
  deps: { store: Pick<CrisisStore, 'startCrisis'>; organisation: Pick<Organisation, 'teams'> },
  input: { caller: Caller; from: LocalDate; reason: string; at: string },
): Promise<CrisisPeriod> {
  requireHrOrAdmin(input.caller, 'Starting a crisis');
  assertLocalDate(input.from);
  return deps.store.startCrisis(
    { from: input.from, reason: input.reason.trim(), managers: teamManagers(deps.organisation) },
    { actorId: input.caller.id, source: 'api', at: input.at },
  );
}

/** HR or Admin end the crisis under way; `to` is its last day. */
export async function endCrisis(
  deps: { store: Pick<CrisisStore, 'endCrisis'> },
  input: { caller: Caller; to: LocalDate; at: string },
): Promise<CrisisPeriod> {
  requireHrOrAdmin(input.caller, 'Ending a crisis');
  assertLocalDate(input.to);
  return deps.store.endCrisis({ to: input.to }, { actorId: input.caller.id, source: 'api', at: input.at });
}
