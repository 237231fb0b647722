import type { Kysely } from 'kysely';
import type { DeltaLink, RoundPlace } from '../calendar-sync/calendar-sync-store.js';
import type { Database } from './database.js';
import { chunked } from './ordering.js';

// Where each mailbox's change feed continues: the deltaLink of its last finished round, the
// nextLink of a round under way, and which of our events a full round has listed so far.

export async function readDeltaLink(db: Kysely<Database>, mailbox: string): Promise<DeltaLink | undefined> {
  const row = await db
    .selectFrom('calendar_delta_links')
    .selectAll()
    .where('mailbox', '=', mailbox)
    .executeTakeFirst();
  return row ? { cursor: row.cursor, windowFrom: row.window_from, windowTo: row.window_to } : undefined;
}

/** A finished round: its deltaLink is where the next one starts; the round's place is over. */
export async function writeDeltaLink(
  db: Kysely<Database>,
  mailbox: string,
  link: DeltaLink,
  at: string,
): Promise<void> {
  const values = {
    cursor: link.cursor,
    window_from: link.windowFrom,
    window_to: link.windowTo,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendar_delta_links')
      .values({ mailbox, ...values })
      .onConflict((conflict) => conflict.column('mailbox').doUpdateSet(values))
      .execute();
    await forgetRound(trx, mailbox);
  });
}

/** The feed starts over from its window: no deltaLink, no round under way. */
export async function deleteDeltaLink(db: Kysely<Database>, mailbox: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_delta_links').where('mailbox', '=', mailbox).execute();
    await forgetRound(trx, mailbox);
  });
}

export async function forgetRound(db: Kysely<Database>, mailbox: string): Promise<void> {
  await db.deleteFrom('calendar_delta_rounds').where('mailbox', '=', mailbox).execute();
  await db.deleteFrom('calendar_delta_seen').where('mailbox', '=', mailbox).execute();
}

export async function readRoundPlace(db: Kysely<Database>, mailbox: string): Promise<RoundPlace | undefined> {
  const row = await db
    .selectFrom('calendar_delta_rounds')
    .selectAll()
    .where('mailbox', '=', mailbox)
    .executeTakeFirst();
  return row
    ? {
        cursor: row.next_link,
        windowFrom: row.window_from,
        windowTo: row.window_to,
        full: Number(row.full_round) === 1,
      }
    : undefined;
}

export async function writeRoundPlace(
  db: Kysely<Database>,
  mailbox: string,
  place: RoundPlace,
  at: string,
): Promise<void> {
  const values = {
    next_link: place.cursor,
    window_from: place.windowFrom,
    window_to: place.windowTo,
    full_round: place.full ? 1 : 0,
    updated_at: at,
  };
  await db
    .insertInto('calendar_delta_rounds')
    .values({ mailbox, ...values })
    .onConflict((conflict) => conflict.column('mailbox').doUpdateSet(values))
    .execute();
}

export async function writeSeen(db: Kysely<Database>, mailbox: string, eventIds: string[]): Promise<void> {
  for (const chunk of chunked([...new Set(eventIds)], 200))
    await db
      .insertInto('calendar_delta_seen')
      .values(chunk.map((eventId) => ({ mailbox, event_id: eventId })))
      .onConflict((conflict) => conflict.columns(['mailbox', 'event_id']).doNothing())
      .execute();
}
