import type { LocalDate } from './local-date.js';

/**
 * What the rules' callers ask the time of: core itself never reads a clock ("today" is passed in),
 * the bot and the use cases' callers get one from the composition root (adapters/clock).
 */
export interface Clock {
  /** The current instant, ISO 8601 in UTC. */
  now(): string;
  /** Today's date in Europe/Brussels. */
  today(): LocalDate;
}
