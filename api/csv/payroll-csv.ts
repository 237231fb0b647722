import type { PersonMonthTally } from '../../core/tally/monthly-tally.js';
import { decimal, euros, hours, text } from './csv-cells.js';
import type { CsvTable } from './csv-table.js';

/** A line of the payroll file: one person's month. */
export interface PayrollRow {
  month: string;
  status: string;
  tally: PersonMonthTally;
}

/**
 * The payroll file. The column names are a contract with the payroll import: add new columns at
 * the end, never rename or reorder these.
 */
export const PAYROLL_FILE: CsvTable<PayrollRow> = [
  { column: 'month', doc: 'YYYY-MM', cell: (row) => row.month },
  {
    column: 'month_status',
    doc: 'closed (final) or open (figures may still change)',
    cell: (row) => row.status,
  },
  { column: 'person_id', doc: 'Entra object id of the person', cell: ({ tally }) => text(tally.personId) },
  { column: 'upn', doc: 'sign-in name', cell: ({ tally }) => text(tally.upn) },
  { column: 'display_name', doc: 'name', cell: ({ tally }) => text(tally.displayName) },
  { column: 'teams', doc: 'team ids, separated by |', cell: ({ tally }) => text(tally.teams.join('|')) },
  {
    column: 'regime',
    doc: 'share of full time as a number, e.g. 0,8 for 4/5 (a fraction would open as a date)',
    cell: ({ tally }) => decimal(tally.regime.fraction),
  },
  { column: 'arrangement', doc: 'structural, occasional or none', cell: ({ tally }) => tally.arrangement },
  {
    column: 'full_days',
    doc: 'full telework days in the month',
    cell: ({ tally }) => String(tally.fullDays),
  },
  {
    column: 'half_days',
    doc: 'half telework days in the month',
    cell: ({ tally }) => String(tally.halfDays),
  },
  {
    column: 'telework_days',
    doc: 'full days + 0,5 × half days',
    cell: ({ tally }) => decimal(tally.teleworkDays),
  },
  {
    column: 'telework_hours',
    doc: 'at the regime’s day value, H:MM (7:36 a full day at full time)',
    cell: ({ tally }) => hours(tally.minutes),
  },
  {
    column: 'allowance',
    doc: 'the month’s allowance in euros, decimal comma',
    cell: ({ tally }) => euros(tally.allowance.cents),
  },
  {
    column: 'allowance_rule',
    doc: 'the rules that paid: per-day, flat:<label>, cap, or none',
    cell: ({ tally }) => text(tally.allowance.rule),
  },
  {
    column: 'policy',
    doc: 'the policy preset (leuven, federal, rumst)',
    cell: ({ tally }) => text(tally.allowance.preset),
  },
  {
    column: 'correction_days',
    doc: 'days of closed months corrected into this month (+/-)',
    cell: ({ tally }) => decimal(tally.corrections.days),
  },
  {
    column: 'correction_hours',
    doc: 'their time, H:MM (+/-)',
    cell: ({ tally }) => hours(tally.corrections.minutes),
  },
  {
    column: 'correction_allowance',
    doc: 'their effect on the allowance of their own month, euros (+/-)',
    cell: ({ tally }) => euros(tally.corrections.cents),
  },
  {
    column: 'total_allowance',
    doc: 'what to pay: allowance + correction_allowance, euros',
    cell: ({ tally }) => euros(tally.totalCents),
  },
];
