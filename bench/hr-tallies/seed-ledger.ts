import SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import type { EntryRow } from './generate-organisation.js';

// Bulk loading for the benchmark only: straight into the entries table, bypassing the ledger's
// per-declaration transactions (a year of 10,000 people through recordEntry would take most of the
// time budget). Closing months and corrections then go through the real store.

const AT = '2025-10-20T08:00:00.000Z';

export function seedSqlite(file: string, rows: Iterable<EntryRow>): number {
  const database = new SqliteDatabase(file);
  try {
    const insert = database.prepare(
      `insert into entries (id, person_id, date, part, kind, status, reason, approvers, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'accepted', 'BENCH', '[]', ?, ?)`,
    );
    let count = 0;
    database.transaction(() => {
      for (const row of rows) {
        insert.run(row.id, row.person_id, row.date, row.part, row.kind, AT, AT);
        count++;
      }
    })();
    return count;
  } finally {
    database.close();
  }
}

export async function seedPostgres(
  db: Kysely<Database>,
  rows: Iterable<EntryRow>,
  chunk = 25_000,
): Promise<number> {
  let count = 0;
  let batch: EntryRow[] = [];
  const flush = async () => {
    const column = (pick: (row: EntryRow) => string) => batch.map(pick);
    // One statement per chunk, every column as one array parameter: a few dozen round trips in all.
    await sql`insert into entries (id, person_id, date, part, kind, status, reason, approvers, created_at, updated_at)
      select id, person_id, date, part, kind, 'accepted', 'BENCH', '[]', ${AT}, ${AT}
      from unnest(${column((row) => row.id)}::text[], ${column((row) => row.person_id)}::text[],
                  ${column((row) => row.date)}::text[], ${column((row) => row.part)}::text[],
                  ${column((row) => row.kind)}::text[]) as t(id, person_id, date, part, kind)`.execute(db);
    count += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length === chunk) await flush();
  }
  if (batch.length > 0) await flush();
  await sql`analyze`.execute(db);
  return count;
}
