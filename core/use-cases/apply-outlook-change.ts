import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { EventDay } from '../calendar-sync/calendar-event.js';
import type { Actor, LedgerStore, PermanenceDuty, TeleworkEntry } from '../ledger/ledger.js';
import type { Organisation } from '../organisation/organisation.js';
import { cancelTelework } from './cancel-telework.js';
import { type DeclaredDay, decideDays } from './declare-telework.js';
import { decisionScope } from './load-policy-context.js';

/** What somebody did in Outlook to one of our events. */
export type OutlookChange = { type: 'deleted' } | { type: 'moved'; to: EventDay };

export type OutlookChangeResult =
  /** The telework day was cancelled: its event was deleted. */
  | { outcome: 'cancelled'; entry: TeleworkEntry }
  /** The old day was cancelled and the new one declared (accepted, or waiting for approval). */
  | { outcome: 'moved'; cancelled: TeleworkEntry; declared: DeclaredDay }
  | { outcome: 'duty-cancelled'; duty: PermanenceDuty }
  /** The ledger keeps its day: the event must be put back as the ledger says. */
  | { outcome: 'restore'; why: string; declared?: DeclaredDay }
  /** Nothing to do: the item is no longer active, or the change does not touch its day. */
  | { outcome: 'ignored'; why: string };

export interface OutlookChangeDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerStore, 'getEntry' | 'cancelEntry' | 'decideAndRecord'>;
}

/**
 * A telework day changed in the person's Outlook calendar.
 *
 * - Deleted: the person cancels the day (source outlook, reason DELETED_IN_OUTLOOK).
 * - Moved to another day or half day: the policy decides the new day as if the old one were not
 *   held (a move within a week must not count twice against the weekly quota). Accepted or
 *   waiting for approval: the old day is cancelled (MOVED_IN_OUTLOOK) and the new one recorded;
 *   the calendar then follows the ledger (an accepted day gets its event, a pending one none
 *   until approved). Refused: the refusal is recorded as proof and the old day stays, so its
 *   event goes back where the ledger has it. The decision, the cancel and the new day are one
 *   transaction under the person's and their teams' locks: the old day is never lost without
 *   the new one, and a concurrent declaration is decided before or after, never in between.
 */
export async function applyOutlookTeleworkChange(
  deps: OutlookChangeDeps,
  input: { entryId: string; change: OutlookChange; today: string; at: string },
): Promise<OutlookChangeResult> {
  const entry = await deps.store.getEntry(input.entryId);
  if (entry?.status !== 'accepted') return { outcome: 'ignored', why: 'entry not accepted' };
  const person = deps.organisation.people.find((candidate) => candidate.id === entry.personId);
  if (!person) return { outcome: 'ignored', why: 'person no longer in the organisation' };

  if (input.change.type === 'deleted') {
    const cancelled = await cancelTelework(deps, {
      entryId: entry.id,
      byId: entry.personId,
      reason: 'DELETED_IN_OUTLOOK',
      at: input.at,
      source: 'outlook',
    });
    return { outcome: 'cancelled', entry: cancelled };
  }

  const to = input.change.to;
  if (to.date === entry.date && to.part === entry.part) return { outcome: 'ignored', why: 'same day' };
  return deps.store.decideAndRecord(decisionScope(person), async (unit) => {
    // Read again under the locks: the day may have been cancelled or moved since.
    const held = await unit.getEntry(entry.id);
    if (held?.status !== 'accepted') return { outcome: 'ignored', why: 'entry not accepted' };
    let cancelled: TeleworkEntry | undefined;
    const [declared] = await decideDays(
      {
        organisation: deps.organisation,
        calendar: deps.calendar,
        store: {
          // The policy sees the person's days without the one being moved.
          activeEntries: async (personIds, from, until) =>
            (await unit.activeEntries(personIds, from, until)).filter((active) => active.id !== entry.id),
          duties: (teamIds, from, until) => unit.duties(teamIds, from, until),
          crisisPeriods: () => unit.crisisPeriods(),
          loans: () => unit.loans(),
          // Cancelled first: a full day moved onto its own afternoon would otherwise be "covered".
          recordEntry: async (newEntry, by) => {
            if (newEntry.status !== 'refused')
              cancelled = await unit.cancelEntry(entry.id, 'MOVED_IN_OUTLOOK', by);
            return unit.recordEntry(newEntry, by);
          },
        },
      },
      person,
      {
        request: { personId: entry.personId, days: [{ date: to.date, part: to.part }] },
        today: input.today,
        at: input.at,
        source: 'outlook',
      },
    );
    if (!declared) return { outcome: 'restore', why: 'nothing declared' };
    if (cancelled) return { outcome: 'moved', cancelled, declared };
    return { outcome: 'restore', why: declared.decision.reason, declared };
  });
}

/**
 * A permanence duty changed in a calendar. Duties are planned by managers in the product; the
 * team's permanence calendar is where they read and keep the plan, so deleting a duty's event
 * there cancels the duty (source outlook). Deleting it from one's own calendar, or moving it
 * anywhere, does not change the duty: its event is put back.
 */
export async function applyOutlookDutyChange(
  deps: { store: Pick<LedgerStore, 'cancelDuty'> },
  input: { duty: PermanenceDuty; target: 'person' | 'team'; change: OutlookChange; actor: Actor },
): Promise<OutlookChangeResult> {
  if (input.duty.status !== 'assigned') return { outcome: 'ignored', why: 'duty not assigned' };
  if (input.change.type === 'deleted' && input.target === 'team') {
    const duty = await deps.store.cancelDuty(input.duty.id, input.actor);
    return { outcome: 'duty-cancelled', duty };
  }
  if (
    input.change.type === 'moved' &&
    input.change.to.date === input.duty.date &&
    input.change.to.part === input.duty.half
  )
    return { outcome: 'ignored', why: 'same half day' };
  return { outcome: 'restore', why: 'duties are changed in the product' };
}
