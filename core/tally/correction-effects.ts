import type { DayPart, LocalDate, Month } from '../calendar/local-date.js';
import type { Correction } from '../ledger/ledger.js';
import type { Person } from '../organisation/organisation.js';
import { allowanceOfCounts, countParts } from '../policy/allowance.js';
import { partValueMinutes } from '../policy/day-value.js';
import type { TeleworkKind } from '../policy/decision.js';
import type { TeleworkPolicy } from '../policy/policy.js';

/**
 * What a closed month looked like before the corrections being priced: the days frozen when it was
 * closed, and the corrections of its days already carried into earlier months (oldest first).
 */
export interface OriginalMonth {
  frozenDays: ReadonlyArray<{ part: DayPart; crisis?: boolean }>;
  earlierCorrections: ReadonlyArray<Pick<Correction, 'part' | 'deltaHalves' | 'crisis'>>;
}

/** One correction as HR reads it: the day, and what it changes in days, time and money. */
export interface CorrectionLine {
  correctionId: string;
  entryId: string;
  entryDate: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  originalMonth: Month;
  createdAt: string;
  /** +2/+1 when the day started counting, -2/-1 when it stopped. */
  deltaHalves: number;
  days: number;
  minutes: number;
  cents: number;
}

interface Counts {
  full: number;
  half: number;
}

/** A month's counted days, apart by the rule that pays them: the normal one or the crisis one. */
interface RuleCounts {
  normal: Counts;
  crisis: Counts;
}

function applyTo(counts: Counts, correction: Pick<Correction, 'part' | 'deltaHalves'>): Counts {
  // Never below zero: a correction only removes a day that counted (frozen or added by an earlier
  // correction); the floor keeps a damaged history from producing a negative number of days.
  return correction.part === 'full'
    ? { ...counts, full: Math.max(0, counts.full + correction.deltaHalves / 2) }
    : { ...counts, half: Math.max(0, counts.half + correction.deltaHalves) };
}

function apply(
  counts: RuleCounts,
  correction: Pick<Correction, 'part' | 'deltaHalves' | 'crisis'>,
): RuleCounts {
  return correction.crisis
    ? { ...counts, crisis: applyTo(counts.crisis, correction) }
    : { ...counts, normal: applyTo(counts.normal, correction) };
}

/**
 * The original month's allowance: normal days by the normal rule, crisis days by the crisis rule,
 * or all by one when both rules are the same (allowanceOverCrisis does the same for a month).
 */
function allowanceCents(
  counts: RuleCounts,
  person: Pick<Person, 'arrangement'>,
  policy: TeleworkPolicy,
): number {
  const arrangement = person.arrangement.type;
  const sameRule = JSON.stringify(policy.crisis.allowance) === JSON.stringify(policy.allowance);
  if (sameRule || policy.crisis.active) {
    const all = {
      full: counts.normal.full + counts.crisis.full,
      half: counts.normal.half + counts.crisis.half,
    };
    const rule = policy.crisis.active ? policy.crisis.allowance : policy.allowance;
    return allowanceOfCounts(all, arrangement, rule).totalCents;
  }
  return (
    allowanceOfCounts(counts.normal, arrangement, policy.allowance).totalCents +
    allowanceOfCounts(counts.crisis, arrangement, policy.crisis.allowance).totalCents
  );
}

/**
 * The money rule of corrections. A correction changes what its ORIGINAL month should have paid:
 * that month's allowance is computed again without and with the correction — per-day amounts,
 * flat amounts and their thresholds, the cap — and the difference is paid (or taken back) in the
 * month the correction is carried into. Federal: a closed month of 4 days paid EUR 20 + EUR 30; a
 * day cancelled afterwards leaves 3 days, which pay EUR 20 only, so the next month carries -3000.
 *
 * Several corrections of one original month are priced one after the other, in the order they
 * were made, each on top of the ones before (including those carried into earlier months): the
 * amounts add up to exactly what the original month should have paid in the end. The person's
 * current regime and arrangement are used: the organisation file keeps no history of them.
 */
export function correctionLines(
  corrections: readonly Correction[],
  originals: ReadonlyMap<Month, OriginalMonth>,
  person: Pick<Person, 'regime' | 'arrangement'>,
  policy: TeleworkPolicy,
): CorrectionLine[] {
  const state = new Map<Month, RuleCounts>();
  const countsBefore = (month: Month): RuleCounts => {
    const known = state.get(month);
    if (known) return known;
    const original = originals.get(month);
    const days = original?.frozenDays ?? [];
    const frozen = {
      normal: countParts(days.filter((day) => !day.crisis)),
      crisis: countParts(days.filter((day) => day.crisis)),
    };
    return (original?.earlierCorrections ?? []).reduce(apply, frozen);
  };
  return corrections.map((correction) => {
    const before = countsBefore(correction.originalMonth);
    const after = apply(before, correction);
    state.set(correction.originalMonth, after);
    const partMinutes = partValueMinutes(person.regime, correction.part === 'full' ? 'full' : 'am', policy);
    const units = correction.part === 'full' ? correction.deltaHalves / 2 : correction.deltaHalves;
    return {
      correctionId: correction.id,
      entryId: correction.entryId,
      entryDate: correction.entryDate,
      part: correction.part,
      kind: correction.kind,
      originalMonth: correction.originalMonth,
      createdAt: correction.createdAt,
      deltaHalves: correction.deltaHalves,
      days: correction.deltaHalves / 2,
      minutes: units * partMinutes,
      cents: allowanceCents(after, person, policy) - allowanceCents(before, person, policy),
    };
  });
}
