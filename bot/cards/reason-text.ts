import type { HalfDay, LocalDate } from '../../core/calendar/local-date.js';
import type { Locale, TeamId } from '../../core/organisation/organisation.js';
import type { DayDecision, PresenceFigures, QuotaFigures } from '../../core/policy/decision.js';
import { formatHalves } from '../i18n/format.js';
import type { Messages, PresenceParams, ReasonParams } from '../i18n/messages.js';
import { periodPhrase } from './quota-lines.js';

/** Names the cards show instead of ids: teams and functions come from the organisation file. */
export interface DisplayNames {
  teamNames?: Readonly<Record<TeamId, string>>;
  /** "social-worker" → "assistant social"; the id is shown when a name is missing. */
  functionNames?: Readonly<Record<string, string>>;
  /** Person id → display name, for who else is on site on an approval card. */
  personNames?: Readonly<Record<string, string>>;
}

export interface ReasonContext extends DisplayNames {
  locale: Locale;
  m: Messages;
  today?: LocalDate;
  /** The public holiday's or closing day's name, for PUBLIC_HOLIDAY and CLOSING_DAY. */
  holidayName?: string;
  /** The policy's booking horizon, for TOO_FAR_AHEAD. */
  bookingHorizonDays?: number;
  /** The requester's function (Person.function), named for FUNCTION_EXCLUDED. */
  personFunction?: string;
}

const QUOTA_PERIOD: Partial<Record<DayDecision['reason'], QuotaFigures['period']>> = {
  WEEKLY_QUOTA_EXCEEDED: 'week',
  MONTHLY_QUOTA_EXCEEDED: 'month',
  YEARLY_QUOTA_EXCEEDED: 'year',
};

/** The reason of a decision in plain words, with the figures it rests on. */
export function reasonText(decision: DayDecision, context: ReasonContext): string {
  const { m } = context;
  if (decision.outcome === 'accept') return m.declaration.acceptReason[decision.reason];
  const params = reasonParams(decision, context);
  if (decision.outcome === 'needs-approval') return m.declaration.approvalReason[decision.reason](params);
  return m.declaration.refusalReason[decision.reason](params);
}

export function reasonParams(decision: DayDecision, context: ReasonContext): ReasonParams {
  const { locale, m } = context;
  const params: ReasonParams = {};
  if (context.holidayName) params.holidayName = context.holidayName;
  if (context.bookingHorizonDays !== undefined) params.bookingHorizonDays = context.bookingHorizonDays;
  if (decision.part !== 'full') params.half = m.parts[decision.part];
  if (decision.reason === 'FUNCTION_EXCLUDED' && context.personFunction !== undefined) {
    params.functionName = context.functionNames?.[context.personFunction] ?? context.personFunction;
  }
  const period = QUOTA_PERIOD[decision.reason];
  const quota = period && decision.figures.quotas.find((q) => q.period === period);
  if (quota) {
    params.quota = {
      used: m.days(formatHalves(locale, quota.usedHalves), quota.usedHalves),
      limit: m.days(formatHalves(locale, quota.limitHalves), quota.limitHalves),
      period: periodPhrase(locale, m, quota, context.today),
    };
  }
  // The figure that breaks the rule is the one to explain; there may be others that hold.
  const broken = decision.figures.presence.find((p) => p.onSiteAfter < p.minimum);
  if (broken) params.permanence = presenceParams(broken, context);
  return params;
}

export function presenceParams(
  figure: PresenceFigures,
  context: Pick<ReasonContext, 'm' | 'teamNames' | 'functionNames'>,
): PresenceParams {
  const half: HalfDay = figure.half;
  const params: PresenceParams = {
    team: context.teamNames?.[figure.teamId] ?? figure.teamId,
    half: context.m.parts[half],
    minimum: figure.minimum,
    onSiteAfter: figure.onSiteAfter,
  };
  if (figure.function !== null)
    params.functionName = context.functionNames?.[figure.function] ?? figure.function;
  return params;
}
