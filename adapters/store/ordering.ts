// Result order, applied in JavaScript: PostgreSQL sorts text by the database's collation (which
// may ignore hyphens, as en_US does) while SQLite sorts by code point. Sorting here gives the same
// order on both backends whatever the server's locale.

const PART_ORDER = { full: 0, am: 1, pm: 2 } as const;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By date, then person, then part of the day (full, am, pm). */
export function byDatePersonPart<T extends { date: string; personId: string; part: keyof typeof PART_ORDER }>(
  a: T,
  b: T,
): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.personId, b.personId) ||
    PART_ORDER[a.part] - PART_ORDER[b.part]
  );
}

/** By date, then team, then person, then half day. */
export function byDateTeamPersonHalf<
  T extends { date: string; teamId: string; personId: string; half: 'am' | 'pm' },
>(a: T, b: T): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.teamId, b.teamId) ||
    compareText(a.personId, b.personId) ||
    PART_ORDER[a.half] - PART_ORDER[b.half]
  );
}

/** Corrections in the order they were made, then by day. */
export function byCreatedThenDay<
  T extends { createdAt: string; entryDate: string; personId: string; id: string },
>(a: T, b: T): number {
  return (
    compareText(a.createdAt, b.createdAt) ||
    compareText(a.entryDate, b.entryDate) ||
    compareText(a.personId, b.personId) ||
    compareText(a.id, b.id)
  );
}

/** Splits a long id list so that `in (...)` stays far below both backends' parameter limits. */
export function chunked<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
