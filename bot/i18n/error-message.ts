import { isLocalDate, isMonth } from '../../core/calendar/local-date.js';
import type { ErrorCode } from '../../core/errors/error-catalogue.js';
import type { EntryStatus } from '../../core/ledger/ledger.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { truncate } from '../cards/card-text.js';
import { formatLongDate, formatMonthYear } from './format.js';
import type { ErrorParams, Messages } from './messages.js';
import { messagesFor } from './messages-for.js';

// The error catalogue said to a person, in their language: the one translation (the *-errors.ts
// tables), for the bot's error cards and for the API's problem+json `detail` alike.

/** A value typed by the person (INVALID_DATE's `value`) can be anything: keep the card short. */
const MAX_PARAM_LENGTH = 80;

const EMPLOYER_FALLBACK: Record<Locale, string> = {
  fr: 'votre employeur',
  nl: 'je werkgever',
  en: 'your employer',
  de: 'Ihrem Arbeitgeber',
};

/** The sentence alone: on an error card, in a reply where a card does not fit, in a problem's `detail`. */
export function errorMessage(
  locale: Locale,
  code: ErrorCode,
  params: Readonly<Record<string, string | number>>,
  employerName?: string,
): string {
  const m = messagesFor(locale);
  return m.errors[code](errorParams(locale, m, params, employerName));
}

/** Params as the sentences want them: months and dates in words, statuses translated. */
function errorParams(
  locale: Locale,
  m: Messages,
  params: Readonly<Record<string, string | number>>,
  employerName: string | undefined,
): ErrorParams {
  const out: ErrorParams = { employer: employerName ?? EMPLOYER_FALLBACK[locale] };
  for (const [name, raw] of Object.entries(params)) {
    const value = truncate(String(raw), MAX_PARAM_LENGTH);
    if (name === 'month' && isMonth(value)) out[name] = formatMonthYear(locale, `${value}-01`);
    else if (name === 'firstDay' && isLocalDate(value)) out[name] = formatLongDate(locale, value);
    // The bounds of the calendar the product handles (DATE_OUT_OF_RANGE, MONTH_OUT_OF_RANGE).
    else if ((name === 'from' || name === 'to') && isLocalDate(value))
      out[name] = formatLongDate(locale, value);
    else if ((name === 'from' || name === 'to') && isMonth(value))
      out[name] = formatMonthYear(locale, `${value}-01`);
    else if (name === 'status' && value in m.entryStatus) out[name] = m.entryStatus[value as EntryStatus];
    else out[name] = value;
  }
  return out;
}
