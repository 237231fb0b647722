import { workingDaysFor } from '../calendar/day-off.js';
import {
  addDays,
  firstDayOfMonth,
  type LocalDate,
  lastDayOfMonth,
  monthOf,
  startOfWeek,
  yearOf,
} from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Person, Regime } from '../organisation/organisation.js';
import { activeHalvesBetween, type EntryFacts } from './active-entries.js';
import { isFullTime } from './day-value.js';
import type { QuotaFigures } from './decision.js';
import type { Quota } from './policy.js';

export interface QuotaContext {
  calendar: WorkingCalendar;
  /** Active entries of the person over the periods asked about; other people's are ignored. */
  activeEntries: ReadonlyArray<EntryFacts>;
}

export interface QuotaPeriod {
  start: LocalDate;
  end: LocalDate;
}

const PERIOD_ORDER: Record<Quota['period'], number> = { week: 0, month: 1, year: 2 };

/** The ISO week (Monday–Sunday), the calendar month or the calendar year that holds `date`. */
export function quotaPeriod(period: Quota['period'], date: LocalDate): QuotaPeriod {
  switch (period) {
    case 'week': {
      const start = startOfWeek(date);
      return { start, end: addDays(start, 6) };
    }
    case 'month':
      return { start: firstDayOfMonth(monthOf(date)), end: lastDayOfMonth(monthOf(date)) };
    case 'year':
      return { start: `${yearOf(date)}-01-01`, end: `${yearOf(date)}-12-31` };
  }
}

/** Days written in a policy (2, 1.5) as half days, so that everything after is integer. */
function halvesOfDays(days: number): number {
  return Math.round(days * 2);
}

/** share × halves, rounded down to a whole half day: a quota is never rounded in the person's favour. */
function proRate(halves: number, share: { numerator: number; denominator: number }): number {
  return Math.floor((halves * share.numerator) / share.denominator);
}

/**
 * The most half days of telework the quota allows in the period that starts at `periodStart`.
 * Week: 2 days at 4/5 → floor(4 × 4/5) = 3 halves. Month (Rumst): 8 days full time, 5 below full
 * time, pro-rated only when the policy says so. Year (federal): 3/5 of the days the person
 * actually works that year, net of weekends, public holidays, closing days and days off of the regime.
 */
export function quotaLimitHalves(
  quota: Quota,
  regime: Regime,
  periodStart: LocalDate,
  calendar: WorkingCalendar,
): number {
  switch (quota.period) {
    case 'week': {
      const halves = halvesOfDays(quota.days);
      return quota.proRata ? proRate(halves, regime) : halves;
    }
    case 'month': {
      const days =
        !isFullTime(regime) && quota.belowFullTimeDays !== undefined ? quota.belowFullTimeDays : quota.days;
      const halves = halvesOfDays(days);
      return quota.proRata ? proRate(halves, regime) : halves;
    }
    case 'year': {
      const year = yearOf(periodStart);
      const workingDays = workingDaysFor(regime, `${year}-01-01`, `${year}-12-31`, calendar);
      return proRate(workingDays * 2, quota.shareOfWorkingDays);
    }
  }
}

/** Limit, use and what is left of one quota for the period holding `date`. */
export function quotaFigures(
  quota: Quota,
  person: Pick<Person, 'id' | 'regime'>,
  date: LocalDate,
  context: QuotaContext,
): QuotaFigures {
  const period = quotaPeriod(quota.period, date);
  const limitHalves = quotaLimitHalves(quota, person.regime, period.start, context.calendar);
  const usedHalves = activeHalvesBetween(context.activeEntries, person.id, period.start, period.end);
  return {
    period: quota.period,
    periodStart: period.start,
    limitHalves,
    usedHalves,
    leftHalves: Math.max(0, limitHalves - usedHalves),
  };
}

/** Figures of every quota of the policy, shortest period first (week, month, year). */
export function quotaFiguresFor(
  quotas: ReadonlyArray<Quota>,
  person: Pick<Person, 'id' | 'regime'>,
  date: LocalDate,
  context: QuotaContext,
): QuotaFigures[] {
  return [...quotas]
    .sort((a, b) => PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period])
    .map((quota) => quotaFigures(quota, person, date, context));
}
