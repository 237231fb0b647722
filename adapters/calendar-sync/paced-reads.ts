import { CalendarReadError } from '../../core/calendar-sync/calendar-gateway.js';
import { afterThrottle } from './delta-round-plan.js';
import type { MailboxSlots } from './mailbox-slots.js';
import type { SyncClock } from './sync-clock.js';

/** Waits for one read before the round is left for later. */
const MAX_WAITS = 3;

/**
 * The change poller's reads of a mailbox: within the mailbox's concurrency slots (shared with the
 * outbox worker), and as Graph paces them. A 429/503 with a short Retry-After is waited out on the
 * sync clock and the read made again; a long one leaves the mailbox alone until then. That pause
 * is kept in this instance's memory, like the outbox worker's: another instance that reads the
 * mailbox sooner is only throttled in turn.
 */
export class PacedReads {
  /** Mailboxes not to be read before this instant (ms). */
  readonly #blockedUntil = new Map<string, number>();

  constructor(
    private readonly o: { clock: SyncClock; slots?: MailboxSlots | undefined; maxWaitMs: number },
  ) {}

  blocked(mailbox: string): boolean {
    return (this.#blockedUntil.get(mailbox) ?? 0) > Date.parse(this.o.clock.now());
  }

  /** `waited` hears each wait, in ms. */
  async read<T>(mailbox: string, read: () => Promise<T>, waited?: (ms: number) => void): Promise<T> {
    for (let waits = 0; ; waits++) {
      try {
        return await this.#inSlot(mailbox, read);
      } catch (error) {
        if (!(error instanceof CalendarReadError && error.kind === 'retry' && error.afterMs !== undefined))
          throw error;
        const next = afterThrottle(error.afterMs, waits, {
          maxWaitMs: this.o.maxWaitMs,
          maxWaits: MAX_WAITS,
        });
        if (next.kind === 'stop') {
          const until = Date.parse(this.o.clock.now()) + next.untilMs;
          this.#blockedUntil.set(mailbox, Math.max(until, this.#blockedUntil.get(mailbox) ?? 0));
          throw error;
        }
        waited?.(next.ms);
        await this.o.clock.sleep(next.ms);
      }
    }
  }

  async #inSlot<T>(mailbox: string, read: () => Promise<T>): Promise<T> {
    const slots = this.o.slots;
    if (!slots) return read();
    const weights = slots.weights([mailbox]);
    await slots.acquire(weights);
    try {
      return await read();
    } finally {
      slots.release(weights);
    }
  }
}
