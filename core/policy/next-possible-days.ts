import { assertLocalDate } from '../calendar/day-off.js';
import { addDays, type DayPart, type LocalDate } from '../calendar/local-date.js';
import type { PersonId } from '../organisation/organisation.js';
import type { DayDecision, TeleworkKind } from './decision.js';
import { evaluateRequest, type PolicyContext } from './evaluate-request.js';

/** How far the search looks: about two months, enough to cross a full month quota. */
export const NEXT_POSSIBLE_SCAN_DAYS = 60;

export interface NextPossibleOptions {
  /** The part of the day looked for; a full day unless told. */
  part?: DayPart;
  kind?: TeleworkKind;
}

/**
 * The next days, from `fromDate` (or today if later), that would be accepted or sent for approval,
 * each decided on its own: they are alternatives to choose from, not a request for all of them.
 * Looks at most NEXT_POSSIBLE_SCAN_DAYS calendar days ahead, so it may return fewer than `count`.
 */
export function nextPossibleDecisions(
  personId: PersonId,
  fromDate: LocalDate,
  count: number,
  context: PolicyContext,
  options: NextPossibleOptions = {},
): DayDecision[] {
  assertLocalDate(fromDate);
  assertLocalDate(context.today);
  const part = options.part ?? 'full';
  const start = fromDate < context.today ? context.today : fromDate;
  const found: DayDecision[] = [];
  for (let i = 0; i < NEXT_POSSIBLE_SCAN_DAYS && found.length < count; i++) {
    const date = addDays(start, i);
    const [decision] = evaluateRequest({ personId, days: [{ date, part }], kind: options.kind }, context);
    if (decision !== undefined && decision.outcome !== 'refuse') found.push(decision);
  }
  return found;
}

/** The dates of nextPossibleDecisions: what the bot offers "instead". */
export function nextPossibleDays(
  personId: PersonId,
  fromDate: LocalDate,
  count: number,
  context: PolicyContext,
  options: NextPossibleOptions = {},
): LocalDate[] {
  return nextPossibleDecisions(personId, fromDate, count, context, options).map((d) => d.date);
}
