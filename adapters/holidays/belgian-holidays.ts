import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { assertLocalDate } from '../../core/calendar/day-off.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { ClosingDays, Employer, Locale } from '../../core/organisation/organisation.js';

// Required on first use, not imported: date-holidays reads its rules for every country when it
// loads (a few hundred milliseconds), which the server's start does not need to wait for.
const require = createRequire(import.meta.url);
let holidaysClass: typeof Holidays | undefined;
const loadHolidays = (): typeof Holidays => {
  holidaysClass ??= require('date-holidays') as typeof Holidays;
  return holidaysClass;
};

export type BelgianRegion = NonNullable<Employer['holidayRegion']>;
export type HolidayLanguage = Locale;

export interface BelgianCalendarOptions {
  /** BRU, VLG, WAL or DE; the national holidays only when absent. */
  region?: BelgianRegion;
  closingDays: ClosingDays;
  /** Language of the holiday names; date-holidays' default for the region when absent. */
  language?: HolidayLanguage;
}

/**
 * Public holidays of Belgium, as a lookup by date, from date-holidays. Only type 'public' counts:
 * the community holidays (11 July in Flanders, 27 September in Wallonia) and 26 December are
 * observances there, not days off by law; an employer that closes on them lists them as yearly
 * closing days. Each year is computed once and kept.
 */
export function belgianPublicHolidays(
  region?: BelgianRegion,
  language?: HolidayLanguage,
): (date: LocalDate) => string | undefined {
  let holidays: Holidays | undefined;
  const byYear = new Map<number, Map<LocalDate, string>>();

  function yearTable(year: number): Map<LocalDate, string> {
    let table = byYear.get(year);
    if (table === undefined) {
      table = new Map();
      const HolidaysOfCountry = loadHolidays();
      holidays ??= region === undefined ? new HolidaysOfCountry('BE') : new HolidaysOfCountry('BE', region);
      for (const holiday of holidays.getHolidays(year, language)) {
        // holiday.date is "YYYY-MM-DD hh:mm:ss": the local calendar day comes first.
        if (holiday.type === 'public') table.set(holiday.date.slice(0, 10), holiday.name);
      }
      byYear.set(year, table);
    }
    return table;
  }

  return (date) => {
    assertLocalDate(date);
    return yearTable(Number(date.slice(0, 4))).get(date);
  };
}

/** The WorkingCalendar the policy needs for a Belgian employer. */
export function belgianWorkingCalendar(options: BelgianCalendarOptions): WorkingCalendar {
  const byLanguage = new Map<HolidayLanguage, (date: LocalDate) => string | undefined>();
  return {
    publicHoliday: belgianPublicHolidays(options.region, options.language),
    publicHolidayIn(date, language) {
      let lookup = byLanguage.get(language);
      if (!lookup) {
        lookup = belgianPublicHolidays(options.region, language);
        byLanguage.set(language, lookup);
      }
      return lookup(date);
    },
    closingDays: options.closingDays,
  };
}
