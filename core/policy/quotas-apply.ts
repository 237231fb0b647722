import type { Person } from '../organisation/organisation.js';
import type { TeleworkPolicy } from './policy.js';

/**
 * Whether the quotas mean anything for this person. Not in crisis (the business continuity plan
 * lifts them), and not for someone who can never telework: an excluded function (reception at
 * Leuven) or no telework arrangement outside a crisis. "2 days left this week" would tell a
 * receptionist something the rules deny.
 */
export function quotasApplyTo(
  person: Pick<Person, 'function' | 'arrangement'>,
  policy: Pick<TeleworkPolicy, 'crisis' | 'excludedFunctions'>,
): boolean {
  // `crisis.active`: the day is in a crisis (policyOn); then only the crisis's quotas apply.
  if (policy.crisis.active)
    return policy.crisis.quotas.length > 0 && !policy.excludedFunctions.includes(person.function);
  if (policy.excludedFunctions.includes(person.function)) return false;
  return person.arrangement.type !== 'none';
}
