import type { DayPart, LocalDate, Month, Weekday } from '../calendar/local-date.js';
import type { Correction } from '../ledger/ledger.js';
import type { Person, PersonId, TeamId, TeleworkArrangement } from '../organisation/organisation.js';
import { type AllowanceLine, monthlyTally } from '../policy/allowance.js';
import type { CrisisDays } from '../policy/crisis-days.js';
import { dayValueMinutes } from '../policy/day-value.js';
import type { TeleworkPolicy } from '../policy/policy.js';
import { type CorrectionLine, correctionLines, type OriginalMonth } from './correction-effects.js';

/** One person's month for HR and payroll: the month's own days, the corrections carried into it, the money. */
export interface PersonMonthTally {
  personId: PersonId;
  upn: string;
  displayName: string;
  teams: TeamId[];
  /** The share of full time written as a fraction (4/5, 1/2, 1/1) and as a number, and the weekdays worked. */
  regime: { share: string; fraction: number; days: Weekday[] };
  /** What a full day is worth for this person (456 = 7h36 at full time). */
  dayValueMinutes: number;
  arrangement: TeleworkArrangement['type'];
  /** A structural arrangement's weekly pattern, as written in the organisation file (tue, thu-am). */
  pattern: string[];
  fullDays: number;
  halfDays: number;
  /** Full days count 1, half days 0.5. */
  teleworkDays: number;
  minutes: number;
  allowance: {
    cents: number;
    /** The policy preset whose rules produced the amount. */
    preset: string;
    /** The rules that paid, joined by '+': per-day, flat:<label>, cap; 'none' when nothing is paid. */
    rule: string;
    lines: AllowanceLine[];
  };
  /** Changes to days of closed months, carried into this month (see correction-effects.ts). */
  corrections: { days: number; minutes: number; cents: number; lines: CorrectionLine[] };
  /** What payroll pays for the month: the allowance plus the corrections' amounts. */
  totalCents: number;
}

export interface PersonMonthInput {
  person: Person;
  policy: TeleworkPolicy;
  /** The days that count in the month (accepted entries, or the frozen copy of a closed month). */
  days: ReadonlyArray<{ part: DayPart; date?: LocalDate; crisis?: boolean }>;
  /** The dated crises: crisis days are paid by the crisis rule. */
  crisisPeriods?: CrisisDays;
  /** The corrections carried into the month, in the order they were made. */
  corrections: readonly Correction[];
  /** For each original month of those corrections, how it stood before them. */
  originals: ReadonlyMap<Month, OriginalMonth>;
}

export function allowanceRule(lines: readonly AllowanceLine[]): string {
  if (lines.length === 0) return 'none';
  return lines
    .map((line) => {
      const rule = line.rule === 'flat' ? `flat:${line.label}` : line.rule;
      return line.crisis ? `crisis:${rule}` : rule;
    })
    .join('+');
}

function patternOf(arrangement: TeleworkArrangement): string[] {
  if (arrangement.type !== 'structural') return [];
  return arrangement.pattern.map((day) => (day.part === 'full' ? day.weekday : `${day.weekday}-${day.part}`));
}

/** One person's tally for one month: pure, the store's reads are handed in. */
export function personMonthTally(input: PersonMonthInput): PersonMonthTally {
  const { person, policy } = input;
  const own = monthlyTally(input.days, person, policy, input.crisisPeriods ?? []);
  const lines = correctionLines(input.corrections, input.originals, person, policy);
  const sum = (pick: (line: CorrectionLine) => number) =>
    lines.reduce((total, line) => total + pick(line), 0);
  const correctionCents = sum((line) => line.cents);
  return {
    personId: person.id,
    upn: person.upn,
    displayName: person.displayName,
    teams: [...person.teams],
    regime: {
      share: `${person.regime.numerator}/${person.regime.denominator}`,
      fraction: Math.round((person.regime.numerator / person.regime.denominator) * 10_000) / 10_000,
      days: [...person.regime.days],
    },
    dayValueMinutes: dayValueMinutes(person.regime, policy),
    arrangement: person.arrangement.type,
    pattern: patternOf(person.arrangement),
    fullDays: own.fullDays,
    halfDays: own.halfDays,
    teleworkDays: own.teleworkDays,
    minutes: own.minutes,
    allowance: {
      cents: own.allowance.totalCents,
      preset: policy.preset,
      rule: allowanceRule(own.allowance.lines),
      lines: own.allowance.lines,
    },
    corrections: {
      days: sum((line) => line.days),
      minutes: sum((line) => line.minutes),
      cents: correctionCents,
      lines,
    },
    totalCents: own.allowance.totalCents + correctionCents,
  };
}
