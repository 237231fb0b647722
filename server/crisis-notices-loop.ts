import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { dateInBrussels } from '../adapters/clock/brussels-clock.js';
import {
  claimCrisisNotices,
  renewCrisisNotice,
  settleCrisisNotice,
} from '../adapters/store/crisis-notice-queue.js';
import type { Database } from '../adapters/store/database.js';
import type { AdaptiveCardJson } from '../bot/cards/adaptive-card.js';
import { renderCrisisCard } from '../bot/cards/crisis-card.js';
import type { ConversationReferences } from '../bot/conversations/conversation-references.js';
import { proactiveSend } from '../bot/conversations/proactive-notify.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import type { Organisation, Person } from '../core/organisation/organisation.js';
import { crisisWeekCoverage } from '../core/use-cases/crisis-team-coverage.js';
import { type CrisisCardInput, sendCrisisNotices } from '../core/use-cases/send-crisis-notices.js';

export interface CrisisNoticeTiming {
  /** A round every this many ms, this many cards a round: a few cards a second per tenant and instance. */
  roundMs: number;
  perRound: number;
  /** A card claimed and not settled (the instance died) is taken again after this. */
  leaseMs: number;
  /** A send still unanswered after this is given up and retried: well under the lease. */
  sendTimeoutMs: number;
}

export const CRISIS_NOTICE_TIMING: CrisisNoticeTiming = {
  roundMs: 1_000,
  perRound: 3,
  leaseMs: 60_000,
  sendTimeoutMs: 15_000,
};

export interface CrisisNoticeWorkerDeps<Card> {
  db: Kysely<Database>;
  store: Pick<LedgerStore, 'crisisPeriods' | 'crisisLoans' | 'planTeam'>;
  organisation: Pick<Organisation, 'people' | 'teams' | 'functions' | 'policy'>;
  calendar: WorkingCalendar;
  render(person: Person, input: CrisisCardInput): Card;
  send(person: Person, card: Card): Promise<void>;
  clock: { now(): string };
  timing: CrisisNoticeTiming;
}

/** Rejects when `work` has not settled within `ms`; the work itself goes on, unawaited. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Teams within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One instance's worker on the shared queue: each round claims a few cards under a lease, renews
 * the lease before each send and bounds the send by a timeout well under the lease, so the card is
 * marked sent while this worker still holds it (send-crisis-notices.ts says what remains).
 */
export function crisisNoticeWorker<Card>(deps: CrisisNoticeWorkerDeps<Card>): { round(): Promise<number> } {
  if (deps.timing.sendTimeoutMs * 2 > deps.timing.leaseMs) {
    throw new Error('the crisis cards: a send must time out within half the lease');
  }
  const workerId = randomUUID();
  const leaseFrom = (now: string) => new Date(Date.parse(now) + deps.timing.leaseMs).toISOString();
  return {
    round: () =>
      sendCrisisNotices(
        {
          organisation: deps.organisation,
          crisisPeriods: () => deps.store.crisisPeriods(),
          crisisLoans: (crisisId) => deps.store.crisisLoans(crisisId),
          teamsCoverage: (managerId, from) => crisisWeekCoverage(deps, managerId, from),
          queue: {
            claim: (limit) => {
              const now = deps.clock.now();
              return claimCrisisNotices(deps.db, { now, leaseUntil: leaseFrom(now), workerId, limit });
            },
            renew: (notice) => renewCrisisNotice(deps.db, notice, workerId, leaseFrom(deps.clock.now())),
            settle: (notice, result) =>
              settleCrisisNotice(deps.db, notice, workerId, result, deps.clock.now()),
          },
          render: deps.render,
          send: (person, card) => within(deps.timing.sendTimeoutMs, deps.send(person, card)),
          clock: { now: () => deps.clock.now(), today: () => dateInBrussels(new Date(deps.clock.now())) },
        },
        deps.timing.perRound,
      ),
  };
}

/**
 * Sends the crisis cards in the background, from the database queue that starting or ending a
 * crisis fills. Every instance runs one; the queue's lease keeps them from sending a card twice.
 */
export function startCrisisNotices(deps: {
  db: Kysely<Database>;
  store: Pick<LedgerStore, 'crisisPeriods' | 'crisisLoans' | 'planTeam'>;
  organisation: Pick<Organisation, 'people' | 'teams' | 'functions' | 'policy'>;
  calendar: WorkingCalendar;
  adapter: CloudAdapter;
  botAppId: string;
  conversations: ConversationReferences;
  clock: { now(): string };
  log: Pick<FastifyBaseLogger, 'warn'>;
}): { stop(): Promise<void> } {
  const worker = crisisNoticeWorker<AdaptiveCardJson>({
    ...deps,
    render: (person, input) => renderCrisisCard({ locale: person.locale, ...input }),
    send: proactiveSend(deps.adapter, deps.botAppId, deps.conversations),
    timing: CRISIS_NOTICE_TIMING,
  });
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    // A round waiting on a slow send is let finish: a second one beside it would break the rate.
    if (running) return;
    running = worker
      .round()
      .catch((error: unknown) => deps.log.warn({ err: error }, 'crisis cards: a round failed'))
      .finally(() => {
        running = undefined;
      });
  }, CRISIS_NOTICE_TIMING.roundMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
