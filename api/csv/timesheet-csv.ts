import type { TimesheetRow } from '../../core/tally/timesheet-rows.js';
import { hours, text } from './csv-cells.js';
import type { CsvTable } from './csv-table.js';

/** The time-registration file: a contract like the payroll file's; add columns at the end only. */
export const TIMESHEET_FILE: CsvTable<TimesheetRow> = [
  { column: 'person_id', doc: 'Entra object id of the person', cell: (row) => text(row.personId) },
  { column: 'upn', doc: 'sign-in name', cell: (row) => text(row.upn) },
  { column: 'display_name', doc: 'name', cell: (row) => text(row.displayName) },
  { column: 'date', doc: 'YYYY-MM-DD', cell: (row) => row.date },
  { column: 'part', doc: 'full, am or pm', cell: (row) => row.part },
  { column: 'code', doc: 'the telework code to book (TELEWORK)', cell: (row) => text(row.code) },
  {
    column: 'hours',
    doc: 'the day value, H:MM: 7:36 a full day, 3:48 a half day at full time; negative for a removed day',
    cell: (row) => hours(row.minutes),
  },
  { column: 'kind', doc: 'structural or occasional', cell: (row) => row.kind },
  {
    column: 'row_type',
    doc: 'day, or correction: a day of a closed month that started (+) or stopped (-) counting',
    cell: (row) => row.type,
  },
  {
    column: 'original_month',
    doc: 'for a correction, the closed month of the day',
    cell: (row) => row.originalMonth ?? '',
  },
];
