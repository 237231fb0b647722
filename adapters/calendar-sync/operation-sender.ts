import type {
  CalendarGateway,
  CalendarOperation,
  CalendarOutcome,
} from '../../core/calendar-sync/calendar-gateway.js';
import type { MailboxSlots } from './mailbox-slots.js';

/**
 * Sends operations in as few calls as the gateway allows (20 per $batch), several calls at once
 * but never more than the mailbox slots allow: operations are grouped by mailbox so that a
 * mailbox's operations share calls, and the next call to go is the first that fits, so a busy
 * shared mailbox does not hold back the people's own calendars.
 */
export async function sendOperations(
  gateway: CalendarGateway,
  slots: MailboxSlots,
  operations: CalendarOperation[],
  maxInFlight: number,
): Promise<{ outcomes: CalendarOutcome[]; requests: number }> {
  const outcomes: CalendarOutcome[] = new Array(operations.length);
  const order = operations
    .map((_, index) => index)
    .sort((a, b) => {
      const ma = operations[a]?.mailbox ?? '';
      const mb = operations[b]?.mailbox ?? '';
      return ma < mb ? -1 : ma > mb ? 1 : a - b;
    });
  const queue: number[][] = [];
  for (let i = 0; i < order.length; i += gateway.maxOperationsPerSend)
    queue.push(order.slice(i, i + gateway.maxOperationsPerSend));

  const inFlight = new Set<Promise<void>>();
  let requests = 0;
  const start = async (call: number[], weights: Map<string, number>) => {
    requests += 1;
    const batch = call.map((index) => operations[index] as CalendarOperation);
    try {
      const answers = await gateway.send(batch);
      call.forEach((index, k) => {
        outcomes[index] = answers[k] ?? {
          result: 'retry',
          reason: 'the gateway gave no outcome',
          applied: 'maybe',
        };
      });
    } catch (error) {
      // A gateway bug must not lose the rows: they are retried, and parked if it persists.
      const reason = `calendar gateway failed: ${error instanceof Error ? error.message : String(error)}`;
      for (const index of call)
        outcomes[index] = { result: 'retry', reason, applied: 'maybe', suspect: true };
    } finally {
      slots.release(weights);
    }
  };

  while (queue.length > 0 || inFlight.size > 0) {
    let index = 0;
    while (index < queue.length && inFlight.size < maxInFlight) {
      const call = queue[index] as number[];
      const weights = slots.weights(call.map((i) => operations[i]?.mailbox ?? ''));
      if (!slots.fits(weights)) {
        index += 1;
        continue;
      }
      queue.splice(index, 1);
      await slots.acquire(weights);
      const task: Promise<void> = start(call, weights).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    if (inFlight.size > 0) await Promise.race(inFlight);
    else if (queue.length > 0) {
      // Nothing of ours in flight and nothing fits: another user of the slots holds them; wait.
      const call = queue.shift() as number[];
      const weights = slots.weights(call.map((i) => operations[i]?.mailbox ?? ''));
      await slots.acquire(weights);
      const task: Promise<void> = start(call, weights).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
  }
  return { outcomes, requests };
}
