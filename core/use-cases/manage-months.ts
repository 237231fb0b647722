import type { Caller } from '../access/caller.js';
import { requireRole } from '../access/tally-access.js';
import type { LocalDate, Month } from '../calendar/local-date.js';
import type { LedgerStore, MonthState } from '../ledger/ledger.js';
import { closeMonth } from './close-month.js';

/** The closed months, oldest first: whether a month's figures are final is no secret. */
export async function listMonths(deps: { store: Pick<LedgerStore, 'closedMonths'> }): Promise<MonthState[]> {
  return deps.store.closedMonths();
}

/** HR closes a month that is over (close-month.ts); anyone else is FORBIDDEN_ROLE. */
export async function closeMonthAsHr(
  deps: { store: Pick<LedgerStore, 'closeMonth'> },
  input: { caller: Caller; month: Month; today: LocalDate; at: string },
): Promise<MonthState> {
  requireRole(input.caller, 'HR', 'Closing a month');
  return closeMonth(deps, {
    month: input.month,
    today: input.today,
    byId: input.caller.id,
    at: input.at,
    source: 'api',
  });
}
