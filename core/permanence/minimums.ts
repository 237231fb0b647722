import { type HalfDay, type LocalDate, weekdayOf } from '../calendar/local-date.js';
import type { Team } from '../organisation/organisation.js';
import type { TeleworkPolicy } from '../policy/policy.js';

/** One minimum of a team's rules: team-wide (function null) or for one function. */
export interface Minimum {
  function: string | null;
  minimum: number;
}

/** The minimums of one half day folded into one figure each: what coverage and the roster use. */
export interface HalfDayMinimums {
  minimumOnSite: number;
  byFunction: Record<string, number>;
}

/**
 * The minimums of the team's rules that apply on that weekday and half (a rule that names no
 * weekday or no half applies to all). Under the business continuity plan the team-wide minimum
 * is lifted and only the minimums of essential functions stay, as La Louvière did. `crisis.active`
 * is whether THIS date is in a crisis (policyOn in core/policy/crisis-days.ts).
 */
export function minimumsInForce(
  team: Pick<Team, 'permanence'>,
  date: LocalDate,
  half: HalfDay,
  crisis: Pick<TeleworkPolicy['crisis'], 'active' | 'essentialFunctions'> &
    Partial<Pick<TeleworkPolicy['crisis'], 'permanence'>>,
): Minimum[] {
  // 'all': the crisis keeps every minimum (an employer whose plan says so).
  const essentialOnly = crisis.active && crisis.permanence !== 'all';
  const weekday = weekdayOf(date);
  const minimums: Minimum[] = [];
  for (const rule of team.permanence) {
    if (rule.weekdays.length > 0 && !rule.weekdays.includes(weekday)) continue;
    if (rule.halves.length > 0 && !rule.halves.includes(half)) continue;
    // A minimum of 0 can never be broken; leaving it out keeps the figures readable.
    if (!essentialOnly && rule.minimumOnSite > 0)
      minimums.push({ function: null, minimum: rule.minimumOnSite });
    for (const [fn, minimum] of Object.entries(rule.byFunction)) {
      if (minimum <= 0) continue;
      if (essentialOnly && !crisis.essentialFunctions.includes(fn)) continue;
      minimums.push({ function: fn, minimum });
    }
  }
  return minimums;
}

/**
 * Two rules may apply to the same half day (every day 2, Monday morning 3): the strictest wins,
 * which is what checking each minimum on its own amounts to.
 */
export function foldMinimums(minimums: ReadonlyArray<Minimum>): HalfDayMinimums {
  let minimumOnSite = 0;
  const byFunction: Record<string, number> = {};
  for (const { function: fn, minimum } of minimums) {
    if (fn === null) minimumOnSite = Math.max(minimumOnSite, minimum);
    else byFunction[fn] = Math.max(byFunction[fn] ?? 0, minimum);
  }
  return { minimumOnSite, byFunction };
}

/**
 * How many people a roster names on a half day: each person has one function, so the functions'
 * minimums add up, and the team-wide minimum is met by them or by anyone else on top.
 */
export function headcount(minimums: HalfDayMinimums): number {
  const perFunction = Object.values(minimums.byFunction).reduce((sum, n) => sum + n, 0);
  return Math.max(minimums.minimumOnSite, perFunction);
}
