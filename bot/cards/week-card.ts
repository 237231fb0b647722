import {
  addDays,
  type DayPart,
  type HalfDay,
  halvesOf,
  type LocalDate,
  startOfWeek,
} from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { QuotaFigures } from '../../core/policy/decision.js';
import { formatDateRange, formatShortDate } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { type CardText, plain } from './card-text.js';
import { quotaLines, quotasNow } from './quota-lines.js';
import { weekTemplate } from './templates/week-template.js';

/** What the person's day holds; a weekday the caller leaves out is a plain day on site. */
export interface WeekDay {
  date: LocalDate;
  /** The person's active telework entries that day. */
  entries?: Array<{ part: DayPart; status: 'accepted' | 'pending' }>;
  /** A day off: public holiday (with its name), the employer's closing day, or not in the regime. */
  off?: { kind: 'public-holiday' | 'closing-day' | 'day-off'; name?: string };
  /** Half days the person is on the team's permanence schema. */
  duties?: HalfDay[];
}

export interface WeekCardInput {
  locale: Locale;
  /** Any day of the week shown; the card runs Monday to Friday. */
  weekOf: LocalDate;
  /** 'this' for "/telework week", 'next' for "/telework next week"; absent: the week's dates alone. */
  which?: 'this' | 'next';
  days: WeekDay[];
  /** The quotas as they stand for that week. */
  quotas?: QuotaFigures[];
  today?: LocalDate;
}

type Color = 'Default' | 'Accent' | 'Warning';
interface Line {
  text: CardText;
  color: Color;
}

export function renderWeekCard(input: WeekCardInput): AdaptiveCardJson {
  const { locale } = input;
  const m = messagesFor(locale);
  const monday = startOfWeek(input.weekOf);
  const range = formatDateRange(locale, monday, addDays(monday, 4));
  const title =
    input.which === 'this'
      ? m.week.thisWeek(range)
      : input.which === 'next'
        ? m.week.nextWeek(range)
        : m.week.title(range);
  const days = [0, 1, 2, 3, 4].map((offset) => {
    const date = addDays(monday, offset);
    const day = input.days.find((d) => d.date === date) ?? { date };
    return { day: plain(formatShortDate(locale, date)), lines: dayLines(m, day) };
  });
  return expandCard(weekTemplate, {
    title: plain(title),
    days,
    quotaTitle: plain(m.declaration.quotaTitle),
    quotas: quotaLines(locale, m, quotasNow(input.quotas ?? []), input.today),
  });
}

function dayLines(m: Messages, day: WeekDay): Line[] {
  const line = (text: string, color: Color = 'Default'): Line => ({ text: plain(text), color });
  if (day.off) {
    const name = day.off.name ?? '';
    if (day.off.kind === 'public-holiday') return [line(m.week.holiday(name))];
    if (day.off.kind === 'closing-day') return [line(m.week.closingDay(name))];
    return [line(m.week.dayOff)];
  }
  const entries = [...(day.entries ?? [])].sort((a, b) => order(a.part) - order(b.part));
  const lines = entries.map((entry) =>
    entry.status === 'accepted'
      ? line(m.week.telework(m.parts[entry.part]), 'Accent')
      : line(m.week.pending(m.parts[entry.part]), 'Warning'),
  );
  // A half day of telework leaves the other half on site: say so, the week reads at a glance.
  const away = new Set(entries.flatMap((entry) => halvesOf(entry.part)));
  if (away.size === 0) lines.push(line(m.week.onSite));
  else if (away.size === 1) {
    const other: HalfDay = away.has('am') ? 'pm' : 'am';
    lines.push(line(`${m.week.onSite} (${m.parts[other]})`));
  }
  for (const half of day.duties ?? []) lines.push(line(m.week.onDuty(m.parts[half])));
  return lines;
}

function order(part: DayPart): number {
  return part === 'am' ? 0 : part === 'pm' ? 1 : -1;
}
