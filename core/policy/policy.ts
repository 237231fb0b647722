import type { HalfDay } from '../calendar/local-date.js';

/** A fraction written as numerator/denominator (3/5 of working time). */
export interface Share {
  numerator: number;
  denominator: number;
}

/**
 * A telework quota. Counted in half days (a half day counts 0.5), over the ISO week, the calendar
 * month or the calendar year, pro-rated by the person's regime where the employer says so.
 */
export type Quota =
  /** Leuven: two days a week, pro-rated. */
  | { period: 'week'; days: number; proRata: boolean }
  /** Rumst: eight days a month full time, five below full time (no pro rata). */
  | { period: 'month'; days: number; belowFullTimeDays?: number; proRata: boolean }
  /** Federal: at most 3/5 of the person's working days over the year. */
  | { period: 'year'; shareOfWorkingDays: Share };

/** How a half day counts for money: as a whole day, as half a day, or not at all. */
export type HalfDayAllowance = 'full' | 'half' | 'none';

/** A flat monthly amount paid from a number of telework days in the month, never pro-rated. */
export interface FlatAllowance {
  label: string;
  cents: number;
  fromDays: number;
}

export interface AllowancePolicy {
  /** Amount per telework day, in euro cents; 0 for none. */
  perDayCents: number;
  /**
   * Which arrangements earn the per-day amount (Leuven: structural only; in a crisis every
   * arrangement, 'none' included, since telework is then the norm for everyone).
   */
  perDayArrangements: Array<'structural' | 'occasional' | 'none'>;
  flat: FlatAllowance[];
  /** Cap on the month's total, in cents; absent for none. */
  monthlyCapCents?: number;
  halfDay: HalfDayAllowance;
}

export interface TeleworkPolicy {
  /** Which preset this policy started from, and the public source of its rules. */
  preset: string;
  source: string;
  /** Minutes of a full-time week: 38h, so a full-time day is 7h36 and a half day 3h48. */
  fullTimeWeeklyMinutes: number;
  /** Morning and afternoon windows, local time HH:MM, for timed half-day calendar entries. */
  halfDayWindows: Record<HalfDay, { start: string; end: string }>;
  quotas: Quota[];
  /** Functions that can never be done by telework (Leuven: reception). */
  excludedFunctions: string[];
  /** Occasional telework needs the manager's approval before the day. */
  occasionalNeedsApproval: boolean;
  /** What happens to a request that would break a team's minimum presence on site. */
  permanenceBreach: 'needs-approval' | 'refuse';
  /** How far ahead a day can be declared. */
  bookingHorizonDays: number;
  /** Business continuity plan (La Louvière): what a crisis changes, on the days it is in force. */
  crisis: CrisisRules;
  allowance: AllowancePolicy;
}

/** One function's double key in the business continuity plan (La Louvière). */
export interface ContinuityKey {
  /** The mission can stop during a crisis. */
  suspendable: boolean;
  /** The mission can be done from home. */
  teleworkable: boolean;
}

/**
 * The rules of a crisis day. Outside a crisis they are not read; `policyOn` (crisis-days.ts) turns
 * the policy into the one in force on a date, so the rest of core reads `crisis.active` as "this
 * day is in a crisis".
 */
export interface CrisisRules {
  /**
   * A crisis with no dates, in force every day: the organisation file's `crisis.active: true`,
   * kept for files written before dated crises existed. Dated crises come from the database.
   */
  active: boolean;
  /** Functions whose minimums on site stay in force during a crisis. */
  essentialFunctions: string[];
  /** The double key of each function; a function not named stays teleworkable and not suspendable. */
  functions: Record<string, ContinuityKey>;
  /** The quotas of a crisis day (none: telework is the norm). */
  quotas: Quota[];
  /** Whether an occasional day still needs the manager's approval in a crisis. */
  occasionalNeedsApproval: boolean;
  /** Which minimums on site stay: only the essential functions' (La Louvière), or all of them. */
  permanence: 'essential-only' | 'all';
  /** How a crisis day is paid (Leuven: EUR 3 per telework day, for every arrangement). */
  allowance: AllowancePolicy;
}
