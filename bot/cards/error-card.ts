import { isLocalDate, isMonth } from '../../core/calendar/local-date.js';
import type { ErrorCode } from '../../core/errors/error-catalogue.js';
import type { EntryStatus } from '../../core/ledger/ledger.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { formatLongDate, formatMonthYear } from '../i18n/format.js';
import type { ErrorParams, Messages } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { plain, truncate } from './card-text.js';
import { errorTemplate } from './templates/error-template.js';

export interface ErrorCardInput {
  locale: Locale;
  /** A DomainError, or its code and params as they came back from the API. */
  error: { code: ErrorCode; params?: Readonly<Record<string, string | number>> };
  /** The employer's name, for "you are not in {employer}'s organisation file". */
  employerName?: string;
}

/** A value typed by the person (INVALID_DATE's `value`) can be anything: keep the card short. */
const MAX_PARAM_LENGTH = 80;

const EMPLOYER_FALLBACK: Record<Locale, string> = {
  fr: 'votre employeur',
  nl: 'je werkgever',
  en: 'your employer',
  de: 'Ihrem Arbeitgeber',
};

/** The error catalogue's only translation for people: the message, and the code for the helpdesk. */
export function renderErrorCard(input: ErrorCardInput): AdaptiveCardJson {
  const m = messagesFor(input.locale);
  const { code } = input.error;
  return expandCard(errorTemplate, {
    title: plain(m.error.title),
    message: plain(errorMessage(input.locale, code, input.error.params ?? {}, input.employerName)),
    code: plain(m.error.code(code)),
  });
}

/** The sentence alone, for a reply where a card does not fit (a typing hint, a log line for support). */
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
