import type { LocalDate } from '../calendar/local-date.js';
import type { PersonId } from '../organisation/organisation.js';
import type { ContinuityKey, CrisisRules, TeleworkPolicy } from './policy.js';

/**
 * A dated crisis, as HR or Admin started (and perhaps ended) it. `to` is null while it lasts.
 * Both dates are included.
 */
export interface CrisisPeriod {
  id: string;
  from: LocalDate;
  to: LocalDate | null;
  reason: string;
  startedBy: PersonId;
  startedAt: string;
  endedBy: PersonId | null;
  endedAt: string | null;
}

/** What the rules need of a crisis: its days. */
export type CrisisDays = ReadonlyArray<Pick<CrisisPeriod, 'from' | 'to'>>;

/** Whether the date is in a crisis: a dated one, or the file's crisis without dates. */
export function inCrisis(date: LocalDate, crisis: Pick<CrisisRules, 'active'>, periods: CrisisDays): boolean {
  if (crisis.active) return true;
  return periods.some((period) => period.from <= date && (period.to === null || date <= period.to));
}

/**
 * The policy in force on a date. On a crisis day the crisis's quotas, approval and allowance
 * replace the normal ones and `crisis.active` is true; on another day `crisis.active` is false.
 * Everything in core that reads `policy.crisis.active` then means "this day is in a crisis".
 */
export function policyOn(policy: TeleworkPolicy, date: LocalDate, periods: CrisisDays): TeleworkPolicy {
  if (!inCrisis(date, policy.crisis, periods)) {
    return policy.crisis.active === false
      ? policy
      : { ...policy, crisis: { ...policy.crisis, active: false } };
  }
  return {
    ...policy,
    quotas: policy.crisis.quotas,
    occasionalNeedsApproval: policy.crisis.occasionalNeedsApproval,
    allowance: policy.crisis.allowance,
    crisis: { ...policy.crisis, active: true },
  };
}

const DEFAULT_KEY: ContinuityKey = { suspendable: false, teleworkable: true };

export function continuityKey(fn: string, crisis: Pick<CrisisRules, 'functions'>): ContinuityKey {
  return crisis.functions[fn] ?? DEFAULT_KEY;
}

/**
 * What a crisis means for a person of this function: essential and on site, essential and from
 * home where possible, suspended (the mission stops, the person can be lent), or telework the norm.
 */
export type CrisisRole = 'essential-on-site' | 'suspended' | 'telework';

export function crisisRoleOf(
  fn: string,
  crisis: Pick<CrisisRules, 'functions' | 'essentialFunctions'>,
): CrisisRole {
  const key = continuityKey(fn, crisis);
  if (key.teleworkable) return 'telework';
  if (crisis.essentialFunctions.includes(fn) || !key.suspendable) return 'essential-on-site';
  return 'suspended';
}

/** The crisis rules as they stand on a date: `active` says whether the date is in a crisis. */
export function crisisOn(
  policy: Pick<TeleworkPolicy, 'crisis'>,
  date: LocalDate,
  periods: CrisisDays | undefined,
): CrisisRules {
  return { ...policy.crisis, active: inCrisis(date, policy.crisis, periods ?? []) };
}
