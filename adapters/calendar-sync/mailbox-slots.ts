/**
 * Outlook lets an application have at most 4 requests in flight against one mailbox
 * (MailboxConcurrency, learn.microsoft.com/graph/throttling-limits); the fifth is answered 429.
 * Graph runs the items of one $batch up to 4 at a time, so a batch holding k items of a mailbox
 * occupies min(k, 4) of its slots. Shared by the outbox worker and the change poller of one
 * process; several server instances do not coordinate, and the 429s that may then come are
 * honoured like any other.
 */
export class MailboxSlots {
  readonly #inFlight = new Map<string, number>();
  readonly #waiters = new Set<() => void>();

  constructor(readonly perMailbox = 4) {}

  /** The slots a batch needs: per mailbox, its items, at most the per-mailbox limit. */
  weights(mailboxes: string[]): Map<string, number> {
    const weights = new Map<string, number>();
    for (const mailbox of mailboxes)
      weights.set(mailbox, Math.min(this.perMailbox, (weights.get(mailbox) ?? 0) + 1));
    return weights;
  }

  fits(weights: Map<string, number>): boolean {
    for (const [mailbox, weight] of weights)
      if ((this.#inFlight.get(mailbox) ?? 0) + weight > this.perMailbox) return false;
    return true;
  }

  /** Waits until the weights fit, then takes them. */
  async acquire(weights: Map<string, number>): Promise<void> {
    while (!this.fits(weights)) await new Promise<void>((resolve) => this.#waiters.add(resolve));
    for (const [mailbox, weight] of weights)
      this.#inFlight.set(mailbox, (this.#inFlight.get(mailbox) ?? 0) + weight);
  }

  release(weights: Map<string, number>): void {
    for (const [mailbox, weight] of weights) {
      const left = (this.#inFlight.get(mailbox) ?? 0) - weight;
      if (left <= 0) this.#inFlight.delete(mailbox);
      else this.#inFlight.set(mailbox, left);
    }
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }
}
