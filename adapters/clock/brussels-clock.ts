import type { LocalDate } from '../../core/calendar/local-date.js';

/**
 * The product's only clock. Belgian employers count days in Brussels time: just after midnight
 * UTC on 1 January it is already 1 January in Brussels, and at 23:30 UTC on 31 March it is
 * 1 April there (summer time).
 */
export interface Clock {
  /** The current instant, ISO 8601 in UTC. */
  now(): string;
  /** Today's date in Europe/Brussels. */
  today(): LocalDate;
}

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

const brusselsOffset = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  timeZoneName: 'longOffset',
});

/** Brussels' offset from UTC at that instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetInBrussels(instant: Date): number {
  const name = brusselsOffset.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/**
 * Local mode's demo clock (LOCAL_TODAY): at start it is `firstDay` in Brussels, at the wall-clock
 * time it really is, and time runs on from there, so a trainer can play a month, close it and
 * correct it. Shifted by whole days of Brussels wall-clock time: a first day across a change of
 * summer time keeps the hour people see.
 */
export function clockStartingOn(firstDay: LocalDate, realNow: () => Date = () => new Date()): Clock {
  const start = realNow();
  const days = Math.round(
    (Date.parse(`${firstDay}T00:00:00Z`) - Date.parse(`${dateInBrussels(start)}T00:00:00Z`)) / 86_400_000,
  );
  const roughly = new Date(start.getTime() + days * 86_400_000);
  const shift = days * 86_400_000 + offsetInBrussels(start) - offsetInBrussels(roughly);
  const now = () => new Date(realNow().getTime() + shift);
  return {
    now: () => now().toISOString(),
    today: () => dateInBrussels(now()),
  };
}
