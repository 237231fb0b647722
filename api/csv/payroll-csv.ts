import type { PersonMonthTally } from '../../core/tally/monthly-tally.js';
import { decimal, euros, hours, line, text } from './csv-cells.js';

/**
 * The payroll file's columns. The names are a contract with the payroll import: add new columns
 * at the end, never rename or reorder these.
 */
export const PAYROLL_COLUMNS = [
  ['month', 'YYYY-MM'],
  ['month_status', 'closed (final) or open (figures may still change)'],
  ['person_id', 'Entra object id of the person'],
  ['upn', 'sign-in name'],
  ['display_name', 'name'],
  ['teams', 'team ids, separated by |'],
  ['regime', 'share of full time as a number, e.g. 0,8 for 4/5 (a fraction would open as a date)'],
  ['arrangement', 'structural, occasional or none'],
  ['full_days', 'full telework days in the month'],
  ['half_days', 'half telework days in the month'],
  ['telework_days', 'full days + 0,5 × half days'],
  ['telework_hours', 'at the regime’s day value, H:MM (7:36 a full day at full time)'],
  ['allowance', 'the month’s allowance in euros, decimal comma'],
  ['allowance_rule', 'the rules that paid: per-day, flat:<label>, cap, or none'],
  ['policy', 'the policy preset (leuven, federal, rumst)'],
  ['correction_days', 'days of closed months corrected into this month (+/-)'],
  ['correction_hours', 'their time, H:MM (+/-)'],
  ['correction_allowance', 'their effect on the allowance of their own month, euros (+/-)'],
  ['total_allowance', 'what to pay: allowance + correction_allowance, euros'],
] as const;

export function payrollHeader(): string {
  return line(PAYROLL_COLUMNS.map(([name]) => name));
}

export function payrollLine(month: string, status: string, tally: PersonMonthTally): string {
  return line([
    month,
    status,
    text(tally.personId),
    text(tally.upn),
    text(tally.displayName),
    text(tally.teams.join('|')),
    decimal(tally.regime.fraction),
    tally.arrangement,
    String(tally.fullDays),
    String(tally.halfDays),
    decimal(tally.teleworkDays),
    hours(tally.minutes),
    euros(tally.allowance.cents),
    text(tally.allowance.rule),
    text(tally.allowance.preset),
    decimal(tally.corrections.days),
    hours(tally.corrections.minutes),
    euros(tally.corrections.cents),
    euros(tally.totalCents),
  ]);
}
