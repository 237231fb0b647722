import type { DayPart, HalfDay, LocalDate } from '../calendar/local-date.js';
import type { PersonId, TeamId } from '../organisation/organisation.js';

export type TeleworkKind = 'structural' | 'occasional';

/** One day (or half day) somebody asks to telework. */
export interface DayRequest {
  date: LocalDate;
  part: DayPart;
}

export interface TeleworkRequest {
  personId: PersonId;
  days: DayRequest[];
  /** Absent: structural when the day is in the person's pattern, occasional otherwise. */
  kind?: TeleworkKind;
}

/** Why a request is accepted. */
export type AcceptReason = 'STRUCTURAL_PATTERN' | 'WITHIN_POLICY' | 'CRISIS_MODE';

/** Why a request waits for someone's approval. */
export type ApprovalReason = 'OCCASIONAL_NEEDS_APPROVAL' | 'PERMANENCE_AT_MINIMUM';

/** Why a request is refused. Stable codes: the bot and the API translate them, never change them. */
export type RefusalReason =
  | 'PAST_DATE'
  | 'TOO_FAR_AHEAD'
  | 'WEEKEND'
  | 'PUBLIC_HOLIDAY'
  | 'CLOSING_DAY'
  | 'NOT_A_WORKING_DAY'
  | 'FUNCTION_EXCLUDED'
  | 'NO_TELEWORK_ARRANGEMENT'
  | 'OCCASIONAL_TOO_LATE'
  | 'WEEKLY_QUOTA_EXCEEDED'
  | 'MONTHLY_QUOTA_EXCEEDED'
  | 'YEARLY_QUOTA_EXCEEDED'
  | 'PERMANENCE_AT_MINIMUM'
  | 'ON_PERMANENCE_DUTY'
  | 'ALREADY_DECLARED';

/** A quota as it stands for the day asked: limits and counts are in half days (2 = one day). */
export interface QuotaFigures {
  period: 'week' | 'month' | 'year';
  /** First day of the period (Monday, the 1st, 1 January). */
  periodStart: LocalDate;
  limitHalves: number;
  usedHalves: number;
  /** What is left before this request. */
  leftHalves: number;
}

/** A team's presence on site for one half day, as it would be if the request were granted. */
export interface PresenceFigures {
  teamId: TeamId;
  half: HalfDay;
  /** Null for the team-wide minimum, a function name for a per-function minimum. */
  function: string | null;
  minimum: number;
  onSiteAfter: number;
}

export interface DayFigures {
  /** What the day (or half day) is worth for this person, in minutes (456 = 7h36). */
  valueMinutes: number;
  quotas: QuotaFigures[];
  presence: PresenceFigures[];
}

interface DecisionBase {
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  figures: DayFigures;
}

export type DayDecision =
  | (DecisionBase & { outcome: 'accept'; reason: AcceptReason })
  | (DecisionBase & { outcome: 'needs-approval'; reason: ApprovalReason; approvers: PersonId[] })
  | (DecisionBase & { outcome: 'refuse'; reason: RefusalReason });
