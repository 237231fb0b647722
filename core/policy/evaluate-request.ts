import { assertLocalDate, dayOff } from '../calendar/day-off.js';
import { addDays, halvesOf, type LocalDate, weekdayOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { PermanenceDuty, TeleworkEntry } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, Person, PersonId } from '../organisation/organisation.js';
import type { LoanDays } from '../permanence/loans.js';
import { coveredHalves, type EntryFacts } from './active-entries.js';
import { approversFor } from './approvers.js';
import { type CrisisDays, continuityKey, policyOn } from './crisis-days.js';
import { assertValidDayPart, assertValidRegime, partValueMinutes } from './day-value.js';
import type {
  DayDecision,
  DayFigures,
  DayRequest,
  QuotaFigures,
  RefusalReason,
  TeleworkKind,
  TeleworkRequest,
} from './decision.js';
import { breaksPermanence, presenceAfterLeaving } from './permanence-coverage.js';
import { quotaFiguresFor } from './quota.js';
import { quotasApplyTo } from './quotas-apply.js';
import { isPatternDay } from './telework-kind.js';

export interface PolicyContext {
  today: LocalDate;
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  /** Active (accepted/pending) entries of the person for the whole calendar year(s) of the request, and of their team mates (and of the people lent to their teams) for the requested days. */
  activeEntries: ReadonlyArray<Pick<TeleworkEntry, 'personId' | 'date' | 'part' | 'status'>>;
  duties: ReadonlyArray<Pick<PermanenceDuty, 'personId' | 'teamId' | 'date' | 'half' | 'status'>>;
  /** The dated crises, from the store (absent: none). Each day is decided by the rules in force on it. */
  crisisPeriods?: CrisisDays;
  /** Approved crisis loans with their crisis's days (absent: none): a person lent to a team is on site there. */
  loans?: ReadonlyArray<LoanDays>;
}

const QUOTA_REFUSAL: Record<QuotaFigures['period'], RefusalReason> = {
  week: 'WEEKLY_QUOTA_EXCEEDED',
  month: 'MONTHLY_QUOTA_EXCEEDED',
  year: 'YEARLY_QUOTA_EXCEEDED',
};

const DAY_OFF_REFUSAL = {
  weekend: 'WEEKEND',
  'public-holiday': 'PUBLIC_HOLIDAY',
  'closing-day': 'CLOSING_DAY',
} as const satisfies Record<string, RefusalReason>;

/**
 * Decides on every day of a request, one DayDecision per day, in date order. Days are decided
 * cumulatively: a day accepted or sent for approval before another holds its place (as accepted
 * or pending) for the quotas and the presence of the days decided after it. The person's agreed
 * structural days are decided first, then the occasional ones, each group in date order: the
 * agreement is the person's right, and an occasional Monday asked in the same breath (still to be
 * approved) must not take the quota of the agreed Friday.
 *
 * Bad input throws a DomainError before any day is decided (EMPTY_REQUEST, UNKNOWN_PERSON,
 * INVALID_REGIME, INVALID_DATE, INVALID_DAY_PART), so a request is never half evaluated.
 */
export function evaluateRequest(request: TeleworkRequest, context: PolicyContext): DayDecision[] {
  if (!Array.isArray(request.days) || request.days.length === 0) throw new DomainError('EMPTY_REQUEST');
  const person = findPerson(context.organisation, request.personId);
  assertValidRegime(person.regime);
  assertLocalDate(context.today);
  for (const day of request.days) {
    assertLocalDate(day.date);
    assertValidDayPart(day.part);
  }

  // Array.prototype.sort is stable: two parts of the same date keep the order they were asked in.
  const days = [...request.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const structural = days.map((day) => kindOf(person, day, request.kind) === 'structural');
  const order = [...days.keys()].sort((a, b) => Number(structural[b]) - Number(structural[a]));
  const entries: EntryFacts[] = [...context.activeEntries];
  const decisions: DayDecision[] = [];
  for (const index of order) {
    const day = days[index] as DayRequest;
    const decision = evaluateDay(person, day, request.kind, { ...context, activeEntries: entries });
    decisions[index] = decision;
    if (decision.outcome !== 'refuse') {
      const status = decision.outcome === 'accept' ? 'accepted' : 'pending';
      entries.push({ personId: person.id, date: day.date, part: day.part, status });
    }
  }
  return decisions;
}

/**
 * Structural telework is the agreed pattern and nothing else: a day outside it is occasional
 * whatever the request says, so that it goes to the manager and is paid as the rules say.
 */
function kindOf(person: Person, day: DayRequest, requestedKind: TeleworkKind | undefined): TeleworkKind {
  const inPattern = isPatternDay(person.arrangement, day.date, day.part);
  return inPattern && requestedKind !== 'occasional' ? 'structural' : 'occasional';
}

/**
 * The checks, in order; the first that fails decides:
 *  1. PAST_DATE, TOO_FAR_AHEAD          — when the day can be declared at all
 *  2. WEEKEND, PUBLIC_HOLIDAY, CLOSING_DAY, NOT_A_WORKING_DAY — nobody, or not this person, works
 *  3. ALREADY_DECLARED                  — every half asked is already held by an active entry
 *  4. FUNCTION_EXCLUDED                 — even in crisis; in crisis also a function the continuity
 *                                        plan says is not teleworkable
 *  5. NO_TELEWORK_ARRANGEMENT           — lifted in crisis
 *  6. ON_PERMANENCE_DUTY                — the person is on the permanence schema that half
 *  7. OCCASIONAL_TOO_LATE               — approval must come before the day (not in crisis)
 *  8. quotas, week then month then year — the crisis's quotas in crisis (none in the presets)
 *  9. PERMANENCE_AT_MINIMUM             — refused or sent for approval, per policy
 * 10. OCCASIONAL_NEEDS_APPROVAL         — not in crisis
 * 11. accepted: CRISIS_MODE in crisis, STRUCTURAL_PATTERN on a pattern day, WITHIN_POLICY otherwise
 */
function evaluateDay(
  person: Person,
  day: DayRequest,
  requestedKind: TeleworkKind | undefined,
  context: PolicyContext,
): DayDecision {
  const { date, part } = day;
  // The rules in force on this day: a crisis day has the crisis's quotas, approval and minimums.
  const policy = policyOn(context.organisation.policy, date, context.crisisPeriods ?? []);
  const crisis = policy.crisis.active;
  const kind = kindOf(person, day, requestedKind);
  const needsApproval = kind === 'occasional' && policy.occasionalNeedsApproval && !crisis;
  // A full day over an active half day only asks for the other half: that is all it counts for.
  const held = coveredHalves(context.activeEntries, person.id, date);
  const newHalves = halvesOf(part).filter((half) => !held.has(half));

  // Quota figures go with refusals too, so that the bot can say what is still possible. In crisis,
  // or for someone who can never telework, no quota applies, and showing one would suggest it does.
  const figures: DayFigures = {
    valueMinutes: partValueMinutes(person.regime, part, policy),
    quotas: quotasApplyTo(person, policy) ? quotaFiguresFor(policy.quotas, person, date, context) : [],
    presence: [],
  };
  const base = { date, part, kind, figures };
  const refuse = (reason: RefusalReason): DayDecision => ({ ...base, outcome: 'refuse', reason });

  if (date < context.today) return refuse('PAST_DATE');
  if (date > addDays(context.today, policy.bookingHorizonDays)) return refuse('TOO_FAR_AHEAD');
  const off = dayOff(date, context.calendar);
  if (off !== undefined) return refuse(DAY_OFF_REFUSAL[off.kind]);
  if (!person.regime.days.includes(weekdayOf(date))) return refuse('NOT_A_WORKING_DAY');
  if (newHalves.length === 0) return refuse('ALREADY_DECLARED');

  figures.presence = presenceAfterLeaving(person, date, newHalves, context);
  if (policy.excludedFunctions.includes(person.function)) return refuse('FUNCTION_EXCLUDED');
  // The continuity plan's double key: in a crisis, a mission that cannot be done from home stays
  // on site (essential) or stops (suspended); either way no telework.
  if (crisis && !continuityKey(person.function, policy.crisis).teleworkable)
    return refuse('FUNCTION_EXCLUDED');
  if (person.arrangement.type === 'none' && !crisis) return refuse('NO_TELEWORK_ARRANGEMENT');
  const onDuty = context.duties.some(
    (duty) =>
      duty.personId === person.id &&
      duty.date === date &&
      duty.status === 'assigned' &&
      halvesOf(part).includes(duty.half),
  );
  if (onDuty) return refuse('ON_PERMANENCE_DUTY');
  if (needsApproval && date === context.today) return refuse('OCCASIONAL_TOO_LATE');
  const exceeded = figures.quotas.find((quota) => newHalves.length > quota.leftHalves);
  if (exceeded !== undefined) return refuse(QUOTA_REFUSAL[exceeded.period]);

  if (breaksPermanence(figures.presence)) {
    if (policy.permanenceBreach === 'refuse') return refuse('PERMANENCE_AT_MINIMUM');
    return { ...base, outcome: 'needs-approval', reason: 'PERMANENCE_AT_MINIMUM', approvers: approvers() };
  }
  if (needsApproval) {
    return {
      ...base,
      outcome: 'needs-approval',
      reason: 'OCCASIONAL_NEEDS_APPROVAL',
      approvers: approvers(),
    };
  }
  const reason = crisis ? 'CRISIS_MODE' : kind === 'structural' ? 'STRUCTURAL_PATTERN' : 'WITHIN_POLICY';
  return { ...base, outcome: 'accept', reason };

  function approvers(): PersonId[] {
    return approversFor(person, context.organisation);
  }
}
