import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';

/**
 * Intl formatting per language. Belgian variants for the three national languages; British
 * English for English (day before month, no comma games of en-US).
 */
export const INTL_LOCALE: Record<Locale, string> = {
  fr: 'fr-BE',
  nl: 'nl-BE',
  en: 'en-GB',
  de: 'de-BE',
};

/**
 * A LocalDate as a Date at noon UTC, formatted in UTC: whatever the machine's time zone, the
 * calendar day printed is the one written, never the day before or after.
 */
function noonUtc(date: LocalDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Building an Intl formatter costs far more than using one: one per language and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    formatters.set(key, format);
  }
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): (date: LocalDate) => string {
  const format = formatter(locale, { ...options, timeZone: 'UTC' });
  return (date) => format.format(noonUtc(date));
}

/** "vendredi 27 novembre 2026", "vrijdag 27 november 2026". */
export function formatLongDate(locale: Locale, date: LocalDate): string {
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })(date);
}

/** "ven. 27 nov.", "vr 27 nov": for buttons and the week list, where space is short. */
export function formatShortDate(locale: Locale, date: LocalDate): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' })(date);
}

/** "27 novembre", "27. November". */
export function formatDayMonth(locale: Locale, date: LocalDate): string {
  return dateFormat(locale, { day: 'numeric', month: 'long' })(date);
}

/** "novembre 2026". */
export function formatMonthYear(locale: Locale, date: LocalDate): string {
  return dateFormat(locale, { month: 'long', year: 'numeric' })(date);
}

/**
 * An instant (ISO string) as a date and time in Brussels, where every employer is: a decision
 * taken at 23:30 UTC happened the next day for the people reading the card.
 */
export function formatInstant(locale: Locale, at: string): string {
  const format = formatter(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? at : format.format(instant);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Half days as days with the language's decimal mark: 3 → "1,5" (fr, nl, de), "1.5" (en). */
export function formatHalves(locale: Locale, halves: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format.format(halves / 2);
}

/** "A, B et C" (conjunction) or "A, B ou C" (disjunction: any of the approvers may decide). */
export function formatList(locale: Locale, items: string[], type: 'conjunction' | 'disjunction'): string {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

/** "23–27 novembre 2026", "30 November – 4 December 2026": a week in a title. */
export function formatDateRange(locale: Locale, from: LocalDate, to: LocalDate): string {
  const format = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(noonUtc(from), noonUtc(to));
}
