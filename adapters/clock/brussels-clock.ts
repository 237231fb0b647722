import type { Clock } from '../../core/calendar/clock.js';
import type { LocalDate } from '../../core/calendar/local-date.js';

export type { Clock };

// The product's only clock. Belgian employers count days in Brussels time: just after midnight
// UTC on 1 January it is already 1 January in Brussels, and at 23:30 UTC on 31 March it is
// 1 April there (summer time).
const brusselsDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function dateInBrussels(instant: Date): LocalDate {
  // en-CA formats as YYYY-MM-DD.
  return brusselsDate.format(instant);
}

export function systemClock(): Clock {
  return {
    now: () => new Date().toISOString(),
    today: () => dateInBrussels(new Date()),
  };
}
