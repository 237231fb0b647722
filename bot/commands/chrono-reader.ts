import * as chrono from 'chrono-node';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { localDate, nextDayMonth } from './dates.js';

/**
 * chrono-node reads what the phrase tables do not know: "dans 3 jours", "over een week",
 * "in zwei Wochen", "a week from now", "the first of December". The tables come first because
 * chrono 2.10 gets the core phrases wrong (see README.md): it reads "après-demain" as "demain",
 * puts "lundi" said on a Monday on today and makes that depend on the server's time zone.
 */
const READERS: Readonly<Record<Locale, chrono.Chrono>> = {
  fr: chrono.fr.casual,
  nl: chrono.nl.casual,
  de: chrono.de.casual,
  // Day first: "3/12" is the 3rd of December.
  en: chrono.en.GB,
};

/** chrono reads a few words; it never needs the rest of a long message. */
const WINDOW = 80;

export interface ChronoReading {
  date: LocalDate;
  /** Characters of `text` the expression covers. */
  length: number;
  language: Locale;
}

/**
 * The reference is today at noon as a *local* Date: chrono works on the local fields of the Date
 * it is given, so a local noon is the same day in every time zone (a UTC noon is tomorrow 02:00 in
 * Kiritimati, and `{ instant, timezone: 0 }` still moves "lundi" by a week in New York).
 */
function reference(today: LocalDate): Date {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0, 0);
}

/**
 * Reads a date at the very start of `text`, in the first of `languages` that can. Only a whole
 * day counts: no time of day ("14h", "tonight", "now"), no range, no weekday alone.
 */
export function readWithChrono(
  text: string,
  today: LocalDate,
  languages: readonly Locale[],
): ChronoReading | undefined {
  const window = text.slice(0, WINDOW).trimEnd();
  for (const language of languages) {
    let results: chrono.ParsedResult[];
    try {
      results = READERS[language].parse(window, reference(today), { forwardDate: true });
    } catch {
      continue;
    }
    const first = results[0];
    if (first === undefined || first.index !== 0 || (first.end !== undefined && first.end !== null)) continue;
    const start = first.start;
    if (!start.isCertain('day') || !start.isCertain('month') || start.isCertain('hour')) continue;
    // chrono keeps the reference's noon for a day; "tonight" or "this evening" move it.
    const hour = start.get('hour');
    if (hour !== null && Math.abs(hour - 12) > 1) continue;
    const day = start.get('day') as number;
    const month = start.get('month') as number;
    const date = start.isCertain('year')
      ? localDate(start.get('year') as number, month, day)
      : nextDayMonth(day, month, today);
    if (date === undefined) continue;
    return { date, length: first.text.trimEnd().length, language };
  }
  return undefined;
}
