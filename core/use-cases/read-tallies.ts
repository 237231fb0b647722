import type { Caller } from '../access/caller.js';
import { type PeopleFilter, readablePeople, requirePerson } from '../access/tally-access.js';
import { assertMonth } from '../calendar/day-off.js';
import type { Month } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore } from '../ledger/ledger.js';
import type { Organisation } from '../organisation/organisation.js';
import type { PersonMonthTally } from '../tally/monthly-tally.js';
import { type MonthStatus, monthStatus, tallyPeople } from './month-tallies.js';

export const MAX_PAGE_SIZE = 1000;

export interface ReadTalliesDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  store: Pick<LedgerStore, 'countedDays' | 'corrections' | 'closedMonths' | 'crisisPeriods'>;
}

export interface TallyPage {
  month: Month;
  status: MonthStatus;
  page: number;
  pageSize: number;
  /** How many people the caller may see with this filter, over all pages. */
  total: number;
  items: PersonMonthTally[];
}

/**
 * HR, a manager or anyone reads the month's tallies of the people they may see (see
 * tally-access.ts), a page at a time, in the organisation file's order.
 */
export async function readTallies(
  deps: ReadTalliesDeps,
  input: PeopleFilter & { caller: Caller; month: Month; page: number; pageSize: number },
): Promise<TallyPage> {
  assertMonth(input.month);
  const { page, pageSize } = input;
  if (
    !Number.isInteger(page) ||
    page < 1 ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > MAX_PAGE_SIZE
  ) {
    throw new DomainError('INVALID_PAGE', { page, pageSize, maxPageSize: MAX_PAGE_SIZE });
  }
  const filter: PeopleFilter = {
    ...(input.team !== undefined ? { team: input.team } : {}),
    ...(input.person !== undefined ? { person: input.person } : {}),
  };
  const people = readablePeople(input.caller, deps.organisation, filter);
  const onPage = people.slice((page - 1) * pageSize, page * pageSize);
  const [status, items] = await Promise.all([
    monthStatus(deps.store, input.month),
    tallyPeople(deps.store, deps.organisation.policy, input.month, onPage),
  ]);
  return { month: input.month, status, page, pageSize, total: people.length, items };
}

/** Anyone who is a person of the organisation reads their own month. */
export async function readOwnTally(
  deps: ReadTalliesDeps,
  input: { caller: Caller; month: Month },
): Promise<{ month: Month; status: MonthStatus; tally: PersonMonthTally }> {
  assertMonth(input.month);
  const person = requirePerson(input.caller);
  const [status, [tally]] = await Promise.all([
    monthStatus(deps.store, input.month),
    tallyPeople(deps.store, deps.organisation.policy, input.month, [person]),
  ]);
  if (!tally) throw new Error('a tally for one person is one tally');
  return { month: input.month, status, tally };
}
