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
  /** Which arrangements earn the per-day amount (Leuven: structural only). */
  perDayArrangements: Array<'structural' | 'occasional'>;
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
  /** Business continuity plan (La Louvière): telework is the norm, quotas are lifted. */
  crisis: { active: boolean; essentialFunctions: string[] };
  allowance: AllowancePolicy;
}
