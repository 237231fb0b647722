import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type { DayDecision, DayRequest } from '../../core/policy/decision.js';
import { formatList } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { type CardText, plain } from './card-text.js';
import { dayButton, dayHeading } from './day-label.js';
import { quotaLines, quotasAfterDeclaration } from './quota-lines.js';
import { type DisplayNames, reasonText } from './reason-text.js';
import { declarationTemplate } from './templates/declaration-template.js';

/** Where an accepted or pending day stands with Outlook. */
export type CalendarState = 'in-calendar' | 'pending-sync' | 'sync-failed' | 'waiting-approval';

export interface DeclarationDay {
  decision: DayDecision;
  /** The ledger entry (DeclaredDay.recorded.entry.id); accepted and pending ones go on Undo. */
  entryId?: string;
  /** Absent: 'pending-sync' for an accepted day, 'waiting-approval' for a pending one. */
  calendarState?: CalendarState;
  /** Display names of decision.approvers, for "waiting for approval by …". */
  approverNames?: string[];
  /** The public holiday's or closing day's name (WorkingCalendar.publicHoliday). */
  holidayName?: string;
  /**
   * A day asked again (ALREADY_DECLARED): the status of the entry that already holds it. The
   * card then says "already registered" or "already asked", not "refused": nothing was denied.
   */
  held?: 'accepted' | 'pending';
}

export interface DeclarationCardInput extends DisplayNames {
  locale: Locale;
  days: DeclarationDay[];
  /** Days possible instead (core/policy/next-possible-days): a date alone asks for a full day. */
  suggestions?: Array<LocalDate | DayRequest>;
  /** Today in Brussels: quotas of the current period say "this week" rather than its date. */
  today?: LocalDate;
  bookingHorizonDays?: number;
  /** The requester's function (Person.function): a refusal for it names it. */
  personFunction?: string;
}

/** Buttons beyond this many wrap badly on a phone; the next ones come with the next answer. */
export const MAX_SUGGESTIONS = 5;

type Color = 'Good' | 'Warning' | 'Attention';

/**
 * The confirmation, the refusal and the mixed answer are one card: a section per day, so that a
 * request for several days reads the same whatever each day's outcome.
 */
export function renderDeclarationCard(input: DeclarationCardInput): AdaptiveCardJson {
  // The use case refuses a request without days before any card; an empty card would say "recorded".
  if (input.days.length === 0) throw new DomainError('EMPTY_REQUEST');
  const { locale } = input;
  const m = messagesFor(locale);
  const decisions = input.days.map((day) => day.decision);
  const standings = input.days.map(standingOf);
  const count = (...of: Standing[]) => standings.filter((s) => of.includes(s)).length;
  // A day asked again counts as what it already is: the summary says where the days stand.
  const [accepted, pending, refused] = [
    count('accept', 'registered'),
    count('needs-approval', 'asked'),
    count('refuse'),
  ];
  const total = decisions.length;

  return expandCard(declarationTemplate, {
    // Buttons carry the card's language: the card that replaces it speaks the same.
    locale,
    title: plain(
      count('registered') === total
        ? m.declaration.titleAlreadyRegistered
        : count('asked') === total
          ? m.declaration.titleAlreadyAsked
          : title(m, accepted, pending, refused, total),
    ),
    summary: decisions.length > 1 ? plain(m.declaration.summary(accepted, pending, refused)) : '',
    days: input.days.map((day) => daySection(input, m, day)),
    quotaTitle: plain(m.declaration.quotaTitle),
    quotas: quotaLines(locale, m, quotasAfterDeclaration(decisions), input.today),
    suggestionsTitle: plain(m.declaration.suggestionsTitle),
    suggestions: (input.suggestions ?? []).slice(0, MAX_SUGGESTIONS).map((suggestion) => {
      const { date, part } =
        typeof suggestion === 'string' ? { date: suggestion, part: 'full' as DayPart } : suggestion;
      return { title: dayButton(locale, m, date, part), date, part };
    }),
    undo: {
      title: m.declaration.undo,
      entryIds: input.days.flatMap((day) =>
        day.decision.outcome !== 'refuse' && day.entryId !== undefined ? [day.entryId] : [],
      ),
    },
  });
}

/** Where a day stands after the request; 'registered' and 'asked' are days asked again. */
type Standing = DayDecision['outcome'] | 'registered' | 'asked';

function standingOf(day: DeclarationDay): Standing {
  const { decision, held } = day;
  if (decision.outcome === 'refuse' && decision.reason === 'ALREADY_DECLARED' && held !== undefined) {
    return held === 'accepted' ? 'registered' : 'asked';
  }
  return decision.outcome;
}

function title(m: Messages, accepted: number, pending: number, refused: number, total: number): string {
  if (accepted === total) return m.declaration.titleAccepted;
  if (pending === total) return m.declaration.titlePending;
  if (refused === total) return m.declaration.titleRefused;
  return m.declaration.titleMixed;
}

interface DaySection {
  heading: CardText;
  status: CardText;
  color: Color;
  reason: CardText;
  facts: Array<{ title: CardText; value: CardText }>;
}

function daySection(input: DeclarationCardInput, m: Messages, day: DeclarationDay): DaySection {
  const { locale } = input;
  const { decision } = day;
  const reason = plain(
    reasonText(decision, {
      locale,
      m,
      today: input.today,
      holidayName: day.holidayName,
      bookingHorizonDays: input.bookingHorizonDays,
      teamNames: input.teamNames,
      functionNames: input.functionNames,
      personFunction: input.personFunction,
    }),
  );
  const heading = plain(dayHeading(locale, m, decision.date, decision.part));
  const standing = standingOf(day);
  if (standing === 'registered' || standing === 'asked') {
    const registered = standing === 'registered';
    return {
      heading,
      status: plain(registered ? m.declaration.alreadyRegistered : m.declaration.alreadyAsked),
      color: registered ? 'Good' : 'Warning',
      reason: plain(registered ? m.declaration.alreadyRegisteredReason : m.declaration.alreadyAskedReason),
      facts: [],
    };
  }
  if (decision.outcome === 'refuse') {
    return { heading, status: plain(m.declaration.refused), color: 'Attention', reason, facts: [] };
  }
  const facts = [
    { title: plain(m.declaration.value), value: plain(m.duration(decision.figures.valueMinutes)) },
    { title: plain(m.declaration.kind), value: plain(m.kinds[decision.kind]) },
  ];
  const state = day.calendarState ?? (decision.outcome === 'accept' ? 'pending-sync' : 'waiting-approval');
  if (state === 'waiting-approval') {
    const approvers = formatList(locale, day.approverNames ?? [], 'disjunction');
    return {
      heading,
      status: plain(m.declaration.waitingApproval(approvers)),
      color: 'Warning',
      reason,
      facts,
    };
  }
  const where = {
    'in-calendar': m.declaration.inCalendar,
    'pending-sync': m.declaration.pendingSync,
    'sync-failed': m.declaration.syncFailed,
  }[state];
  return {
    heading,
    status: plain(`${m.declaration.accepted} · ${where}`),
    color: state === 'sync-failed' ? 'Warning' : 'Good',
    reason,
    facts,
  };
}
