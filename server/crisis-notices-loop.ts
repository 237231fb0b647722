import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { claimCrisisNotices, settleCrisisNotice } from '../adapters/store/crisis-notice-queue.js';
import type { Database } from '../adapters/store/database.js';
import { renderCrisisCard } from '../bot/cards/crisis-card.js';
import type { ConversationReferences } from '../bot/conversations/conversation-references.js';
import { proactiveSend } from '../bot/conversations/proactive-notify.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import type { Organisation } from '../core/organisation/organisation.js';
import { sendCrisisNotices } from '../core/use-cases/send-crisis-notices.js';

/** A round a second, this many cards a round: a few cards a second per tenant and instance. */
const ROUND_MS = 1_000;
const CARDS_PER_ROUND = 3;
/** A card claimed and not settled (the instance died) is taken again after this. */
const LEASE_MS = 60_000;

/**
 * Sends the crisis cards in the background, from the database queue that starting or ending a
 * crisis fills. Every instance runs one; the queue's lease keeps them from sending a card twice.
 */
export function startCrisisNotices(deps: {
  db: Kysely<Database>;
  store: Pick<LedgerStore, 'crisisPeriods'>;
  organisation: Pick<Organisation, 'people' | 'policy'>;
  adapter: CloudAdapter;
  botAppId: string;
  conversations: ConversationReferences;
  clock: { now(): string };
  log: Pick<FastifyBaseLogger, 'warn'>;
}): { stop(): Promise<void> } {
  const workerId = randomUUID();
  const send = proactiveSend(deps.adapter, deps.botAppId, deps.conversations);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sendCrisisNotices(
      {
        organisation: deps.organisation,
        crisisPeriods: () => deps.store.crisisPeriods(),
        queue: {
          claim: (limit) => {
            const now = deps.clock.now();
            const leaseUntil = new Date(Date.parse(now) + LEASE_MS).toISOString();
            return claimCrisisNotices(deps.db, { now, leaseUntil, workerId, limit });
          },
          settle: (notice, result) => settleCrisisNotice(deps.db, notice, workerId, result, deps.clock.now()),
        },
        render: (person, input) => renderCrisisCard({ locale: person.locale, ...input }),
        send,
        clock: deps.clock,
      },
      CARDS_PER_ROUND,
    ).catch((error: unknown) => deps.log.warn({ err: error }, 'crisis cards: a round failed'));
  }, ROUND_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
