import type { DayPart, LocalDate, Weekday } from '../calendar/local-date.js';
import type { TeleworkPolicy } from '../policy/policy.js';

/** Entra ID object id of a person (the `oid` claim, `activity.from.aadObjectId` in Teams). */
export type PersonId = string;
export type TeamId = string;
/** The languages the product speaks: the bot's tables, the cards and the organisation file all derive from this list. */
export const LOCALES = ['fr', 'nl', 'en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}
export type Role = 'HR' | 'Manager' | 'Admin';

/**
 * A working regime: the share of a full-time job, and the weekdays it is worked on.
 * 4/5 over Monday–Thursday keeps full 7h36 days; 4/5 over five days shortens each day.
 * The share is a fraction (numerator/denominator) so that quotas are pro-rated without floats.
 */
export interface Regime {
  numerator: number;
  denominator: number;
  days: Weekday[];
}

/** One item of a structural telework pattern: a weekday, whole or half. */
export interface PatternDay {
  weekday: Weekday;
  part: DayPart;
}

export type TeleworkArrangement =
  | { type: 'structural'; pattern: PatternDay[] }
  | { type: 'occasional' }
  | { type: 'none' };

export interface Person {
  id: PersonId;
  upn: string;
  displayName: string;
  locale: Locale;
  teams: TeamId[];
  function: string;
  regime: Regime;
  arrangement: TeleworkArrangement;
  roles: Role[];
}

/**
 * Minimum presence on site for one team, for the half days it names (all working half days when
 * none are named). `byFunction` adds minimums for people of a given function, e.g. one social
 * worker at all times.
 */
export interface PermanenceRule {
  minimumOnSite: number;
  byFunction: Record<string, number>;
  weekdays: Weekday[];
  halves: Array<'am' | 'pm'>;
}

export interface Team {
  id: TeamId;
  name: string;
  managers: PersonId[];
  permanence: PermanenceRule[];
  /** The shared mailbox that holds the team's permanence calendar (UPN or object id). */
  permanenceMailbox?: string;
}

/** Days the employer closes on top of the public holidays (bridge days, community holiday). */
export interface ClosingDays {
  dates: LocalDate[];
  /** Every year on the same day, written MM-DD (07-11 for the Flemish community holiday). */
  yearly: string[];
}

export interface Employer {
  name: string;
  /** Region for public holidays: BRU, VLG, WAL or DE (date-holidays' states of BE). */
  holidayRegion?: 'BRU' | 'VLG' | 'WAL' | 'DE';
  closingDays: ClosingDays;
  timeZone: 'Europe/Brussels';
}

/** A function's name as people read it, in each language ("social-worker" → "assistant social"). */
export type FunctionNames = Readonly<Record<Locale, string>>;

export interface Organisation {
  employer: Employer;
  people: Person[];
  teams: Team[];
  policy: TeleworkPolicy;
  /**
   * Display names of the functions (Person.function, PermanenceRule.byFunction) per language.
   * Absent or without a function: the cards show the function's key.
   */
  functions?: Readonly<Record<string, FunctionNames>>;
}
