import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { formatLongDate, formatShortDate } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

/** A day as the heading of its section: "vendredi 27 novembre 2026 · matin". */
export function dayHeading(locale: Locale, m: Messages, date: LocalDate, part: DayPart): string {
  return `${formatLongDate(locale, date)} · ${m.parts[part]}`;
}

/**
 * A day inside a sentence: the date alone for a full day, the half in brackets otherwise
 * ("vendredi 27 novembre 2026 (matin)"), as one writes it.
 */
export function dayInSentence(locale: Locale, m: Messages, date: LocalDate, part: DayPart): string {
  const long = formatLongDate(locale, date);
  return part === 'full' ? long : `${long} (${m.parts[part]})`;
}

/** A day on a button, where space is short: "lun. 30 nov." or "lun. 30 nov. · matin". */
export function dayButton(locale: Locale, m: Messages, date: LocalDate, part: DayPart): string {
  const short = formatShortDate(locale, date);
  return part === 'full' ? short : `${short} · ${m.parts[part]}`;
}
