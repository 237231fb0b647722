import type { LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DecisionScope, LedgerUnitOfWork, TeleworkEntry } from '../ledger/ledger.js';
import type { Organisation, Person } from '../organisation/organisation.js';
import { coworkerIds } from '../permanence/loans.js';
import type { PolicyContext } from '../policy/evaluate-request.js';
import { quotaPeriod } from '../policy/quota.js';

export interface PolicyContextDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerUnitOfWork, 'activeEntries' | 'duties' | 'crisisPeriods' | 'loans'>;
}

/**
 * The locks under which loadPolicyContext's reads stay true until the decision is written: the
 * person (their own days, for quotas) and each of their teams (the mates' days and the duties,
 * for presence on site). Every team, not only those with a minimum today: a rule can name a
 * weekday or half, and a team without one costs one uncontended lock. A loan to one of the teams
 * is approved under that team's lock too (crisis-loans.ts), so the loans read stay true as well.
 */
export function decisionScope(person: Pick<Person, 'id' | 'teams'>): DecisionScope {
  return { personId: person.id, teamIds: person.teams };
}

/**
 * What the policy needs to decide days between `from` and `to` for a person: their own active
 * entries for the whole calendar year(s) (yearly quotas), their team mates' and the people lent
 * to their teams' for the days themselves (presence on site), the teams' permanence duties and
 * the approved crisis loans.
 */
export async function loadPolicyContext(
  deps: PolicyContextDeps,
  person: Person,
  range: { from: LocalDate; to: LocalDate },
  today: LocalDate,
): Promise<PolicyContext & { ownEntries: TeleworkEntry[] }> {
  // Read inside the decision's transaction, as the crisis periods: a loan approved before the
  // decision counts, one approved after waits for the team's lock.
  const loans = await deps.store.loans();
  const mates = coworkerIds(person, deps.organisation.people, range.from, range.to, loans);
  // Every quota period the days touch, and their whole calendar years: the ISO week of 2 January
  // can start on 29 December, so a week quota there must see December's days too.
  const periods = (['week', 'month', 'year'] as const).flatMap((period) => [
    quotaPeriod(period, range.from),
    quotaPeriod(period, range.to),
  ]);
  const ownFrom = periods.map((period) => period.start).reduce((a, b) => (a < b ? a : b));
  const ownTo = periods.map((period) => period.end).reduce((a, b) => (a > b ? a : b));
  const [ownEntries, mateEntries, duties, crisisPeriods] = await Promise.all([
    deps.store.activeEntries([person.id], ownFrom, ownTo),
    mates.length > 0 ? deps.store.activeEntries(mates, range.from, range.to) : Promise.resolve([]),
    deps.store.duties(person.teams, range.from, range.to),
    // Read inside the decision's transaction: the crisis in force is the one committed before it.
    deps.store.crisisPeriods(),
  ]);
  return {
    today,
    organisation: deps.organisation,
    calendar: deps.calendar,
    activeEntries: [...ownEntries, ...mateEntries],
    duties,
    crisisPeriods,
    loans,
    ownEntries,
  };
}
