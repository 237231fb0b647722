import { halvesOf } from '../calendar/local-date.js';
import type { LedgerStore, Source, TeleworkEntry } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, PersonId } from '../organisation/organisation.js';
import type { DayRequest } from '../policy/decision.js';

/**
 * "/telework cancel friday": the person cancels their own telework on the days named. A half day
 * named cancels only the entries on that half; a full day cancels everything that day. Days
 * with nothing to cancel come back in `nothingOn`, so the answer can say so.
 *
 * The days are read and cancelled in one transaction under the person's lock: a double press of
 * Undo, or a cancel racing a declaration, sees the other's result instead of failing half-way.
 * A cancellation only frees places, so no team lock is needed.
 */
export async function cancelDays(
  deps: {
    organisation: Pick<Organisation, 'people'>;
    store: Pick<LedgerStore, 'decideAndRecord'>;
  },
  input: { personId: PersonId; days: DayRequest[]; at: string; source: Source },
): Promise<{ cancelled: TeleworkEntry[]; nothingOn: DayRequest[] }> {
  const person = findPerson(deps.organisation, input.personId);
  const dates = input.days.map((day) => day.date).sort();
  const actor = { actorId: person.id, source: input.source, at: input.at };
  return deps.store.decideAndRecord({ personId: person.id, teamIds: [] }, async (unit) => {
    const active =
      dates.length === 0
        ? []
        : await unit.activeEntries([person.id], dates[0] as string, dates[dates.length - 1] as string);
    const cancelled: TeleworkEntry[] = [];
    const nothingOn: DayRequest[] = [];
    for (const day of input.days) {
      const named = new Set(halvesOf(day.part));
      const hit = active.filter(
        (entry) => entry.date === day.date && halvesOf(entry.part).some((half) => named.has(half)),
      );
      if (hit.length === 0) nothingOn.push(day);
      for (const entry of hit) {
        if (cancelled.some((done) => done.id === entry.id)) continue;
        // Their own entry: the person may always cancel it (cancelTelework's rule).
        cancelled.push(await unit.cancelEntry(entry.id, 'CANCELLED_BY_PERSON', actor));
      }
    }
    return { cancelled, nothingOn };
  });
}
