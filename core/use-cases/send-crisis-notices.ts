import type { LocalDate } from '../calendar/local-date.js';
import type { Organisation, Person, PersonId } from '../organisation/organisation.js';
import { type CrisisPeriod, type CrisisRole, crisisRoleOf } from '../policy/crisis-days.js';

/** A crisis card waiting to be sent to one person. */
export interface CrisisNotice {
  id: string;
  crisisId: string;
  change: 'started' | 'ended';
  personId: PersonId;
  attempts: number;
}

export type NoticeOutcome = { outcome: 'sent' } | { outcome: 'retry'; error: string; dueAt: string };

/** Tries before a card is given up (failed, kept with its last error). */
export const MAX_NOTICE_ATTEMPTS = 5;

/** The queue as the sender sees it (adapters/store/crisis-notice-queue.ts, with its lease). */
export interface CrisisNoticeQueue {
  claim(limit: number): Promise<CrisisNotice[]>;
  settle(notice: CrisisNotice, result: NoticeOutcome): Promise<void>;
}

export type CrisisCardInput =
  | { change: 'started'; from: LocalDate; reason: string; role: CrisisRole }
  | { change: 'ended'; to: LocalDate };

export interface SendCrisisNoticesDeps<Card> {
  organisation: Pick<Organisation, 'people' | 'policy'>;
  queue: CrisisNoticeQueue;
  crisisPeriods(): Promise<CrisisPeriod[]>;
  /** Renders the card in the person's language. */
  render(person: Person, input: CrisisCardInput): Card;
  /** Sends and waits for Teams to take it; throws when it could not (then retried). */
  send(person: Person, card: Card): Promise<void>;
  clock: { now(): string };
}

/** Backoff between tries: 30 s, 2 min, 8 min, 32 min. */
function retryAt(now: string, attempts: number): string {
  return new Date(Date.parse(now) + 30_000 * 4 ** attempts).toISOString();
}

/**
 * One round of the crisis cards: at most `perRound` (the caller runs a round a second, so a few
 * cards a second per tenant, under Teams' proactive message limits), each in the person's
 * language and saying what the crisis means for their function. A person no longer in the
 * organisation file is settled as sent: there is nobody to tell.
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
    const input: CrisisCardInput =
      notice.change === 'started'
        ? {
            change: 'started',
            from: period.from,
            reason: period.reason,
            role: crisisRoleOf(person.function, deps.organisation.policy.crisis),
          }
        : { change: 'ended', to: period.to ?? period.from };
    try {
      await deps.send(person, deps.render(person, input));
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
