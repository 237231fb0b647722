import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { CrisisRole } from '../../core/policy/crisis-days.js';
import { CRISIS_MESSAGES } from '../i18n/crisis-messages.js';
import { formatLongDate } from '../i18n/format.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { plain, truncate } from './card-text.js';
import { noticeTemplate } from './templates/notice-template.js';

export type CrisisCardInput =
  | { locale: Locale; change: 'started'; from: LocalDate; reason: string; role: CrisisRole }
  | { locale: Locale; change: 'ended'; to: LocalDate };

/** The reason HR typed is shown escaped and cut: the crisis periods keep it whole. */
const MAX_REASON_LENGTH = 300;

/**
 * To everyone who installed the app, when a crisis starts or ends: what changes for them (telework
 * is the norm, their function is essential and stays on site, their mission is suspended).
 */
export function renderCrisisCard(input: CrisisCardInput): AdaptiveCardJson {
  const m = CRISIS_MESSAGES[input.locale];
  const started = input.change === 'started';
  const data = started
    ? {
        title: plain(m.startedTitle),
        color: 'Attention',
        sentence: plain(
          m.started(formatLongDate(input.locale, input.from), truncate(input.reason, MAX_REASON_LENGTH)),
        ),
        lines: [{ text: plain(m.role[input.role]) }],
      }
    : {
        title: plain(m.endedTitle),
        color: 'Good',
        sentence: plain(m.ended(formatLongDate(input.locale, input.to))),
        lines: [{ text: plain(m.afterEnd) }],
      };
  return expandCard(noticeTemplate, { ...data, quotaTitle: plain(''), quotas: [] });
}
