import { type DayPart, halvesOf, type LocalDate, weekdayOf } from '../calendar/local-date.js';
import type { TeleworkArrangement } from '../organisation/organisation.js';
import type { TeleworkKind } from './decision.js';

/**
 * True when the agreed structural pattern covers the requested part on that weekday. Pattern items
 * of the same weekday add up: a Tuesday morning plus a Tuesday afternoon cover a full Tuesday.
 */
export function isPatternDay(arrangement: TeleworkArrangement, date: LocalDate, part: DayPart): boolean {
  if (arrangement.type !== 'structural') return false;
  const weekday = weekdayOf(date);
  const covered = new Set(
    arrangement.pattern.filter((item) => item.weekday === weekday).flatMap((item) => halvesOf(item.part)),
  );
  return halvesOf(part).every((half) => covered.has(half));
}

/** Structural when the day is in the person's pattern, occasional otherwise. */
export function defaultKind(arrangement: TeleworkArrangement, date: LocalDate, part: DayPart): TeleworkKind {
  return isPatternDay(arrangement, date, part) ? 'structural' : 'occasional';
}
