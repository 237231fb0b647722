import { type HalfDay, halvesOf, type LocalDate } from '../calendar/local-date.js';
import type { EntryStatus, TeleworkEntry } from '../ledger/ledger.js';
import type { PersonId } from '../organisation/organisation.js';

/** What the policy needs to know of a ledger entry. */
export type EntryFacts = Pick<TeleworkEntry, 'personId' | 'date' | 'part' | 'status'>;

/** Accepted and pending entries hold the day: they count for quotas and take the person off site. */
export function isActive(status: EntryStatus): boolean {
  return status === 'accepted' || status === 'pending';
}

/** The half days of `date` that the person's active entries already cover. */
export function coveredHalves(
  entries: ReadonlyArray<EntryFacts>,
  personId: PersonId,
  date: LocalDate,
): Set<HalfDay> {
  const halves = new Set<HalfDay>();
  for (const entry of entries) {
    if (entry.personId !== personId || entry.date !== date || !isActive(entry.status)) continue;
    for (const half of halvesOf(entry.part)) halves.add(half);
  }
  return halves;
}

/**
 * Half days of telework of one person between two dates (both included). Counted per date as the
 * union of the halves covered, so a full day next to a morning of the same date counts 2, not 3.
 */
export function activeHalvesBetween(
  entries: ReadonlyArray<EntryFacts>,
  personId: PersonId,
  from: LocalDate,
  to: LocalDate,
): number {
  const byDate = new Map<LocalDate, Set<HalfDay>>();
  for (const entry of entries) {
    if (entry.personId !== personId || entry.date < from || entry.date > to || !isActive(entry.status)) {
      continue;
    }
    const halves = byDate.get(entry.date) ?? new Set<HalfDay>();
    for (const half of halvesOf(entry.part)) halves.add(half);
    byDate.set(entry.date, halves);
  }
  let total = 0;
  for (const halves of byDate.values()) total += halves.size;
  return total;
}
