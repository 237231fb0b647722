import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { QuotaFigures } from '../../core/policy/decision.js';
import { INTL_LOCALE } from '../i18n/format.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { type CardText, plain, truncate } from './card-text.js';
import { dayInSentence } from './day-label.js';
import { quotaLines, quotasNow } from './quota-lines.js';
import { noticeTemplate } from './templates/notice-template.js';

interface NoticeDay {
  date: LocalDate;
  part: DayPart;
}

export interface DecisionNoticeCardInput {
  locale: Locale;
  outcome: 'approved' | 'rejected';
  deciderName: string;
  days: NoticeDay[];
  /** The manager's note (DecideRequestInput.note): shown as typed, escaped. */
  note?: string;
  /** For an approved day: is it in Outlook yet? */
  calendarState?: 'in-calendar' | 'pending-sync' | 'sync-failed';
  /** The quotas as they stand after the decision (a rejection gives days back). */
  quotas?: QuotaFigures[];
  today?: LocalDate;
}

export interface CancellationCardInput {
  locale: Locale;
  days: NoticeDay[];
  /** 'removed' once the Outlook event is gone, 'pending-sync' while the removal is queued. */
  calendarState?: 'removed' | 'pending-sync';
  quotas?: QuotaFigures[];
  today?: LocalDate;
}

/** A note longer than this is cut: the card is a notice, the ledger keeps the whole note. */
export const MAX_NOTE_LENGTH = 500;

interface NoticeData {
  title: CardText;
  color: 'Good' | 'Attention' | 'Default';
  sentence: CardText;
  lines: Array<{ text: CardText }>;
  quotaTitle: CardText;
  quotas: Array<{ text: CardText }>;
}

/** To the requester: "Votre télétravail du vendredi 27 novembre 2026 a été approuvé par …". */
export function renderDecisionNoticeCard(input: DecisionNoticeCardInput): AdaptiveCardJson {
  const { locale } = input;
  const m = messagesFor(locale);
  const days = daysIn(locale, input.days);
  const approved = input.outcome === 'approved';
  const lines: Array<{ text: CardText }> = [];
  if (input.note?.trim())
    lines.push({ text: plain(m.notice.note(truncate(input.note.trim(), MAX_NOTE_LENGTH))) });
  if (approved) {
    const where = {
      'in-calendar': m.declaration.inCalendar,
      'pending-sync': m.declaration.pendingSync,
      'sync-failed': m.declaration.syncFailed,
    }[input.calendarState ?? 'pending-sync'];
    lines.push({ text: plain(sentence(locale, where)) });
  }
  const data: NoticeData = {
    title: plain(approved ? m.notice.approvedTitle : m.notice.rejectedTitle),
    color: approved ? 'Good' : 'Attention',
    sentence: plain(
      approved ? m.notice.approved(days, input.deciderName) : m.notice.rejected(days, input.deciderName),
    ),
    lines,
    quotaTitle: plain(m.declaration.quotaTitle),
    quotas: quotaLines(locale, m, quotasNow(input.quotas ?? []), input.today),
  };
  return expandCard(noticeTemplate, data);
}

/** The answer to "/telework cancel friday" (and to Undo). */
export function renderCancellationCard(input: CancellationCardInput): AdaptiveCardJson {
  const { locale } = input;
  const m = messagesFor(locale);
  const removed = input.calendarState === 'removed';
  const data: NoticeData = {
    title: plain(m.notice.cancelledTitle),
    color: 'Default',
    sentence: plain(m.notice.cancelled(daysIn(locale, input.days))),
    lines: [{ text: plain(removed ? m.notice.removedFromCalendar : m.notice.removalPending) }],
    quotaTitle: plain(m.declaration.quotaTitle),
    quotas: quotaLines(locale, m, quotasNow(input.quotas ?? []), input.today),
  };
  return expandCard(noticeTemplate, data);
}

export interface DutyNoticeCardInput {
  locale: Locale;
  change: 'assigned' | 'removed';
  teamName: string;
  byName: string;
  days: NoticeDay[];
}

/** To the person a manager put on (or took off) permanence duty, in their language. */
export function renderDutyNoticeCard(input: DutyNoticeCardInput): AdaptiveCardJson {
  const { locale } = input;
  const m = messagesFor(locale);
  const days = daysIn(locale, input.days);
  const assigned = input.change === 'assigned';
  const data: NoticeData = {
    title: plain(assigned ? m.notice.dutyAssignedTitle : m.notice.dutyRemovedTitle),
    color: assigned ? 'Attention' : 'Default',
    sentence: plain(
      assigned
        ? m.notice.dutyAssigned(days, input.teamName, input.byName)
        : m.notice.dutyRemoved(days, input.teamName, input.byName),
    ),
    lines: assigned ? [{ text: plain(m.notice.dutyInCalendars) }] : [],
    quotaTitle: plain(''),
    quotas: [],
  };
  return expandCard(noticeTemplate, data);
}

/** The days in date order, each as a sentence names it; the language's table joins them. */
function daysIn(locale: Locale, days: NoticeDay[]): string[] {
  const m = messagesFor(locale);
  return [...days]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((day) => dayInSentence(locale, m, day.date, day.part));
}

/** A fragment made a sentence of its own: "dans votre agenda Outlook" → "Dans votre agenda Outlook.". */
function sentence(locale: Locale, fragment: string): string {
  return `${fragment.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale])}${fragment.slice(1)}.`;
}
