import type { HalfDay, LocalDate } from '../calendar/local-date.js';
import type { Person, PersonId } from '../organisation/organisation.js';
import type { DutyLoads } from './fair-load.js';
import type { HalfDayMinimums } from './minimums.js';

/** One half day as the roster sees it while it plans. */
export interface HalfDayPlan {
  date: LocalDate;
  part: HalfDay;
  minimums: HalfDayMinimums;
  /** Members on site that half: the only people who can be named. */
  onSite: Person[];
  /** Members on site who are on duty in another team that half: they cannot be named here. */
  elsewhere: ReadonlySet<PersonId>;
  /** Who holds the site on duty: the planned duties of people on site, then the proposed ones. */
  holding: Set<PersonId>;
  proposed: Person[];
  /** True when the person's agreed telework pattern covers this half. */
  onPatternDay: (person: Person) => boolean;
}

/**
 * Moves proposed duties from a heavier to a lighter person while that makes the loads more even.
 * The first pass names people in date order and cannot know who will be away later in the period
 * (a 3/5 who teleworks often falls behind); this pass corrects that.
 *
 * A move from A to B is made only when B's load plus half a duty of B stays under A's load minus
 * half a duty of A: that lowers Σ duties²/share, a bounded whole-number quantity, so the passes
 * end. A move keeps every minimum (same function, or A's function still met without A and the
 * duty needed by the team-wide minimum) and never puts B on their pattern day unless A was.
 * Planned duties are never moved: the manager chose them.
 */
export function rebalance(plans: ReadonlyArray<HalfDayPlan>, loads: DutyLoads): void {
  for (let moved = true; moved; ) {
    moved = false;
    for (const plan of plans) {
      for (const [index, from] of plan.proposed.entries()) {
        const to = lighterStandIn(plan, from, loads);
        if (to === undefined) continue;
        plan.proposed[index] = to;
        plan.holding.delete(from.id);
        plan.holding.add(to.id);
        loads.remove(from.id);
        loads.add(to.id);
        moved = true;
      }
    }
  }
}

function lighterStandIn(plan: HalfDayPlan, from: Person, loads: DutyLoads): Person | undefined {
  const fnMinimum = plan.minimums.byFunction[from.function];
  const holdingOfFunction = (fn: string) =>
    plan.onSite.filter((p) => p.function === fn && plan.holding.has(p.id)).length;
  const functionFree = fnMinimum === undefined || holdingOfFunction(from.function) - 1 >= fnMinimum;
  const teamNeedsIt = plan.holding.size <= plan.minimums.minimumOnSite;
  let best: Person | undefined;
  for (const candidate of plan.onSite) {
    if (plan.holding.has(candidate.id) || plan.elsewhere.has(candidate.id)) continue;
    if (candidate.function !== from.function && !(functionFree && teamNeedsIt)) continue;
    if (plan.onPatternDay(candidate) && !plan.onPatternDay(from)) continue;
    if (!loads.clearlyLighter(candidate.id, from.id)) continue;
    if (best === undefined || loads.compare(candidate.id, best.id) < 0) best = candidate;
  }
  return best;
}
