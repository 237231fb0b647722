import type { Kysely } from 'kysely';
import type { CalendarTarget } from '../../core/calendar-sync/calendar-event.js';
import type { PermanenceDuty, TeleworkEntry } from '../../core/ledger/ledger.js';
import type {
  CalendarSyncStore,
  DeltaLink,
  EventMapping,
  OutboxRow,
  ParkedRow,
  RoundPlace,
  Settlement,
} from '../calendar-sync/calendar-sync-store.js';
import {
  deleteDeltaLink,
  forgetRound,
  readDeltaLink,
  readRoundPlace,
  writeDeltaLink,
  writeRoundPlace,
  writeSeen,
} from './calendar-delta-rounds.js';
import {
  mailboxesWithEvents,
  mappingOfEvent,
  readMappings,
  unseenMappings,
  writeMappings,
} from './calendar-event-map.js';
import { enqueueCalendarSync } from './calendar-outbox.js';
import { claimRows, nextDueAt, parkedRows, requeueParked, settleRows } from './calendar-outbox-queue.js';
import type { Database } from './database.js';
import { chunked } from './ordering.js';
import { toDuty, toEntry } from './rows.js';

/** The calendar outbox, event map and delta links on the ledger's database (SQLite or PostgreSQL). */
export class KyselyCalendarSyncStore implements CalendarSyncStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  claim(input: { now: string; leaseUntil: string; workerId: string; limit: number }): Promise<OutboxRow[]> {
    return claimRows(this.#db, input);
  }

  settle(workerId: string, settlements: Settlement[], at: string): Promise<void> {
    return settleRows(this.#db, workerId, settlements, at);
  }

  nextDueAt(): Promise<string | undefined> {
    return nextDueAt(this.#db);
  }

  parked(): Promise<ParkedRow[]> {
    return parkedRows(this.#db);
  }

  requeue(ids: string[] | 'all', at: string): Promise<number> {
    return requeueParked(this.#db, ids, at);
  }

  async enqueue(
    items: Array<{ kind: 'entry' | 'duty'; id: string; target: CalendarTarget }>,
    at: string,
  ): Promise<void> {
    await this.#db.transaction().execute((trx) => enqueueCalendarSync(trx, items, at));
  }

  async entries(ids: string[]): Promise<Map<string, TeleworkEntry>> {
    const found = new Map<string, TeleworkEntry>();
    for (const chunk of chunked([...new Set(ids)])) {
      const rows = await this.#db.selectFrom('entries').selectAll().where('id', 'in', chunk).execute();
      for (const row of rows) found.set(row.id, toEntry(row));
    }
    return found;
  }

  async duties(ids: string[]): Promise<Map<string, PermanenceDuty>> {
    const found = new Map<string, PermanenceDuty>();
    for (const chunk of chunked([...new Set(ids)])) {
      const rows = await this.#db.selectFrom('duties').selectAll().where('id', 'in', chunk).execute();
      for (const row of rows) found.set(row.id, toDuty(row));
    }
    return found;
  }

  mappings(
    items: Array<Pick<EventMapping, 'kind' | 'entityId' | 'target'>>,
  ): Promise<Map<string, EventMapping>> {
    return readMappings(this.#db, items);
  }

  saveMappings(mappings: EventMapping[], at: string): Promise<void> {
    return writeMappings(this.#db, mappings, at);
  }

  mappingByEvent(mailbox: string, eventId: string): Promise<EventMapping | undefined> {
    return mappingOfEvent(this.#db, mailbox, eventId);
  }

  mailboxesWithEvents(): Promise<string[]> {
    return mailboxesWithEvents(this.#db);
  }

  deltaLink(mailbox: string): Promise<DeltaLink | undefined> {
    return readDeltaLink(this.#db, mailbox);
  }

  saveDeltaLink(mailbox: string, link: DeltaLink, at: string): Promise<void> {
    return writeDeltaLink(this.#db, mailbox, link, at);
  }

  dropDeltaLink(mailbox: string): Promise<void> {
    return deleteDeltaLink(this.#db, mailbox);
  }

  roundPlace(mailbox: string): Promise<RoundPlace | undefined> {
    return readRoundPlace(this.#db, mailbox);
  }

  saveRoundPlace(mailbox: string, place: RoundPlace, at: string): Promise<void> {
    return writeRoundPlace(this.#db, mailbox, place, at);
  }

  startFullRound(mailbox: string): Promise<void> {
    return this.#db.transaction().execute((trx) => forgetRound(trx, mailbox));
  }

  markSeen(mailbox: string, eventIds: string[]): Promise<void> {
    return writeSeen(this.#db, mailbox, eventIds);
  }

  unseenMappings(mailbox: string): Promise<EventMapping[]> {
    return unseenMappings(this.#db, mailbox);
  }
}
