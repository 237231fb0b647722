import { assertLocalDate, dayOff } from '../calendar/day-off.js';
import type { DayPart } from '../calendar/local-date.js';
import { addDays, type HalfDay, type LocalDate, startOfWeek, weekdayOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LedgerStore } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, PersonId } from '../organisation/organisation.js';
import { policyOn } from '../policy/crisis-days.js';
import type { QuotaFigures } from '../policy/decision.js';
import { quotaFiguresFor } from '../policy/quota.js';
import { quotasApplyTo } from '../policy/quotas-apply.js';

export interface WeekOverviewDay {
  date: LocalDate;
  entries: Array<{ id: string; part: DayPart; status: 'accepted' | 'pending' }>;
  off?: { kind: 'public-holiday' | 'closing-day' | 'day-off'; name?: string };
  duties: HalfDay[];
}

/** A person's week, Monday to Friday: telework, days off, permanence duties, quotas as they stand. */
export async function weekOverview(
  deps: {
    organisation: Pick<Organisation, 'people' | 'policy'>;
    calendar: WorkingCalendar;
    store: Pick<LedgerStore, 'activeEntries' | 'duties' | 'crisisPeriods'>;
  },
  input: { personId: PersonId; weekOf: LocalDate },
): Promise<{ monday: LocalDate; days: WeekOverviewDay[]; quotas: QuotaFigures[] }> {
  const person = findPerson(deps.organisation, input.personId);
  assertLocalDate(input.weekOf);
  const monday = startOfWeek(input.weekOf);
  const friday = addDays(monday, 4);
  const year = monday.slice(0, 4);
  const [entries, duties, crisisPeriods] = await Promise.all([
    // The whole year around the week: yearly quotas count it all.
    deps.store.activeEntries([person.id], `${year}-01-01`, `${friday.slice(0, 4)}-12-31`),
    deps.store.duties(person.teams, monday, friday),
    deps.store.crisisPeriods(),
  ]);
  const days = [0, 1, 2, 3, 4].map((offset): WeekOverviewDay => {
    const date = addDays(monday, offset);
    const off = dayOff(date, deps.calendar);
    const notWorked = !off && !person.regime.days.includes(weekdayOf(date));
    return {
      date,
      entries: entries
        .filter((entry) => entry.date === date)
        .map((entry) => ({ id: entry.id, part: entry.part, status: entry.status as 'accepted' | 'pending' })),
      ...(off && off.kind !== 'weekend' ? { off: { kind: off.kind, name: off.name } } : {}),
      ...(notWorked ? { off: { kind: 'day-off' as const } } : {}),
      duties: duties
        .filter((duty) => duty.date === date && duty.personId === person.id)
        .map((duty) => duty.half),
    };
  });
  // The week's quotas are those in force on its Monday: none in a crisis (policyOn).
  const policy = policyOn(deps.organisation.policy, monday, crisisPeriods);
  const quotas = quotasApplyTo(person, policy)
    ? quotaFiguresFor(policy.quotas, person, monday, { calendar: deps.calendar, activeEntries: entries })
    : [];
  return { monday, days, quotas };
}
