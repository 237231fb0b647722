/**
 * When to try again. Graph's advice for 429 and 503 is to wait what Retry-After says and, without
 * it, to back off exponentially (learn.microsoft.com/graph/throttling); jitter keeps a crowd of
 * rows (or server instances) from coming back in the same second. The wait is the longer of the
 * two, so a Retry-After of 0 still spaces repeated failures out.
 */
export interface RetryPolicy {
  /** First backoff step. */
  baseMs: number;
  /** Ceiling: a Graph outage of a day is retried every quarter of an hour, never given up. */
  maxMs: number;
  /** Answers that break Graph's contract are retried this many times, then parked. */
  maxSuspectAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 1_000, maxMs: 15 * 60_000, maxSuspectAttempts: 5 };

/** `attempt` counts from 1 for the first failure. */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(30, Math.max(0, attempt - 1)));
  // "Equal jitter": at least half the step, so the backoff still grows.
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.round(Math.max(retryAfterMs ?? 0, jittered));
}
