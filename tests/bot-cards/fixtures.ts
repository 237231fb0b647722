import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { Locale } from '../../core/organisation/organisation.js';
import type {
  ApprovalReason,
  DayDecision,
  PresenceFigures,
  QuotaFigures,
  RefusalReason,
} from '../../core/policy/decision.js';

/** Monday 23 November 2026, in a Leuven-like OCMW: two days a week, pro-rated. */
export const TODAY: LocalDate = '2026-11-23';
export const FRIDAY: LocalDate = '2026-11-27';
export const MANAGER = 'Isabelle Lambert';
export const OTHER_MANAGER = 'Marc Peeters';
export const REQUESTER = 'Sofie Janssens';
export const EMPLOYER = 'OCMW Leuven';
export const TEAM_NAMES = { social: 'Service social / Sociale dienst' };

export const FUNCTION_NAMES: Record<Locale, Record<string, string>> = {
  fr: { 'social-worker': 'assistant social' },
  nl: { 'social-worker': 'maatschappelijk werker' },
  en: { 'social-worker': 'social worker' },
  de: { 'social-worker': 'Sozialarbeiter' },
};

/** What WorkingCalendar.publicHoliday and the closing days would name, in each language. */
export const CHRISTMAS: Record<Locale, string> = {
  fr: 'Noël',
  nl: 'Kerstmis',
  en: 'Christmas Day',
  de: 'Weihnachten',
};
export const YEAR_END_CLOSING: Record<Locale, string> = {
  fr: "Fermeture de fin d'année",
  nl: 'Eindejaarssluiting',
  en: 'Year-end closure',
  de: 'Jahresendschließung',
};

/** A quota in half days: `used` before the request, `limit` for the period. */
export function quota(
  period: QuotaFigures['period'],
  periodStart: LocalDate,
  usedHalves: number,
  limitHalves: number,
): QuotaFigures {
  return { period, periodStart, limitHalves, usedHalves, leftHalves: Math.max(0, limitHalves - usedHalves) };
}

export const thisWeek = (used: number, limit = 4) => quota('week', '2026-11-23', used, limit);

export function presence(half: 'am' | 'pm', onSiteAfter: number, fn: string | null = null): PresenceFigures {
  return { teamId: 'social', half, function: fn, minimum: fn ? 1 : 2, onSiteAfter };
}

interface Figures {
  valueMinutes?: number;
  quotas?: QuotaFigures[];
  presence?: PresenceFigures[];
}

function figures(part: DayPart, f: Figures) {
  return {
    valueMinutes: f.valueMinutes ?? (part === 'full' ? 456 : 228),
    quotas: f.quotas ?? [thisWeek(0)],
    presence: f.presence ?? [],
  };
}

export function accepted(date: LocalDate, part: DayPart = 'full', f: Figures = {}): DayDecision {
  return {
    date,
    part,
    kind: 'occasional',
    outcome: 'accept',
    reason: 'WITHIN_POLICY',
    figures: figures(part, f),
  };
}

export function structural(date: LocalDate, part: DayPart = 'full', f: Figures = {}): DayDecision {
  return {
    date,
    part,
    kind: 'structural',
    outcome: 'accept',
    reason: 'STRUCTURAL_PATTERN',
    figures: figures(part, f),
  };
}

/** Under the business continuity plan: accepted, no quota applies. */
export function crisisAccepted(date: LocalDate): DayDecision {
  return {
    date,
    part: 'full',
    kind: 'occasional',
    outcome: 'accept',
    reason: 'CRISIS_MODE',
    figures: { valueMinutes: 456, quotas: [], presence: [] },
  };
}

export function needsApproval(
  date: LocalDate,
  part: DayPart = 'full',
  reason: ApprovalReason = 'OCCASIONAL_NEEDS_APPROVAL',
  f: Figures = {},
): DayDecision {
  return {
    date,
    part,
    kind: 'occasional',
    outcome: 'needs-approval',
    reason,
    approvers: ['mgr-isabelle'],
    figures: figures(part, f),
  };
}

export function refused(
  reason: RefusalReason,
  date: LocalDate,
  part: DayPart = 'full',
  f: Figures = {},
): DayDecision {
  return { date, part, kind: 'occasional', outcome: 'refuse', reason, figures: figures(part, f) };
}

/** One realistic refusal per reason code: typed by the code, so a new code breaks the build here. */
export const REFUSALS: Record<RefusalReason, DayDecision> = {
  PAST_DATE: refused('PAST_DATE', '2026-11-20'),
  TOO_FAR_AHEAD: refused('TOO_FAR_AHEAD', '2027-03-05', 'full', {
    quotas: [quota('week', '2027-03-01', 0, 4)],
  }),
  WEEKEND: refused('WEEKEND', '2026-11-28'),
  PUBLIC_HOLIDAY: refused('PUBLIC_HOLIDAY', '2026-12-25', 'full', {
    quotas: [quota('week', '2026-12-21', 0, 4)],
  }),
  CLOSING_DAY: refused('CLOSING_DAY', '2026-12-31', 'full', { quotas: [quota('week', '2026-12-28', 0, 4)] }),
  NOT_A_WORKING_DAY: refused('NOT_A_WORKING_DAY', FRIDAY, 'full', { quotas: [thisWeek(0, 3)] }),
  FUNCTION_EXCLUDED: refused('FUNCTION_EXCLUDED', '2026-11-26'),
  NO_TELEWORK_ARRANGEMENT: refused('NO_TELEWORK_ARRANGEMENT', '2026-11-26'),
  OCCASIONAL_TOO_LATE: refused('OCCASIONAL_TOO_LATE', TODAY, 'pm'),
  WEEKLY_QUOTA_EXCEEDED: refused('WEEKLY_QUOTA_EXCEEDED', '2026-11-26', 'full', { quotas: [thisWeek(3)] }),
  MONTHLY_QUOTA_EXCEEDED: refused('MONTHLY_QUOTA_EXCEEDED', '2026-11-26', 'full', {
    quotas: [quota('month', '2026-11-01', 16, 16)],
  }),
  YEARLY_QUOTA_EXCEEDED: refused('YEARLY_QUOTA_EXCEEDED', '2026-11-26', 'full', {
    quotas: [quota('year', '2026-01-01', 299, 299)],
  }),
  PERMANENCE_AT_MINIMUM: refused('PERMANENCE_AT_MINIMUM', '2026-11-26', 'am', {
    presence: [presence('am', 1), presence('am', 1, 'social-worker')],
  }),
  ON_PERMANENCE_DUTY: refused('ON_PERMANENCE_DUTY', '2026-11-26', 'am'),
  ALREADY_DECLARED: refused('ALREADY_DECLARED', '2026-11-24', 'full', { quotas: [thisWeek(2)] }),
};

export const REFUSAL_REASONS = Object.keys(REFUSALS) as RefusalReason[];

/** The holiday's name the bot passes with PUBLIC_HOLIDAY and CLOSING_DAY. */
export function holidayNameFor(reason: RefusalReason, locale: Locale): string | undefined {
  if (reason === 'PUBLIC_HOLIDAY') return CHRISTMAS[locale];
  if (reason === 'CLOSING_DAY') return YEAR_END_CLOSING[locale];
  return undefined;
}

/** Text written to look like markdown, HTML and a template expression: must be shown as typed. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a template expression typed by a user, on purpose.
export const HOSTILE = '**x** <script>alert(1)</script> [link](http://evil.example) ${title} _y_ `z`';
