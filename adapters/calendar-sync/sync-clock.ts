import { setTimeout as wait } from 'node:timers/promises';
import type { Clock } from '../clock/brussels-clock.js';

/**
 * The clock of the calendar sync: the product's clock plus a way to wait. Tests pass a clock whose
 * sleep moves time forward at once, so a Retry-After or a backoff of minutes costs no real time.
 */
export interface SyncClock extends Clock {
  sleep(ms: number): Promise<void>;
}

export function realSyncClock(clock: Clock): SyncClock {
  return {
    now: () => clock.now(),
    today: () => clock.today(),
    sleep: async (ms) => {
      if (ms > 0) await wait(ms, undefined, { ref: false });
    },
  };
}

export function plusMs(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

/** What the sync writes to the server's log (pino's signature: the fields, then the message). */
export interface SyncLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLogger: SyncLogger = { info() {}, warn() {}, error() {} };
