import type { DayPart, LocalDate, Month } from '../calendar/local-date.js';
import type { Correction, CountedDay } from '../ledger/ledger.js';
import type { Person, PersonId } from '../organisation/organisation.js';
import { partValueMinutes } from '../policy/day-value.js';
import type { TeleworkKind } from '../policy/decision.js';
import type { TeleworkPolicy } from '../policy/policy.js';

/**
 * The code a time-registration system books for a telework day (Leuven's "pointeuse" has one).
 * One code for every employer for now: the organisation file has no field for it yet.
 */
export const TELEWORK_CODE = 'TELEWORK';

/**
 * One line for the time registration: a telework day of the month at the person's day value,
 * or a correction carried into the month (a day of a closed month that started or stopped
 * counting), dated on its own day and with a negative value when it stopped.
 */
export interface TimesheetRow {
  personId: PersonId;
  upn: string;
  displayName: string;
  date: LocalDate;
  part: DayPart;
  kind: TeleworkKind;
  code: string;
  minutes: number;
  type: 'day' | 'correction';
  /** For a correction: the closed month its day belongs to. */
  originalMonth: Month | null;
}

export function timesheetRows(
  person: Person,
  policy: Pick<TeleworkPolicy, 'fullTimeWeeklyMinutes'>,
  days: readonly CountedDay[],
  corrections: readonly Correction[],
): TimesheetRow[] {
  const who = { personId: person.id, upn: person.upn, displayName: person.displayName, code: TELEWORK_CODE };
  const value = (part: DayPart) => partValueMinutes(person.regime, part, policy);
  return [
    ...days.map((day) => ({
      ...who,
      date: day.date,
      part: day.part,
      kind: day.kind,
      minutes: value(day.part),
      type: 'day' as const,
      originalMonth: null,
    })),
    ...corrections.map((correction) => ({
      ...who,
      date: correction.entryDate,
      part: correction.part,
      kind: correction.kind,
      minutes: Math.sign(correction.deltaHalves) * value(correction.part),
      type: 'correction' as const,
      originalMonth: correction.originalMonth,
    })),
  ];
}
