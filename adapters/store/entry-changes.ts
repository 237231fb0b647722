import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, EntryStatus, LedgerAction, NewEntry, TeleworkEntry } from '../../core/ledger/ledger.js';
import { enqueueCalendarSync, entryCalendars } from './calendar-outbox.js';
import type { Database } from './database.js';
import { writeEvent } from './events.js';
import { carryIntoOpenMonth, correctionDetails } from './month-corrections.js';
import { toEntry } from './rows.js';

// The two ways an entry changes: it is written, or its status moves. Both leave an event, and a
// correction when the entry lies in a closed month and starts or stops counting (only accepted
// entries count). Callers hold the person's lock and the months lock, inside one transaction.

const EVENT_OF_NEW_STATUS = { accepted: 'declared', pending: 'requested', refused: 'refused' } as const;

export async function insertEntry(
  trx: Kysely<Database>,
  input: NewEntry,
  actor: Actor,
): Promise<TeleworkEntry> {
  const row = {
    id: randomUUID(),
    person_id: input.personId,
    date: input.date,
    part: input.part,
    kind: input.kind,
    status: input.status,
    reason: input.reason,
    approvers: JSON.stringify(input.approvers),
    created_at: actor.at,
    updated_at: actor.at,
  };
  await trx.insertInto('entries').values(row).execute();
  const entry = toEntry(row);
  const correction =
    entry.status === 'accepted'
      ? await carryIntoOpenMonth(trx, entry, 'starts-counting', actor.at)
      : undefined;
  // Only accepted days are in Outlook: a pending or refused entry has nothing to show yet.
  if (entry.status === 'accepted') await enqueueCalendarSync(trx, entryCalendars(entry.id), actor.at);
  await writeEvent(
    trx,
    {
      action: EVENT_OF_NEW_STATUS[input.status],
      entryId: entry.id,
      reason: input.reason,
      details: { ...input.details, ...correctionDetails(correction) },
    },
    actor,
  );
  return entry;
}

export interface StatusChange {
  status: Exclude<EntryStatus, 'pending'>;
  action: LedgerAction;
  reason: string;
  details?: Record<string, unknown>;
}

export async function changeStatus(
  trx: Kysely<Database>,
  entry: TeleworkEntry,
  change: StatusChange,
  actor: Actor,
): Promise<TeleworkEntry> {
  await trx
    .updateTable('entries')
    .set({ status: change.status, reason: change.reason, updated_at: actor.at })
    .where('id', '=', entry.id)
    .execute();
  const wasCounted = entry.status === 'accepted';
  const counts = change.status === 'accepted';
  const correction =
    wasCounted === counts
      ? undefined
      : await carryIntoOpenMonth(trx, entry, counts ? 'starts-counting' : 'stops-counting', actor.at);
  // Entering or leaving "accepted" adds or removes the day's event in Outlook.
  if (wasCounted !== counts) await enqueueCalendarSync(trx, entryCalendars(entry.id), actor.at);
  await writeEvent(
    trx,
    {
      action: change.action,
      entryId: entry.id,
      reason: change.reason,
      details: { ...change.details, ...correctionDetails(correction) },
    },
    actor,
  );
  return { ...entry, status: change.status, reason: change.reason, updatedAt: actor.at };
}
