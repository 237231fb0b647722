/**
 * One thing the product needs before it can serve: the database, the Graph outbox... GET /readyz
 * runs every check and answers 503 when one fails. A check says why in `detail`, never throws on
 * purpose, and is given a deadline by the caller.
 */
export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail?: string }>;
}
