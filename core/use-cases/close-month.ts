import { assertMonth } from '../calendar/day-off.js';
import {
  firstDayOfMonth,
  type LocalDate,
  lastDayOfMonth,
  type Month,
  nextMonth,
} from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore, MonthState, Source } from '../ledger/ledger.js';
import type { PersonId } from '../organisation/organisation.js';

/**
 * HR closes a month once it is over: its tally is frozen, and any later change to one of its
 * days is carried as a correction into the next open month.
 */
export async function closeMonth(
  deps: { store: Pick<LedgerStore, 'closeMonth'> },
  input: { month: Month; today: LocalDate; byId: PersonId; at: string; source: Source },
): Promise<MonthState> {
  assertMonth(input.month);
  const firstDay = firstDayOfMonth(nextMonth(input.month));
  if (firstDayOfMonth(input.month) > input.today) {
    throw new DomainError('MONTH_IN_FUTURE', { month: input.month, firstDay });
  }
  if (lastDayOfMonth(input.month) >= input.today) {
    throw new DomainError('MONTH_NOT_OVER', { month: input.month, firstDay });
  }
  return deps.store.closeMonth(input.month, { actorId: input.byId, source: input.source, at: input.at });
}
