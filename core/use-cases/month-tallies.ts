import { type Month, nextMonth } from '../calendar/local-date.js';
import type { Correction, CountedDay, LedgerStore } from '../ledger/ledger.js';
import type { Person, PersonId } from '../organisation/organisation.js';
import type { TeleworkPolicy } from '../policy/policy.js';
import type { OriginalMonth } from '../tally/correction-effects.js';
import { type PersonMonthTally, personMonthTally } from '../tally/monthly-tally.js';

// What every tally use case shares: check the month, tell whether it is closed, and compute the
// tallies of a group of people from a few reads, however many people the group holds.

export type TallyReads = Pick<LedgerStore, 'countedDays' | 'corrections' | 'crisisPeriods'>;
export type MonthStatus = 'open' | 'closed';

/** A closed month's figures are final; an open month's change until HR closes it. */
export async function monthStatus(
  store: Pick<LedgerStore, 'closedMonths'>,
  month: Month,
): Promise<MonthStatus> {
  const closed = await store.closedMonths();
  return closed.some((state) => state.month === month) ? 'closed' : 'open';
}

export function groupByPerson<T extends { personId: PersonId }>(items: readonly T[]): Map<PersonId, T[]> {
  const groups = new Map<PersonId, T[]>();
  for (const item of items) {
    const group = groups.get(item.personId);
    if (group) group.push(item);
    else groups.set(item.personId, [item]);
  }
  return groups;
}

/** The month's tallies of these people, in their order. */
export async function tallyPeople(
  store: TallyReads,
  policy: TeleworkPolicy,
  month: Month,
  people: readonly Person[],
): Promise<PersonMonthTally[]> {
  if (people.length === 0) return [];
  const ids = people.map((person) => person.id);
  const [days, corrections, crisisPeriods] = await Promise.all([
    store.countedDays(month, ids),
    store.corrections(month, ids),
    store.crisisPeriods(),
  ]);
  const originals = await originalMonths(store, month, corrections);
  const daysOf = groupByPerson(days);
  const correctionsOf = groupByPerson(corrections);
  return people.map((person) =>
    personMonthTally({
      person,
      policy,
      days: daysOf.get(person.id) ?? [],
      crisisPeriods,
      corrections: correctionsOf.get(person.id) ?? [],
      originals: originals.get(person.id) ?? new Map(),
    }),
  );
}

/**
 * For the corrections carried into `month`, how each original month stood before them: its frozen
 * days and the corrections of its days carried into the months in between. Nothing is read when
 * there are no corrections, which is the usual case.
 */
async function originalMonths(
  store: TallyReads,
  month: Month,
  corrections: readonly Correction[],
): Promise<Map<PersonId, Map<Month, OriginalMonth>>> {
  const peopleOf = new Map<Month, Set<PersonId>>();
  for (const correction of corrections) {
    const people = peopleOf.get(correction.originalMonth) ?? new Set<PersonId>();
    peopleOf.set(correction.originalMonth, people.add(correction.personId));
  }
  const result = new Map<PersonId, Map<Month, OriginalMonth>>();
  for (const [original, people] of peopleOf) {
    const ids = [...people];
    const frozen = groupByPerson<CountedDay>(await store.countedDays(original, ids));
    const earlier: Correction[] = [];
    // Corrections of one month land in later and later months (months only ever close), so the
    // ones carried into the months between came before the ones of this month.
    for (let between = nextMonth(original); between < month; between = nextMonth(between)) {
      const carried = await store.corrections(between, ids);
      earlier.push(...carried.filter((correction) => correction.originalMonth === original));
    }
    const earlierOf = groupByPerson(earlier);
    for (const id of ids) {
      const months = result.get(id) ?? new Map<Month, OriginalMonth>();
      months.set(original, { frozenDays: frozen.get(id) ?? [], earlierCorrections: earlierOf.get(id) ?? [] });
      result.set(id, months);
    }
  }
  return result;
}
