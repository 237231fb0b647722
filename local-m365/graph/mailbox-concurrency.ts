/**
 * Outlook's MailboxConcurrency limit: at most N requests of one application in flight against one
 * mailbox (4 in learn.microsoft.com/graph/throttling-limits, Outlook service limits); one more is
 * answered 429 ApplicationThrottled "Application is over its MailboxConcurrency limit." at once.
 * The local Graph serves one application, so slots are counted per mailbox.
 */
export class MailboxConcurrency {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError('maxConcurrentPerMailbox must be a positive integer.');
  }

  /** Takes a slot; returns how many requests (this one included) wanted to run, and whether it may. */
  enter(mailbox: string): { attempted: number; admitted: boolean } {
    const current = this.inFlight.get(mailbox) ?? 0;
    if (current >= this.limit) return { attempted: current + 1, admitted: false };
    this.inFlight.set(mailbox, current + 1);
    return { attempted: current + 1, admitted: true };
  }

  leave(mailbox: string): void {
    const current = this.inFlight.get(mailbox) ?? 0;
    if (current <= 1) this.inFlight.delete(mailbox);
    else this.inFlight.set(mailbox, current - 1);
  }
}
