import type { ContractViolation } from './graph-contract.js';

/**
 * Knobs that make the local Graph misbehave the way Microsoft Graph does under load, so that the
 * gateway's retries, backoff and transactionId de-duplication are exercised. Every decision is
 * drawn from a seeded PRNG: the same seed and the same requests give the same faults.
 */
export interface FaultSettings {
  /** Share of requests (and of $batch items) answered 429 ApplicationThrottled with Retry-After. */
  throttleRate: number;
  /** Share answered 503 with Retry-After. */
  unavailableRate: number;
  /** Share whose connection is destroyed before any work is done (the client sees a reset). */
  resetRate: number;
  /** Share of successful writes whose connection is destroyed after the write: a lost response. */
  resetAfterWriteRate: number;
  /** Added to every request (and $batch item) while it holds its mailbox slot. */
  latencyMs: number;
  /** Retry-After, in whole seconds as Graph sends it; 0 lets tests retry at once. */
  retryAfterSeconds: number;
  seed: number;
}

export const DEFAULT_FAULTS: FaultSettings = {
  throttleRate: 0,
  unavailableRate: 0,
  resetRate: 0,
  resetAfterWriteRate: 0,
  latencyMs: 0,
  retryAfterSeconds: 1,
  seed: 1,
};

export interface FaultStats {
  /** HTTP requests received (a $batch counts once). */
  requests: number;
  /** Items executed inside $batch requests. */
  batchItems: number;
  /** Answers by status, requests and $batch items together. */
  byStatus: Record<string, number>;
  /** The most requests seen in flight at once, per mailbox (directory id). */
  maxConcurrencyByMailbox: Record<string, number>;
  injected: {
    throttled: number;
    unavailable: number;
    reset: number;
    resetAfterWrite: number;
    mailboxConcurrency: number;
  };
}

export interface FaultController {
  set(settings: Partial<FaultSettings>): void;
  /** Back to the settings given at start, PRNG re-seeded, statistics cleared. */
  reset(): void;
  settings(): FaultSettings;
  stats(): FaultStats;
  contractViolations(): ContractViolation[];
}

export type FaultDecision = 'none' | 'reset' | 'unavailable' | 'throttle';

/** mulberry32: tiny, fast, good enough to spread faults; not for anything secret. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function check(settings: FaultSettings): FaultSettings {
  for (const key of ['throttleRate', 'unavailableRate', 'resetRate', 'resetAfterWriteRate'] as const)
    if (!(settings[key] >= 0 && settings[key] <= 1)) throw new RangeError(`${key} must be between 0 and 1.`);
  if (!(settings.latencyMs >= 0)) throw new RangeError('latencyMs must be 0 or more.');
  if (!(settings.retryAfterSeconds >= 0)) throw new RangeError('retryAfterSeconds must be 0 or more.');
  if (!Number.isInteger(settings.seed)) throw new RangeError('seed must be an integer.');
  return settings;
}

const emptyStats = (): FaultStats => ({
  requests: 0,
  batchItems: 0,
  byStatus: {},
  maxConcurrencyByMailbox: {},
  injected: { throttled: 0, unavailable: 0, reset: 0, resetAfterWrite: 0, mailboxConcurrency: 0 },
});

export class Faults implements FaultController {
  private current: FaultSettings;
  private random: () => number;
  private counters = emptyStats();

  constructor(
    private readonly baseline: FaultSettings,
    private readonly violations: () => ContractViolation[],
  ) {
    this.current = check({ ...baseline });
    this.random = prng(this.current.seed);
  }

  set(settings: Partial<FaultSettings>): void {
    this.current = check({ ...this.current, ...settings });
    if (settings.seed !== undefined) this.random = prng(this.current.seed);
  }

  reset(): void {
    this.current = { ...this.baseline };
    this.random = prng(this.current.seed);
    this.counters = emptyStats();
  }

  settings(): FaultSettings {
    return { ...this.current };
  }

  stats(): FaultStats {
    return structuredClone(this.counters);
  }

  contractViolations(): ContractViolation[] {
    return this.violations();
  }

  /** Graph sends whole seconds. */
  get retryAfter(): string {
    return String(Math.ceil(this.current.retryAfterSeconds));
  }

  get latencyMs(): number {
    return this.current.latencyMs;
  }

  /**
   * One draw per request or $batch item, before any work, so that a fault never leaves a write
   * half done. A $batch item cannot be reset on its own: the reset share then passes untouched.
   */
  decideBefore(canReset: boolean): FaultDecision {
    const draw = this.random();
    const { resetRate, unavailableRate, throttleRate } = this.current;
    if (draw < resetRate) return canReset ? this.count('reset', 'reset') : 'none';
    if (draw < resetRate + unavailableRate) return this.count('unavailable', 'unavailable');
    if (draw < resetRate + unavailableRate + throttleRate) return this.count('throttled', 'throttle');
    return 'none';
  }

  /** A $batch is one connection: one draw decides whether it is reset before its items run. */
  decideBatchReset(): boolean {
    const reset = this.random() < this.current.resetRate;
    if (reset) this.counters.injected.reset += 1;
    return reset;
  }

  /** One draw per successful write: true when its response is to be lost. */
  decideAfterWrite(): boolean {
    const lost = this.random() < this.current.resetAfterWriteRate;
    if (lost) this.counters.injected.resetAfterWrite += 1;
    return lost;
  }

  private count<D extends FaultDecision>(kind: keyof FaultStats['injected'], decision: D): D {
    this.counters.injected[kind] += 1;
    return decision;
  }

  countRequest(batchItem: boolean): void {
    if (batchItem) this.counters.batchItems += 1;
    else this.counters.requests += 1;
  }

  countStatus(status: number): void {
    this.counters.byStatus[status] = (this.counters.byStatus[status] ?? 0) + 1;
  }

  countConcurrency(mailbox: string, inFlight: number, refused: boolean): void {
    const seen = this.counters.maxConcurrencyByMailbox;
    seen[mailbox] = Math.max(seen[mailbox] ?? 0, inFlight);
    if (refused) this.counters.injected.mailboxConcurrency += 1;
  }
}
