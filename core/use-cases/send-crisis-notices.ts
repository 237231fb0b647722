import { addDays, type LocalDate, laterOf } from '../calendar/local-date.js';
import type { Organisation, Person, PersonId } from '../organisation/organisation.js';
import type { CrisisLoan } from '../permanence/loans.js';
import { type CrisisPeriod, type CrisisRole, crisisRoleOf } from '../policy/crisis-days.js';
import { CRISIS_FIRST_WEEK_DAYS, type TeamWeekCoverage } from './crisis-team-coverage.js';

/**
 * What a card tells: the crisis started or ended (to everyone who installed the app), the
 * coverage of a manager's teams over the crisis's first week (to each team's managers), or that a
 * person whose mission is suspended is lent to an essential team (to that person, on approval).
 */
export type CrisisNoticeChange = 'started' | 'ended' | 'team-coverage' | 'lent';

/** A crisis card waiting to be sent to one person. */
export interface CrisisNotice {
  id: string;
  crisisId: string;
  change: CrisisNoticeChange;
  personId: PersonId;
  attempts: number;
}

export type NoticeOutcome = { outcome: 'sent' } | { outcome: 'retry'; error: string; dueAt: string };

/** Tries before a card is given up (failed, kept with its last error). */
export const MAX_NOTICE_ATTEMPTS = 5;

/** The queue as the sender sees it (adapters/store/crisis-notice-queue.ts, with its lease). */
export interface CrisisNoticeQueue {
  claim(limit: number): Promise<CrisisNotice[]>;
  /** Extends this worker's lease just before a send; false when the card is no longer ours. */
  renew(notice: CrisisNotice): Promise<boolean>;
  settle(notice: CrisisNotice, result: NoticeOutcome): Promise<void>;
}

export type CrisisCardInput =
  | { change: 'started'; from: LocalDate; reason: string; role: CrisisRole }
  | { change: 'ended'; to: LocalDate }
  | { change: 'team-coverage'; from: LocalDate; to: LocalDate; teams: TeamWeekCoverage[] }
  | LentCardInput;

/** The lent person's card: where, from when, as what (in their language), and who asked. */
export interface LentCardInput {
  change: 'lent';
  teamName: string;
  from: LocalDate;
  functionName: string;
  askedByName: string;
}

export interface SendCrisisNoticesDeps<Card> {
  organisation: Pick<Organisation, 'people' | 'teams' | 'functions' | 'policy'>;
  queue: CrisisNoticeQueue;
  crisisPeriods(): Promise<CrisisPeriod[]>;
  crisisLoans(crisisId: string): Promise<CrisisLoan[]>;
  /** The coverage of the manager's teams over the crisis's first week (crisisWeekCoverage). */
  teamsCoverage(managerId: PersonId, from: LocalDate): Promise<TeamWeekCoverage[]>;
  /** Renders the card in the person's language. */
  render(person: Person, input: CrisisCardInput): Card;
  /**
   * Sends and waits for Teams to take it; throws when it could not (then retried). Must give up
   * well within the queue's lease (the server bounds it with a timeout), so the lease renewed
   * just before still holds when the send returns and the card is marked sent.
   */
  send(person: Person, card: Card): Promise<void>;
  clock: { now(): string; today(): LocalDate };
}

/** Backoff between tries: 30 s, 2 min, 8 min, 32 min. */
function retryAt(now: string, attempts: number): string {
  return new Date(Date.parse(now) + 30_000 * 4 ** attempts).toISOString();
}

/**
 * One round of the crisis cards: at most `perRound` (the caller runs a round a second, so a few
 * cards a second per tenant, under Teams' proactive message limits), each in the person's
 * language and saying what the crisis means for their function. A person no longer in the
 * organisation file (or a loan no longer approved) is settled as sent: there is nothing to tell.
 */
export async function sendCrisisNotices<Card>(
  deps: SendCrisisNoticesDeps<Card>,
  perRound: number,
): Promise<number> {
  const notices = await deps.queue.claim(perRound);
  if (notices.length === 0) return 0;
  const periods = await deps.crisisPeriods();
  for (const notice of notices) {
    const person = deps.organisation.people.find((candidate) => candidate.id === notice.personId);
    const period = periods.find((candidate) => candidate.id === notice.crisisId);
    if (!person || !period) {
      await deps.queue.settle(notice, { outcome: 'sent' });
      continue;
    }
    try {
      const input = await cardInput(deps, notice.change, person, period);
      if (!input) {
        await deps.queue.settle(notice, { outcome: 'sent' });
        continue;
      }
      const card = deps.render(person, input);
      // Why: "at least once" with a lease. The lease is renewed right before the send and the
      // send gives up well within it, so no other instance can take the card while it is being
      // sent, and the card is marked sent while the lease still holds. What remains is a crash (or
      // a lost database) between Teams taking the card and the mark: the lease then runs out and
      // another instance sends it again. A send that timed out may also have reached Teams late,
      // and its retry then sends a second card. Teams has no idempotency key for a proactive
      // message, so nothing on our side can close those two windows.
      if (!(await deps.queue.renew(notice))) continue;
      await deps.send(person, card);
      await deps.queue.settle(notice, { outcome: 'sent' });
    } catch (error) {
      const now = deps.clock.now();
      await deps.queue.settle(notice, {
        outcome: 'retry',
        error: error instanceof Error ? error.message : String(error),
        dueAt: retryAt(now, notice.attempts),
      });
    }
  }
  return notices.length;
}

/**
 * What the card of this change says to this person, read when it is sent. Undefined when there is
 * nothing left to tell (no approved loan of this person in this crisis).
 */
async function cardInput(
  deps: Pick<SendCrisisNoticesDeps<unknown>, 'organisation' | 'teamsCoverage' | 'crisisLoans' | 'clock'>,
  change: CrisisNoticeChange,
  person: Person,
  period: CrisisPeriod,
): Promise<CrisisCardInput | undefined> {
  switch (change) {
    case 'started':
      return {
        change,
        from: period.from,
        reason: period.reason,
        role: crisisRoleOf(person.function, deps.organisation.policy.crisis),
      };
    case 'ended':
      return { change, to: period.to ?? period.from };
    case 'team-coverage':
      return {
        change,
        from: period.from,
        to: addDays(period.from, CRISIS_FIRST_WEEK_DAYS - 1),
        teams: await deps.teamsCoverage(person.id, period.from),
      };
    case 'lent':
      return lentCardInput(deps, person, period);
  }
}

/** The lent person counts from the crisis's first day, or from today when the loan came later. */
async function lentCardInput(
  deps: Pick<SendCrisisNoticesDeps<unknown>, 'organisation' | 'crisisLoans' | 'clock'>,
  person: Person,
  period: CrisisPeriod,
): Promise<LentCardInput | undefined> {
  const loan = (await deps.crisisLoans(period.id)).find(
    (candidate) => candidate.personId === person.id && candidate.status === 'approved',
  );
  if (!loan) return undefined;
  const { teams, people, functions } = deps.organisation;
  return {
    change: 'lent',
    teamName: teams.find((team) => team.id === loan.teamId)?.name ?? loan.teamId,
    from: laterOf(deps.clock.today(), period.from),
    functionName: functions?.[loan.function]?.[person.locale] ?? loan.function,
    askedByName: people.find((candidate) => candidate.id === loan.askedBy)?.displayName ?? loan.askedBy,
  };
}
