import { halvesOf, type LocalDate, monthOf, startOfWeek, yearOf } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { DayDecision, QuotaFigures } from '../../core/policy/decision.js';
import { formatDayMonth, formatHalves, formatMonthYear } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { type CardText, plain } from './card-text.js';

/** A quota and what is left of it now. */
export interface QuotaLeft {
  quota: QuotaFigures;
  leftHalves: number;
}

const PERIOD_ORDER: Record<QuotaFigures['period'], number> = { week: 0, month: 1, year: 2 };

/**
 * "cette semaine" when the period holds today, "la semaine du 30 novembre" otherwise: a request
 * for next week must not say "this week". Without today the period is always named.
 */
export function periodPhrase(locale: Locale, m: Messages, quota: QuotaFigures, today?: LocalDate): string {
  const { period, periodStart } = quota;
  if (today !== undefined && isCurrent(period, periodStart, today)) return m.periodCurrent[period];
  if (period === 'week') return m.periodOther.week(formatDayMonth(locale, periodStart));
  if (period === 'month') return m.periodOther.month(formatMonthYear(locale, periodStart));
  return m.periodOther.year(String(yearOf(periodStart)));
}

function isCurrent(period: QuotaFigures['period'], periodStart: LocalDate, today: LocalDate): boolean {
  if (period === 'week') return startOfWeek(today) === periodStart;
  if (period === 'month') return monthOf(today) === monthOf(periodStart);
  return yearOf(today) === yearOf(periodStart);
}

/**
 * What is left after a request, per period it touched. Decisions are cumulative (core's
 * evaluateRequest counts each accepted or pending day for the ones decided after it, agreed
 * structural days first), so the day of a period with the fewest halves used holds the figures
 * from before the request; every day of the period that was not refused then takes its halves.
 * A full day over a half day already held takes one half only: it would show one half too few,
 * never too many, and the clamp keeps it at zero.
 */
export function quotasAfterDeclaration(decisions: ReadonlyArray<DayDecision>): QuotaLeft[] {
  const before = new Map<string, QuotaFigures>();
  const taken = new Map<string, number>();
  for (const decision of decisions) {
    const halves = decision.outcome === 'refuse' ? 0 : halvesOf(decision.part).length;
    for (const quota of decision.figures.quotas) {
      const key = `${quota.period}:${quota.periodStart}`;
      const earliest = before.get(key);
      if (earliest === undefined || quota.usedHalves < earliest.usedHalves) before.set(key, quota);
      taken.set(key, (taken.get(key) ?? 0) + halves);
    }
  }
  return sortQuotas(
    [...before.entries()].map(([key, quota]) => ({
      quota,
      leftHalves: Math.max(0, quota.leftHalves - (taken.get(key) ?? 0)),
    })),
  );
}

/** Quotas as they stand (a week list, a cancellation): what is left is `leftHalves`. */
export function quotasNow(quotas: ReadonlyArray<QuotaFigures>): QuotaLeft[] {
  return sortQuotas(quotas.map((quota) => ({ quota, leftHalves: quota.leftHalves })));
}

function sortQuotas(items: QuotaLeft[]): QuotaLeft[] {
  return items.sort(
    (a, b) =>
      PERIOD_ORDER[a.quota.period] - PERIOD_ORDER[b.quota.period] ||
      (a.quota.periodStart < b.quota.periodStart ? -1 : 1),
  );
}

/** "1,5 jour restant cette semaine", "Plus aucun jour de télétravail possible en décembre 2026". */
export function quotaLines(
  locale: Locale,
  m: Messages,
  items: ReadonlyArray<QuotaLeft>,
  today?: LocalDate,
): Array<{ text: CardText }> {
  return items.map(({ quota, leftHalves }) => {
    const period = periodPhrase(locale, m, quota, today);
    if (leftHalves <= 0) return { text: plain(m.quotaNoneLeft(period)) };
    const left = m.days(formatHalves(locale, leftHalves), leftHalves);
    return { text: plain(m.quotaLeft(left, leftHalves, period)) };
  });
}

/** "1 jour déjà pris sur un maximum de 2 jours cette semaine": the figures before a request. */
export function quotaUsedText(locale: Locale, m: Messages, quota: QuotaFigures, today?: LocalDate): string {
  return m.quotaUsed(
    m.days(formatHalves(locale, quota.usedHalves), quota.usedHalves),
    m.days(formatHalves(locale, quota.limitHalves), quota.limitHalves),
    periodPhrase(locale, m, quota, today),
  );
}
