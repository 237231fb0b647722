import { assertLocalDate } from '../calendar/day-off.js';
import { type DayPart, halvesOf, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore, LedgerUnitOfWork, RecordResult, Source, TeleworkEntry } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, Person } from '../organisation/organisation.js';
import { assertValidDayPart } from '../policy/day-value.js';
import type { DayDecision, TeleworkRequest } from '../policy/decision.js';
import { evaluateRequest } from '../policy/evaluate-request.js';
import { decisionScope, loadPolicyContext } from './load-policy-context.js';

export interface DeclareTeleworkDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerStore, 'decideAndRecord'>;
}

/** What deciding and writing days needs: the policy's inputs and a unit of work holding the locks. */
export interface DecideDaysDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  store: Pick<LedgerUnitOfWork, 'activeEntries' | 'duties' | 'crisisPeriods' | 'loans' | 'recordEntry'>;
}

export interface DeclareTeleworkInput {
  request: TeleworkRequest;
  /** Today in Europe/Brussels and the current instant, from the caller's clock. */
  today: LocalDate;
  at: string;
  source: Source;
}

export interface DeclaredDay {
  decision: DayDecision;
  /** The ledger's answer; refusals are recorded too, as proof of what was asked. */
  recorded: RecordResult;
}

/**
 * Asks the approvers of the days that wait for them (the bot's approval card), once the days are
 * written: the same after a declaration from the personal tab as after one typed to the bot.
 */
export type TellApprovers = (requester: Person, declared: DeclaredDay[]) => Promise<void>;

/**
 * A person declares telework for one or more days: the policy decides each day, and every
 * decision — accepted, waiting for approval, refused — is written to the ledger. The reads the
 * policy decides on and the writes are one transaction under the person's and their teams' locks:
 * declarations sent at the same instant are decided one after the other, each seeing the days the
 * one before it wrote, so together they never pass a quota or a permanence minimum that they
 * would not pass one at a time.
 */
export async function declareTelework(
  deps: DeclareTeleworkDeps,
  input: DeclareTeleworkInput,
): Promise<DeclaredDay[]> {
  const { organisation } = deps;
  const { request } = input;
  if (request.days.length === 0) throw new DomainError('EMPTY_REQUEST');
  const person = findPerson(organisation, request.personId);
  // Bad input is refused before anything is read or written.
  for (const day of request.days) {
    assertLocalDate(day.date);
    assertValidDayPart(day.part);
  }
  return deps.store.decideAndRecord(decisionScope(person), (unit) =>
    decideDays({ organisation, calendar: deps.calendar, store: unit }, person, input),
  );
}

/**
 * The policy's decision on the days asked and its writes, through a unit of work that already
 * holds the locks of `decisionScope(person)`. One day after the other, in one transaction: a
 * failure on a later day undoes the days before it, so an answer never hides a half-done request.
 */
export async function decideDays(
  deps: DecideDaysDeps,
  person: Person,
  input: DeclareTeleworkInput,
): Promise<DeclaredDay[]> {
  const { store } = deps;
  const { request } = input;
  const dates = request.days.map((day) => day.date).sort();
  const first = dates[0] as LocalDate;
  const last = dates[dates.length - 1] as LocalDate;

  const context = await loadPolicyContext(deps, person, { from: first, to: last }, input.today);
  const { ownEntries } = context;
  const decisions = evaluateRequest(request, context);

  const actor = { actorId: person.id, source: input.source, at: input.at };
  const declared: DeclaredDay[] = [];
  for (const decision of decisions) {
    // Declaring a day that is already declared changes nothing: the answer is the entry in place.
    const existing = decision.reason === 'ALREADY_DECLARED' ? covering(ownEntries, decision) : undefined;
    if (existing) {
      declared.push({ decision, recorded: { entry: existing, created: false, replaced: [] } });
      continue;
    }
    const recorded = await store.recordEntry(
      {
        personId: person.id,
        date: decision.date,
        part: partToRecord(decision, ownEntries),
        kind: decision.kind,
        status: statusOf(decision),
        reason: decision.reason,
        approvers: decision.outcome === 'needs-approval' ? decision.approvers : [],
        details: { figures: decision.figures },
      },
      actor,
    );
    declared.push({ decision, recorded });
  }
  return declared;
}

/**
 * A full day over an accepted half day that now waits for approval (or is refused) concerns only
 * the other half: recording it whole would cancel the half day already granted.
 */
function partToRecord(decision: DayDecision, ownEntries: TeleworkEntry[]): DayPart {
  if (decision.part !== 'full' || decision.outcome === 'accept') return decision.part;
  const held = ownEntries.find((entry) => entry.date === decision.date && entry.part !== 'full');
  if (!held) return decision.part;
  return held.part === 'am' ? 'pm' : 'am';
}

function statusOf(decision: DayDecision): 'accepted' | 'pending' | 'refused' {
  if (decision.outcome === 'accept') return 'accepted';
  if (decision.outcome === 'needs-approval') return 'pending';
  return 'refused';
}

/** An active entry that holds part of the day asked (a morning and an afternoon can hold a full day). */
function covering(entries: TeleworkEntry[], decision: DayDecision): TeleworkEntry | undefined {
  const asked = halvesOf(decision.part);
  return entries.find(
    (entry) => entry.date === decision.date && halvesOf(entry.part).some((half) => asked.includes(half)),
  );
}
