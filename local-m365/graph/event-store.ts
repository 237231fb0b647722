import SqliteDatabase from 'better-sqlite3';
import type { StoredEvent } from './event-model.js';

/**
 * The mailboxes' events in SQLite (a file so they survive a restart, or ':memory:').
 * Every write takes the next number of one sequence; a delete leaves a tombstone. Delta tokens
 * are positions in that sequence, which is how a deltaLink replays only what changed since.
 * better-sqlite3 is synchronous: a check-then-write (transactionId) cannot interleave.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  mailbox TEXT NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL,
  transaction_id TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_range ON events (mailbox, deleted, start_ms);
CREATE INDEX IF NOT EXISTS events_by_seq ON events (mailbox, seq);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_transaction ON events (mailbox, transaction_id)
  WHERE deleted = 0 AND transaction_id IS NOT NULL;
`;

interface Row {
  doc: string;
  deleted: number;
  seq: number;
}

export interface EventChange {
  event: StoredEvent;
  deleted: boolean;
  seq: number;
}

/** The calendarView rule, for events already in hand (same as the SQL of `overlapping`). */
export function overlaps(event: StoredEvent, startMs: number, endMs: number): boolean {
  const { epochMs: start } = event.start;
  const { epochMs: end } = event.end;
  return start < endMs && (end > startMs || (end === start && start >= startMs));
}

export class EventStore {
  private readonly db: SqliteDatabase.Database;
  private readonly statements = new Map<string, SqliteDatabase.Statement>();
  private sequence: number;

  constructor(file = ':memory:') {
    this.db = new SqliteDatabase(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    const { last } = this.db.prepare('SELECT MAX(seq) AS last FROM events').get() as { last: number | null };
    this.sequence = last ?? 0;
  }

  /** Prepared once per SQL text: the same few queries run on every request. */
  private prepare(sql: string): SqliteDatabase.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** The number of the last write: what a delta round started now has seen. */
  get lastSeq(): number {
    return this.sequence;
  }

  private write(event: StoredEvent, deleted: boolean): void {
    this.sequence += 1;
    this.prepare(
      `INSERT INTO events (id, mailbox, seq, deleted, start_ms, end_ms, transaction_id, doc)
         VALUES (@id, @mailbox, @seq, @deleted, @start, @end, @transactionId, @doc)
         ON CONFLICT (id) DO UPDATE SET seq = @seq, deleted = @deleted, start_ms = @start, end_ms = @end,
           transaction_id = @transactionId, doc = @doc`,
    ).run({
      id: event.id,
      mailbox: event.mailbox,
      seq: this.sequence,
      deleted: deleted ? 1 : 0,
      start: event.start.epochMs,
      end: event.end.epochMs,
      transactionId: event.transactionId ?? null,
      doc: JSON.stringify(event),
    });
  }

  save(event: StoredEvent): void {
    this.write(event, false);
  }

  /** Leaves a tombstone so that the next delta round reports the removal. */
  remove(event: StoredEvent): void {
    this.write(event, true);
  }

  get(mailbox: string, id: string): StoredEvent | undefined {
    const row = this.prepare('SELECT doc FROM events WHERE mailbox = ? AND id = ? AND deleted = 0').get(
      mailbox,
      id,
    ) as Row | undefined;
    return row && (JSON.parse(row.doc) as StoredEvent);
  }

  byTransactionId(mailbox: string, transactionId: string): StoredEvent | undefined {
    const row = this.prepare(
      'SELECT doc FROM events WHERE mailbox = ? AND transaction_id = ? AND deleted = 0',
    ).get(mailbox, transactionId) as Row | undefined;
    return row && (JSON.parse(row.doc) as StoredEvent);
  }

  all(mailbox: string): StoredEvent[] {
    const rows = this.prepare('SELECT doc FROM events WHERE mailbox = ? AND deleted = 0').all(
      mailbox,
    ) as Row[];
    return rows.map((row) => JSON.parse(row.doc) as StoredEvent);
  }

  /**
   * Events that overlap [startMs, endMs): they start before the end of the window and end after
   * its start; an event of no duration counts when it starts inside the window.
   */
  overlapping(mailbox: string, startMs: number, endMs: number): StoredEvent[] {
    const rows = this.prepare(
      `SELECT doc FROM events WHERE mailbox = @mailbox AND deleted = 0 AND start_ms < @end
           AND (end_ms > @start OR (end_ms = start_ms AND start_ms >= @start))`,
    ).all({ mailbox, start: startMs, end: endMs }) as Row[];
    return rows.map((row) => JSON.parse(row.doc) as StoredEvent);
  }

  /**
   * The events written after `afterSeq` and up to `uptoSeq` (tombstones included), in id order,
   * after the id `afterId`, at most `limit`. With `window`, only live events that overlap it:
   * what the first round of a delta sync returns.
   */
  changes(
    mailbox: string,
    range: {
      afterSeq: number;
      uptoSeq: number;
      afterId?: string;
      limit: number;
      window?: { startMs: number; endMs: number };
    },
  ): EventChange[] {
    const windowClause = range.window
      ? 'AND deleted = 0 AND start_ms < @end AND (end_ms > @start OR (end_ms = start_ms AND start_ms >= @start))'
      : '';
    const rows = this.prepare(
      `SELECT doc, deleted, seq FROM events WHERE mailbox = @mailbox AND seq > @afterSeq AND seq <= @uptoSeq
           AND id > @afterId ${windowClause} ORDER BY id LIMIT @limit`,
    ).all({
      mailbox,
      afterSeq: range.afterSeq,
      uptoSeq: range.uptoSeq,
      afterId: range.afterId ?? '',
      limit: range.limit,
      start: range.window?.startMs ?? 0,
      end: range.window?.endMs ?? 0,
    }) as Row[];
    return rows.map((row) => ({
      event: JSON.parse(row.doc) as StoredEvent,
      deleted: row.deleted === 1,
      seq: row.seq,
    }));
  }

  close(): void {
    this.db.close();
  }
}
