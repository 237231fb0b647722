import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { CrisisRole } from '../../core/policy/crisis-days.js';
import type { TeamWeekCoverage } from '../../core/use-cases/crisis-team-coverage.js';
import { CRISIS_MESSAGES } from '../i18n/crisis-messages.js';
import { formatList, formatLongDate, formatShortDate } from '../i18n/format.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { plain, truncate } from './card-text.js';
import { noticeTemplate } from './templates/notice-template.js';
import { teamCoverageTemplate } from './templates/team-coverage-template.js';

export type CrisisCardInput =
  | { locale: Locale; change: 'started'; from: LocalDate; reason: string; role: CrisisRole }
  | { locale: Locale; change: 'ended'; to: LocalDate }
  | TeamCoverageCardInput
  | LentCardInput;

/** To the lent person, once HR or Admin approve: the team, the first day, the function, who asked. */
export interface LentCardInput {
  locale: Locale;
  change: 'lent';
  teamName: string;
  from: LocalDate;
  functionName: string;
  askedByName: string;
}

export interface TeamCoverageCardInput {
  locale: Locale;
  change: 'team-coverage';
  from: LocalDate;
  to: LocalDate;
  teams: ReadonlyArray<Pick<TeamWeekCoverage, 'teamName' | 'halfDays' | 'suspended'>>;
}

/** The reason HR typed is shown escaped and cut: the crisis periods keep it whole. */
const MAX_REASON_LENGTH = 300;

/**
 * To everyone who installed the app, when a crisis starts or ends: what changes for them (telework
 * is the norm, their function is essential and stays on site, their mission is suspended).
 */
export function renderCrisisCard(input: CrisisCardInput): AdaptiveCardJson {
  if (input.change === 'team-coverage') return renderTeamCoverageCard(input);
  if (input.change === 'lent') return renderLentCard(input);
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

/**
 * To a person whose mission the crisis suspends, when their loan to an essential team is approved:
 * their crisis card said the mission is suspended, this one says where they are expected instead.
 */
export function renderLentCard(input: LentCardInput): AdaptiveCardJson {
  const m = CRISIS_MESSAGES[input.locale];
  return expandCard(noticeTemplate, {
    title: plain(m.lentTitle),
    color: 'Accent',
    sentence: plain(m.lent(input.teamName, formatLongDate(input.locale, input.from), input.functionName)),
    lines: [{ text: plain(m.lentAskedBy(input.askedByName)) }],
    quotaTitle: plain(''),
    quotas: [],
  });
}

/**
 * To each manager when a crisis starts: every team they manage, a line per working day of the
 * crisis's first week with each half day's people on site against the minimum in force, and the
 * people whose mission is suspended (not counted, not absent either).
 */
export function renderTeamCoverageCard(input: TeamCoverageCardInput): AdaptiveCardJson {
  const m = CRISIS_MESSAGES[input.locale];
  const teams = input.teams.map((team) => {
    const dates = [...new Set(team.halfDays.map((halfDay) => halfDay.date))];
    return {
      name: plain(team.teamName),
      days: dates.map((date) => {
        const halves = team.halfDays.filter((halfDay) => halfDay.date === date);
        const value = halves.every((halfDay) => halfDay.closed)
          ? m.closed
          : halves
              .map((halfDay) =>
                m.halfFigures(m.half[halfDay.part], halfDay.onSite, halfDay.needed, halfDay.short),
              )
              .join(' · ');
        return { title: plain(formatShortDate(input.locale, date)), value: plain(value) };
      }),
      suspended: plain(
        team.suspended.length > 0
          ? m.suspended(formatList(input.locale, [...team.suspended], 'conjunction'))
          : m.noneSuspended,
      ),
    };
  });
  return expandCard(teamCoverageTemplate, {
    title: plain(m.coverageTitle),
    sentence: plain(
      m.coverageSentence(formatLongDate(input.locale, input.from), formatLongDate(input.locale, input.to)),
    ),
    teams,
  });
}
