import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, LedgerAction } from '../../core/ledger/ledger.js';
import type { Database } from './database.js';

export interface NewEvent {
  action: LedgerAction;
  entryId?: string;
  dutyId?: string;
  reason: string;
  details?: Record<string, unknown>;
}

/** Appends one line to the audit trail, inside the caller's transaction. */
export async function writeEvent(trx: Kysely<Database>, event: NewEvent, actor: Actor): Promise<void> {
  await trx
    .insertInto('ledger_events')
    .values({
      id: randomUUID(),
      action: event.action,
      entry_id: event.entryId ?? null,
      duty_id: event.dutyId ?? null,
      actor_id: actor.actorId,
      source: actor.source,
      at: actor.at,
      reason: event.reason,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
