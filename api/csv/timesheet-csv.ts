import type { TimesheetRow } from '../../core/tally/timesheet-rows.js';
import { hours, line, text } from './csv-cells.js';

/** The time-registration file's columns: a contract like the payroll file's; add at the end only. */
export const TIMESHEET_COLUMNS = [
  ['person_id', 'Entra object id of the person'],
  ['upn', 'sign-in name'],
  ['display_name', 'name'],
  ['date', 'YYYY-MM-DD'],
  ['part', 'full, am or pm'],
  ['code', 'the telework code to book (TELEWORK)'],
  ['hours', 'the day value, H:MM: 7:36 a full day, 3:48 a half day at full time; negative for a removed day'],
  ['kind', 'structural or occasional'],
  ['row_type', 'day, or correction: a day of a closed month that started (+) or stopped (-) counting'],
  ['original_month', 'for a correction, the closed month of the day'],
] as const;

export function timesheetHeader(): string {
  return line(TIMESHEET_COLUMNS.map(([name]) => name));
}

export function timesheetLine(row: TimesheetRow): string {
  return line([
    text(row.personId),
    text(row.upn),
    text(row.displayName),
    row.date,
    row.part,
    text(row.code),
    hours(row.minutes),
    row.kind,
    row.type,
    row.originalMonth ?? '',
  ]);
}
