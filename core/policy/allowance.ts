import type { DayPart, LocalDate } from '../calendar/local-date.js';
import type { Person, TeleworkArrangement } from '../organisation/organisation.js';
import { type CrisisDays, inCrisis } from './crisis-days.js';
import { assertValidDayPart, dayValueMinutes, partValueMinutes } from './day-value.js';
import type { AllowancePolicy, HalfDayAllowance, TeleworkPolicy } from './policy.js';

export interface AllowanceLine {
  rule: 'per-day' | 'flat' | 'cap';
  label: string;
  /** Negative for the cap: what the cap takes off the lines above it. */
  cents: number;
  /** Days counted for money (a half day counts 1, 0.5 or 0 per policy), e.g. 3.5. */
  countedDays: number;
  /** True when the line pays crisis days by the crisis rule (crisis.allowance). */
  crisis?: boolean;
}

export interface MonthlyAllowance {
  totalCents: number;
  lines: AllowanceLine[];
}

export interface MonthlyTally {
  fullDays: number;
  halfDays: number;
  /** Telework in half days (full = 2, half = 1): the integer form of teleworkDays. */
  teleworkHalves: number;
  /** Full days + 0.5 × half days, e.g. 3.5. */
  teleworkDays: number;
  /** Telework time at the person's day value (full 456, half 228 at 38h full time). */
  minutes: number;
  allowance: MonthlyAllowance;
}

/** How many half-day units a half day counts for money: 2 (as a day), 1 (half a day) or 0. */
const HALF_DAY_UNITS: Record<HalfDayAllowance, number> = { full: 2, half: 1, none: 0 };

export function countParts(days: ReadonlyArray<{ part: DayPart }>): { full: number; half: number } {
  let full = 0;
  let half = 0;
  for (const day of days) {
    assertValidDayPart(day.part);
    if (day.part === 'full') full++;
    else half++;
  }
  return { full, half };
}

/**
 * The telework allowance of one person for one month, in integer cents, from the days that count in
 * the month. Lines in order: the per-day amount (only for the arrangements the policy names: Leuven
 * pays EUR 3 to structural teleworkers, for every day with the telework code), then each flat amount
 * whose threshold is reached (federal: EUR 20 from 1 day, EUR 30 from 4; never pro-rated), then the
 * cap, as a negative line, when the total goes over it.
 */
export function monthlyAllowance(
  days: ReadonlyArray<{ part: DayPart }>,
  arrangement: TeleworkArrangement['type'],
  allowance: AllowancePolicy,
): MonthlyAllowance {
  return allowanceOfCounts(countParts(days), arrangement, allowance);
}

/** The same allowance from the numbers of full and half days (corrections work on counts). */
export function allowanceOfCounts(
  { full, half }: { full: number; half: number },
  arrangement: TeleworkArrangement['type'],
  allowance: AllowancePolicy,
): MonthlyAllowance {
  // Counted in half-day units so that 3.5 days stays exact; only the reported count is divided.
  const countedUnits = 2 * full + HALF_DAY_UNITS[allowance.halfDay] * half;
  const countedDays = countedUnits / 2;
  const lines: AllowanceLine[] = [];

  const perDayPaid = allowance.perDayArrangements.includes(arrangement);
  if (perDayPaid && allowance.perDayCents > 0) {
    // A paid half day at 'half' is half the daily amount, rounded down to the cent.
    const halfDayCents =
      allowance.halfDay === 'full'
        ? allowance.perDayCents
        : allowance.halfDay === 'half'
          ? Math.floor(allowance.perDayCents / 2)
          : 0;
    const cents = full * allowance.perDayCents + half * halfDayCents;
    if (cents > 0) lines.push({ rule: 'per-day', label: 'per day', cents, countedDays });
  }
  for (const flat of allowance.flat) {
    if (flat.cents > 0 && countedDays >= flat.fromDays) {
      lines.push({ rule: 'flat', label: flat.label, cents: flat.cents, countedDays });
    }
  }
  const subtotal = lines.reduce((sum, line) => sum + line.cents, 0);
  const cap = allowance.monthlyCapCents;
  if (cap !== undefined && subtotal > cap) {
    lines.push({ rule: 'cap', label: 'cap', cents: cap - subtotal, countedDays });
  }
  return { totalCents: cap !== undefined ? Math.min(subtotal, cap) : subtotal, lines };
}

/**
 * One person's month for HR: the days counted, the time they are worth at the person's day value,
 * and the allowance. `days` are the days that count in the month (accepted entries, or the frozen
 * copy of a closed month), one per date.
 */
export function monthlyTally(
  days: ReadonlyArray<{ part: DayPart; date?: LocalDate; crisis?: boolean }>,
  person: Pick<Person, 'regime' | 'arrangement'>,
  policy: Pick<TeleworkPolicy, 'fullTimeWeeklyMinutes' | 'allowance'> &
    Partial<Pick<TeleworkPolicy, 'crisis'>>,
  crisisPeriods: CrisisDays = [],
): MonthlyTally {
  const { full, half } = countParts(days);
  const minutes =
    full * dayValueMinutes(person.regime, policy) + half * partValueMinutes(person.regime, 'am', policy);
  const teleworkHalves = 2 * full + half;
  return {
    fullDays: full,
    halfDays: half,
    teleworkHalves,
    teleworkDays: teleworkHalves / 2,
    minutes,
    allowance:
      policy.crisis === undefined
        ? monthlyAllowance(days, person.arrangement.type, policy.allowance)
        : allowanceOverCrisis(
            days,
            person.arrangement.type,
            { ...policy, crisis: policy.crisis },
            crisisPeriods,
          ),
  };
}

/**
 * The allowance of a month some of whose days are crisis days: the crisis days are paid by the
 * crisis rule (Leuven: EUR 3 a day whatever the arrangement), the others by the normal rule (Leuven:
 * structural only), each with its own thresholds and cap. When both rules are the same (federal),
 * the month is paid once over all its days, so that a flat amount is not paid twice.
 */
export function allowanceOverCrisis(
  days: ReadonlyArray<{ part: DayPart; date?: LocalDate; crisis?: boolean }>,
  arrangement: TeleworkArrangement['type'],
  policy: Pick<TeleworkPolicy, 'allowance' | 'crisis'>,
  crisisPeriods: CrisisDays,
): MonthlyAllowance {
  // A closed month's frozen day keeps the rule it was paid by (`crisis`); an open month's day
  // follows the crisis periods; the file's crisis without dates covers every day.
  const isCrisisDay = (day: { date?: LocalDate; crisis?: boolean }) =>
    policy.crisis.active ||
    (day.crisis ?? (day.date !== undefined && inCrisis(day.date, policy.crisis, crisisPeriods)));
  const crisisDays = days.filter(isCrisisDay);
  const sameRule = JSON.stringify(policy.crisis.allowance) === JSON.stringify(policy.allowance);
  if (crisisDays.length === 0 || sameRule) return monthlyAllowance(days, arrangement, policy.allowance);
  const normal = monthlyAllowance(
    days.filter((day) => !isCrisisDay(day)),
    arrangement,
    policy.allowance,
  );
  const crisis = monthlyAllowance(crisisDays, arrangement, policy.crisis.allowance);
  return {
    totalCents: normal.totalCents + crisis.totalCents,
    lines: [...normal.lines, ...crisis.lines.map((line) => ({ ...line, crisis: true }))],
  };
}
