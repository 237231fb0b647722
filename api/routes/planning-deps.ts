import type { LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import type { TellOnDuty } from '../../core/use-cases/plan-team-duties.js';
import type { TellRequester } from '../../core/use-cases/team-requests.js';

/** What the permanence planning routes use. */
export interface PlanningRouteDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerStore, 'planTeam' | 'activeEntries' | 'getEntry' | 'decideEntry'>;
  clock: { now(): string; today(): LocalDate };
  /** Tells a requester in Teams that their request was decided; absent: nobody is told. */
  tellRequester?: TellRequester;
  /** Tells a person in Teams that they were put on duty or taken off it; absent: nobody is told. */
  tellOnDuty?: TellOnDuty;
}
