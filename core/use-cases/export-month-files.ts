import type { Caller } from '../access/caller.js';
import { requireRole } from '../access/tally-access.js';
import { assertMonth } from '../calendar/day-off.js';
import type { Month } from '../calendar/local-date.js';
import type { LedgerStore } from '../ledger/ledger.js';
import type { Organisation, Person } from '../organisation/organisation.js';
import type { PersonMonthTally } from '../tally/monthly-tally.js';
import { type TimesheetRow, timesheetRows } from '../tally/timesheet-rows.js';
import { groupByPerson, type MonthStatus, monthStatus, tallyPeople } from './month-tallies.js';

/** People per read: a few hundred keeps each query small and the memory flat for any organisation. */
export const EXPORT_BATCH_SIZE = 500;

export interface ExportDeps {
  organisation: Pick<Organisation, 'people' | 'policy'>;
  store: Pick<LedgerStore, 'countedDays' | 'corrections' | 'closedMonths' | 'crisisPeriods'>;
}

export interface MonthExport<Row> {
  month: Month;
  status: MonthStatus;
  /** The rows, a batch of people at a time, read only as they are consumed. */
  batches: AsyncGenerator<Row[]>;
}

async function* inBatches<Row>(
  people: readonly Person[],
  size: number,
  read: (batch: readonly Person[]) => Promise<Row[]>,
): AsyncGenerator<Row[]> {
  for (let start = 0; start < people.length; start += size) {
    yield await read(people.slice(start, start + size));
  }
}

/**
 * The payroll file's content: every person of the organisation, zero days included, HR only.
 * Authorization and the month are checked before the first row is read, so a refusal is an
 * error answer and never half a file.
 */
export async function exportPayroll(
  deps: ExportDeps,
  input: { caller: Caller; month: Month; batchSize?: number },
): Promise<MonthExport<PersonMonthTally>> {
  assertMonth(input.month);
  requireRole(input.caller, 'HR', 'The payroll file');
  const { organisation, store } = deps;
  return {
    month: input.month,
    status: await monthStatus(store, input.month),
    batches: inBatches(organisation.people, input.batchSize ?? EXPORT_BATCH_SIZE, (people) =>
      tallyPeople(store, organisation.policy, input.month, people),
    ),
  };
}

/** The time registration's content: a row per person per telework day of the month, HR only. */
export async function exportTimesheet(
  deps: ExportDeps,
  input: { caller: Caller; month: Month; batchSize?: number },
): Promise<MonthExport<TimesheetRow>> {
  assertMonth(input.month);
  requireRole(input.caller, 'HR', 'The time-registration file');
  const { organisation, store } = deps;
  return {
    month: input.month,
    status: await monthStatus(store, input.month),
    batches: inBatches(organisation.people, input.batchSize ?? EXPORT_BATCH_SIZE, async (people) => {
      const ids = people.map((person) => person.id);
      const [days, corrections] = await Promise.all([
        store.countedDays(input.month, ids),
        store.corrections(input.month, ids),
      ]);
      const daysOf = groupByPerson(days);
      const correctionsOf = groupByPerson(corrections);
      return people.flatMap((person) =>
        timesheetRows(
          person,
          organisation.policy,
          daysOf.get(person.id) ?? [],
          correctionsOf.get(person.id) ?? [],
        ),
      );
    }),
  };
}
