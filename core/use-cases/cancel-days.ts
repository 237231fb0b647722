import { halvesOf } from '../calendar/local-date.js';
import type { LedgerStore, Source, TeleworkEntry } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, PersonId } from '../organisation/organisation.js';
import type { DayRequest } from '../policy/decision.js';
import { cancelTelework } from './cancel-telework.js';

/**
 * "/telework cancel friday": the person cancels their own telework on the days named. A half day
 * named cancels only the entries on that half; a full day cancels everything that day. Days
 * with nothing to cancel come back in `nothingOn`, so the answer can say so.
 */
export async function cancelDays(
  deps: {
    organisation: Pick<Organisation, 'people' | 'teams'>;
    store: Pick<LedgerStore, 'activeEntries' | 'getEntry' | 'cancelEntry'>;
  },
  input: { personId: PersonId; days: DayRequest[]; at: string; source: Source },
): Promise<{ cancelled: TeleworkEntry[]; nothingOn: DayRequest[] }> {
  const person = findPerson(deps.organisation, input.personId);
  const dates = input.days.map((day) => day.date).sort();
  const active =
    dates.length === 0
      ? []
      : await deps.store.activeEntries([person.id], dates[0] as string, dates[dates.length - 1] as string);
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
      cancelled.push(
        await cancelTelework(deps, {
          entryId: entry.id,
          byId: person.id,
          reason: 'CANCELLED_BY_PERSON',
          at: input.at,
          source: input.source,
        }),
      );
    }
  }
  return { cancelled, nothingOn };
}
