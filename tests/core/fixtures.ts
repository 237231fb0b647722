import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import type { DayPart, HalfDay, LocalDate } from '../../core/calendar/local-date.js';
import type { EntryStatus } from '../../core/ledger/ledger.js';
import type { Organisation, Person, Regime, Team } from '../../core/organisation/organisation.js';
import type {
  DayDecision,
  RefusalReason,
  TeleworkKind,
  TeleworkRequest,
} from '../../core/policy/decision.js';
import type { PolicyContext } from '../../core/policy/evaluate-request.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';

/**
 * A Flemish CPAS/OCMW on the real Belgian calendar: public holidays from date-holidays (VLG),
 * the bridge day after Ascension 2026 and New Year's Eve 2026 as closing days, and the Flemish
 * community holiday (11 July) closed every year.
 */
export const calendar = belgianWorkingCalendar({
  region: 'VLG',
  closingDays: { dates: ['2026-05-15', '2026-12-31'], yearly: ['07-11'] },
});

export const FULL_TIME: Regime = { numerator: 1, denominator: 1, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
/** 4/5 over Monday–Thursday: full 7h36 days, Friday off. */
export const FOUR_FIFTHS_MON_THU: Regime = {
  numerator: 4,
  denominator: 5,
  days: ['mon', 'tue', 'wed', 'thu'],
};

function person(id: string, fields: Partial<Person> & Pick<Person, 'function' | 'teams'>): Person {
  return {
    id,
    upn: `${id}@cpas.example`,
    displayName: id,
    locale: 'nl',
    regime: FULL_TIME,
    arrangement: { type: 'occasional' },
    roles: [],
    ...fields,
  };
}

/**
 * The social service (4 people: its manager, two social workers, an administrative officer at
 * 4/5 Monday–Thursday) must keep 2 people on site, one of them a social worker, every half day.
 * Anna teleworks structurally on Tuesdays and Thursday mornings. Reception cannot telework; the
 * HR officer approves when there is no other manager; Gert has no telework arrangement.
 */
export function cpasPeople(): Person[] {
  return [
    person('mgr-social', { function: 'manager', teams: ['social'], roles: ['Manager'] }),
    person('sw-anna', {
      function: 'social-worker',
      teams: ['social'],
      arrangement: {
        type: 'structural',
        pattern: [
          { weekday: 'tue', part: 'full' },
          { weekday: 'thu', part: 'am' },
        ],
      },
    }),
    person('sw-bart', { function: 'social-worker', teams: ['social'] }),
    person('adm-chloe', { function: 'administrative', teams: ['social'], regime: FOUR_FIFTHS_MON_THU }),
    person('rec-dirk', { function: 'reception', teams: ['reception'] }),
    person('hr-eva', { function: 'hr-officer', teams: ['hr'], roles: ['HR'] }),
    person('tech-gert', { function: 'technician', teams: ['facilities'], arrangement: { type: 'none' } }),
  ];
}

export function cpasTeams(): Team[] {
  return [
    {
      id: 'social',
      name: 'Sociale dienst',
      managers: ['mgr-social'],
      permanence: [{ minimumOnSite: 2, byFunction: { 'social-worker': 1 }, weekdays: [], halves: [] }],
    },
    { id: 'reception', name: 'Onthaal', managers: ['mgr-social'], permanence: [] },
    { id: 'hr', name: 'HR', managers: [], permanence: [] },
    { id: 'facilities', name: 'Facilitair', managers: ['mgr-social'], permanence: [] },
  ];
}

export function policyWith(
  changes: Partial<TeleworkPolicy>,
  base: TeleworkPolicy = leuvenPreset,
): TeleworkPolicy {
  return { ...base, ...changes };
}

export function crisisPolicy(base: TeleworkPolicy = leuvenPreset): TeleworkPolicy {
  return policyWith(
    { crisis: { ...base.crisis, active: true, essentialFunctions: ['social-worker'] } },
    base,
  );
}

export type Entry = PolicyContext['activeEntries'][number];
export type Duty = PolicyContext['duties'][number];

export function entry(
  personId: string,
  date: LocalDate,
  part: DayPart = 'full',
  status: EntryStatus = 'accepted',
): Entry {
  return { personId, date, part, status };
}

export function duty(
  personId: string,
  date: LocalDate,
  half: HalfDay,
  status: Duty['status'] = 'assigned',
): Duty {
  return { personId, teamId: 'social', date, half, status };
}

export interface ContextOptions {
  today?: LocalDate;
  policy?: TeleworkPolicy;
  entries?: Entry[];
  duties?: Duty[];
  people?: Person[];
  teams?: Team[];
}

/** Monday 2 March 2026: most cases below are in the weeks after it. */
export const TODAY: LocalDate = '2026-03-02';

export function contextFor(options: ContextOptions = {}): PolicyContext {
  const organisation: Pick<Organisation, 'people' | 'teams' | 'policy'> = {
    people: options.people ?? cpasPeople(),
    teams: options.teams ?? cpasTeams(),
    policy: options.policy ?? leuvenPreset,
  };
  return {
    today: options.today ?? TODAY,
    organisation,
    calendar,
    activeEntries: options.entries ?? [],
    duties: options.duties ?? [],
  };
}

export function request(
  personId: string,
  days: Array<LocalDate | [LocalDate, DayPart]>,
  kind?: TeleworkKind,
): TeleworkRequest {
  return {
    personId,
    days: days.map((day) =>
      typeof day === 'string' ? { date: day, part: 'full' } : { date: day[0], part: day[1] },
    ),
    ...(kind === undefined ? {} : { kind }),
  };
}

/** `count` full days on consecutive weekdays from `from` (holidays are not skipped: quotas count entries). */
export function weekdayEntries(personId: string, from: LocalDate, count: number): Entry[] {
  const entries: Entry[] = [];
  let date = new Date(`${from}T00:00:00Z`);
  while (entries.length < count) {
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) entries.push(entry(personId, date.toISOString().slice(0, 10)));
    date = new Date(date.getTime() + 86_400_000);
  }
  return entries;
}

/** A decision as one readable string, "outcome REASON", for tables of rules. */
export function verdict(decision: Pick<DayDecision, 'outcome' | 'reason'> | undefined): string {
  return decision === undefined ? 'none' : `${decision.outcome} ${decision.reason}`;
}

export const ACCEPT_PATTERN = 'accept STRUCTURAL_PATTERN';
export const ACCEPT_WITHIN = 'accept WITHIN_POLICY';
export const ACCEPT_CRISIS = 'accept CRISIS_MODE';
export const ASK_OCCASIONAL = 'needs-approval OCCASIONAL_NEEDS_APPROVAL';
export const ASK_PERMANENCE = 'needs-approval PERMANENCE_AT_MINIMUM';

export function refused(reason: RefusalReason): string {
  return `refuse ${reason}`;
}
