import { assertLocalDate } from '../calendar/day-off.js';
import { addDays, type LocalDate, laterOf } from '../calendar/local-date.js';
import { findPerson } from '../organisation/find-person.js';
import type { PersonId } from '../organisation/organisation.js';
import type { DayRequest } from '../policy/decision.js';
import { NEXT_POSSIBLE_SCAN_DAYS, nextPossibleDecisions } from '../policy/next-possible-days.js';
import { loadPolicyContext, type PolicyContextDeps } from './load-policy-context.js';

/** After a refusal: the next days the person could telework instead, as the policy sees them now. */
export async function suggestDays(
  deps: PolicyContextDeps,
  input: { personId: PersonId; from: LocalDate; today: LocalDate; count: number },
): Promise<DayRequest[]> {
  const person = findPerson(deps.organisation, input.personId);
  assertLocalDate(input.from);
  const from = laterOf(input.from, input.today);
  const context = await loadPolicyContext(
    deps,
    person,
    { from, to: addDays(from, NEXT_POSSIBLE_SCAN_DAYS) },
    input.today,
  );
  return nextPossibleDecisions(person.id, from, input.count, context).map((decision) => ({
    date: decision.date,
    part: decision.part,
  }));
}
