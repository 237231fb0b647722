import type { DayPart } from '../../core/calendar/local-date.js';
import type { ErrorCode } from '../../core/errors/error-catalogue.js';
import type { EntryStatus } from '../../core/ledger/ledger.js';
import type {
  AcceptReason,
  ApprovalReason,
  QuotaFigures,
  RefusalReason,
  TeleworkKind,
} from '../../core/policy/decision.js';
import type { ParseProblemCode } from '../commands/command.js';

/**
 * The bot's words in one language. Every table is typed `Messages`, so a missing sentence is a
 * compile error, not a blank in a card. Tables only do grammar: dates, numbers and names reach
 * them already formatted for the language (bot/i18n/format.ts), and they return plain text —
 * never markdown: the cards escape every string they show.
 */
export interface Messages {
  parts: Record<DayPart, string>;
  kinds: Record<TeleworkKind, string>;
  entryStatus: Record<EntryStatus, string>;
  /** 456 → "7h36" (fr), "7u36" (nl), "7h 36m" (en), "7 Std. 36 Min." (de). */
  duration(minutes: number): string;
  /** An amount of days with its noun: `amount` is formatted ("1,5"), `halves` decides the plural. */
  days(amount: string, halves: number): string;
  /** "this week"; used when the quota's period holds today. */
  periodCurrent: Record<QuotaFigures['period'], string>;
  /** "in the week of 30 November", "in December 2026", "in 2027". */
  periodOther: Record<QuotaFigures['period'], (label: string) => string>;
  /** "1,5 jour restant cette semaine"; `left` is "1,5 jour" from `days`. */
  quotaLeft(left: string, halves: number, period: string): string;
  quotaNoneLeft(period: string): string;
  /** Used before the request, for the manager: "1 jour sur 2 déjà pris cette semaine". */
  quotaUsed(used: string, limit: string, period: string): string;
  declaration: DeclarationMessages;
  approval: ApprovalMessages;
  notice: NoticeMessages;
  week: WeekMessages;
  help: HelpMessages;
  error: { title: string; code(code: string): string };
  /** The one translation of the error catalogue (core/errors/error-catalogue.ts). */
  errors: Record<ErrorCode, (params: ErrorParams) => string>;
}

/** What a reason may need to be said in plain words; each table picks what its sentence uses. */
export interface ReasonParams {
  holidayName?: string;
  /** The quota that is exceeded, or the quota of the day, formatted. */
  quota?: { used: string; limit: string; period: string };
  /** The permanence minimum that would be broken. */
  permanence?: PresenceParams;
  /** The half day of a permanence duty ("matin"). */
  half?: string;
  /** The person's function, for FUNCTION_EXCLUDED ("agent d'accueil"). */
  functionName?: string;
  bookingHorizonDays?: number;
}

export interface PresenceParams {
  team: string;
  half: string;
  /** A function's display name when the minimum is per function, e.g. one social worker. */
  functionName?: string;
  minimum: number;
  onSiteAfter: number;
}

export interface DeclarationMessages {
  titleAccepted: string;
  titlePending: string;
  titleRefused: string;
  titleMixed: string;
  /** A day asked again: it already holds, as accepted ("registered") or pending ("asked"). */
  titleAlreadyRegistered: string;
  titleAlreadyAsked: string;
  alreadyRegistered: string;
  alreadyAsked: string;
  alreadyRegisteredReason: string;
  alreadyAskedReason: string;
  /** "2 acceptés · 1 en attente · 1 refusé": the counts of a request of several days. */
  summary(accepted: number, pending: number, refused: number): string;
  accepted: string;
  refused: string;
  inCalendar: string;
  pendingSync: string;
  /** Graph refused the write for good (no such mailbox, no access): it waits for IT. */
  syncFailed: string;
  /** `approvers` is a formatted list ("Isabelle Lambert ou Marc Peeters"), empty when unknown. */
  waitingApproval(approvers: string): string;
  value: string;
  kind: string;
  quotaTitle: string;
  suggestionsTitle: string;
  undo: string;
  acceptReason: Record<AcceptReason, string>;
  approvalReason: Record<ApprovalReason, (p: ReasonParams) => string>;
  refusalReason: Record<RefusalReason, (p: ReasonParams) => string>;
}

export interface ApprovalMessages {
  title(requester: string): string;
  intro(requester: string): string;
  /** Why the day needs approval, said to the manager (the declaration's words speak to the requester). */
  why: Record<ApprovalReason, (p: ReasonParams) => string>;
  presence: string;
  quota: string;
  presenceLine(p: PresenceParams): string;
  /** A minimum the request would break: who else stays on site that half (names, or nobody). */
  othersOnSite: string;
  nobodyElse: string;
  approve: string;
  reject: string;
  waiting: string;
  approvedBy(name: string, at: string): string;
  rejectedBy(name: string, at: string): string;
  cancelled: string;
}

export interface NoticeMessages {
  approvedTitle: string;
  rejectedTitle: string;
  /** `days` are formatted days ("vendredi 27 novembre 2026 (matin)"); each language joins them. */
  approved(days: string[], by: string): string;
  rejected(days: string[], by: string): string;
  note(note: string): string;
  cancelledTitle: string;
  cancelled(days: string[]): string;
  removedFromCalendar: string;
  removalPending: string;
  /** A permanence duty assigned or removed by a manager (`team` is the team's name). */
  dutyAssignedTitle: string;
  dutyRemovedTitle: string;
  dutyAssigned(days: string[], team: string, by: string): string;
  dutyRemoved(days: string[], team: string, by: string): string;
  dutyInCalendars: string;
}

export interface WeekMessages {
  title(range: string): string;
  thisWeek(range: string): string;
  nextWeek(range: string): string;
  telework(part: string): string;
  pending(part: string): string;
  onSite: string;
  /** `name` may be empty: the line then says only what kind of day it is. */
  holiday(name: string): string;
  closingDay(name: string): string;
  dayOff: string;
  onDuty(half: string): string;
}

export interface HelpMessages {
  title: string;
  intro: string;
  notUnderstood(fragment: string): string;
  /** What the parser found wrong with a message (bot/commands/command.ts), with an example to type. */
  problem: Record<ParseProblemCode, (p: ProblemParams) => string>;
  commands: Array<{ example: string; meaning: string }>;
  footer: string;
}

export interface ProblemParams {
  /** The words concerned, as typed; empty when the problem is the whole message. */
  fragment: string;
  /** The longest message read, for TOO_LONG. */
  maxLength: number;
}

/** A DomainError's params as strings, plus the employer's name some sentences need. */
export interface ErrorParams {
  employer: string;
  [name: string]: string | undefined;
}
