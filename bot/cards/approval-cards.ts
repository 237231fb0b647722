import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { DayDecision } from '../../core/policy/decision.js';
import { formatInstant, formatList } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { type CardText, plain } from './card-text.js';
import { dayHeading } from './day-label.js';
import { quotaUsedText } from './quota-lines.js';
import {
  type DisplayNames,
  presenceParams,
  type ReasonContext,
  reasonParams,
  reasonText,
} from './reason-text.js';
import { approvalDecidedTemplate, approvalRequestTemplate } from './templates/approval-templates.js';

/** Where one requested day stands. `at` is the ISO instant of the decision. */
export type ApprovalState =
  | { status: 'pending' }
  | { status: 'approved' | 'rejected'; byName: string; at: string }
  | { status: 'cancelled' };

/** Who else stays on site on a half day whose minimum the request would break. */
export interface OthersOnSite {
  teamId: string;
  half: 'am' | 'pm';
  function: string | null;
  personIds: string[];
}

export interface ApprovalRequestDay {
  entryId: string;
  /** The policy's needs-approval decision: its reason and figures are what the manager weighs. */
  decision: DayDecision;
  /** For each minimum the request breaks: who else is on site that half (names on the card). */
  othersOnSite?: OthersOnSite[];
  /** Absent: pending. A day decided meanwhile shows who decided, without buttons. */
  state?: ApprovalState;
}

export interface ApprovalRequestCardInput extends DisplayNames {
  locale: Locale;
  requesterName: string;
  days: ApprovalRequestDay[];
  /**
   * Who gets the card refreshed automatically: the approvers, as Teams user ids (the `from.id`
   * of their activities, "29:…"). Teams takes at most 60.
   */
  refreshUserIds: string[];
  today?: LocalDate;
}

/** The decided card needs no figures: the day, its kind and the decision. */
export interface ApprovalDecidedDay {
  date: LocalDate;
  part: DayDecision['part'];
  kind: DayDecision['kind'];
  state: ApprovalState;
}

export interface ApprovalDecidedCardInput {
  locale: Locale;
  requesterName: string;
  days: ApprovalDecidedDay[];
}

interface ApprovalDaySection {
  heading: CardText;
  reason: CardText | '';
  facts: Array<{ title: CardText; value: CardText }>;
  state: CardText | '';
  stateColor: 'Default' | 'Good' | 'Warning' | 'Attention';
  pending: boolean;
  entryId: string;
}

/** The request sent to the manager: who, which days, why, the figures, Approve and Reject per day. */
export function renderApprovalRequestCard(input: ApprovalRequestCardInput): AdaptiveCardJson {
  const { locale } = input;
  const m = messagesFor(locale);
  const days = input.days.map((day): ApprovalDaySection => {
    const { decision } = day;
    const state = day.state ?? { status: 'pending' };
    const presence = decision.figures.presence.flatMap((figure) => [
      {
        title: plain(m.approval.presence),
        value: plain(m.approval.presenceLine(presenceParams(figure, { m, ...input }))),
      },
      // A minimum the request breaks: who else holds the site that half, by name.
      ...(day.othersOnSite ?? [])
        .filter((o) => o.teamId === figure.teamId && o.half === figure.half && o.function === figure.function)
        .map((o) => ({
          title: plain(m.approval.othersOnSite),
          value: plain(othersText(locale, m, o.personIds, input)),
        })),
    ]);
    const quotas = decision.figures.quotas.map((quota) => ({
      title: plain(m.approval.quota),
      value: plain(quotaUsedText(locale, m, quota, input.today)),
    }));
    return {
      heading: plain(dayHeading(locale, m, decision.date, decision.part)),
      reason: plain(managerReason(decision, { ...input, m })),
      facts: [...kindAndValue(m, decision), ...presence, ...quotas],
      ...stateLine(locale, m, state, false),
      pending: state.status === 'pending',
      entryId: day.entryId,
    };
  });
  const card = expandCard(approvalRequestTemplate, {
    ...header(m, input.requesterName),
    days,
    entryIds: input.days.map((day) => day.entryId),
    // The buttons carry the card's language and days, so the card that replaces it keeps both.
    locale,
    refreshUserIds: input.refreshUserIds,
  });
  // No one to refresh for: an empty list says nothing, and the schema wants none rather than [].
  if (input.refreshUserIds.length === 0) delete card.refresh?.userIds;
  return card;
}

/** The request once decided, as everyone sees it: "Approuvé par Isabelle Lambert le …". */
export function renderApprovalDecidedCard(input: ApprovalDecidedCardInput): AdaptiveCardJson {
  const { locale } = input;
  const m = messagesFor(locale);
  const days = input.days.map(
    (day): ApprovalDaySection => ({
      heading: plain(dayHeading(locale, m, day.date, day.part)),
      reason: '',
      facts: [{ title: plain(m.declaration.kind), value: plain(m.kinds[day.kind]) }],
      ...stateLine(locale, m, day.state, true),
      pending: false,
      entryId: '',
    }),
  );
  return expandCard(approvalDecidedTemplate, { ...header(m, input.requesterName), days });
}

/** Why the day waits for the manager, in words addressed to the manager. */
function managerReason(decision: DayDecision, context: ReasonContext): string {
  if (decision.outcome !== 'needs-approval') return reasonText(decision, context);
  return context.m.approval.why[decision.reason](reasonParams(decision, context));
}

function header(m: Messages, requesterName: string) {
  return {
    title: plain(m.approval.title(requesterName)),
    intro: plain(m.approval.intro(requesterName)),
    approve: m.approval.approve,
    reject: m.approval.reject,
  };
}

function kindAndValue(m: Messages, decision: DayDecision) {
  return [
    { title: plain(m.declaration.kind), value: plain(m.kinds[decision.kind]) },
    { title: plain(m.declaration.value), value: plain(m.duration(decision.figures.valueMinutes)) },
  ];
}

/** A pending day says nothing on the approver's card (the buttons say it) and "waiting" elsewhere. */
function stateLine(
  locale: Locale,
  m: Messages,
  state: ApprovalState,
  showWaiting: boolean,
): Pick<ApprovalDaySection, 'state' | 'stateColor'> {
  switch (state.status) {
    case 'pending':
      return { state: showWaiting ? plain(m.approval.waiting) : '', stateColor: 'Warning' };
    case 'approved':
      return {
        state: plain(m.approval.approvedBy(state.byName, formatInstant(locale, state.at))),
        stateColor: 'Good',
      };
    case 'rejected':
      return {
        state: plain(m.approval.rejectedBy(state.byName, formatInstant(locale, state.at))),
        stateColor: 'Attention',
      };
    case 'cancelled':
      return { state: plain(m.approval.cancelled), stateColor: 'Default' };
  }
}

function othersText(
  locale: Locale,
  m: Messages,
  ids: ReadonlyArray<string>,
  names: Pick<DisplayNames, 'personNames'>,
): string {
  if (ids.length === 0) return m.approval.nobodyElse;
  return formatList(
    locale,
    ids.map((id) => names.personNames?.[id] ?? id),
    'conjunction',
  );
}
