import { randomUUID } from 'node:crypto';
import type { Placement } from '../../core/calendar-sync/calendar-event.js';
import type { CalendarGateway } from '../../core/calendar-sync/calendar-gateway.js';
import { dutyPlacement, teleworkPlacement } from '../../core/calendar-sync/placement.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { applyOutcome, type Verdict } from './apply-outcome.js';
import {
  type CalendarSyncStore,
  type EventMapping,
  mappingKey,
  type OutboxRow,
  type Settlement,
} from './calendar-sync-store.js';
import { MailboxSlots } from './mailbox-slots.js';
import { sendOperations } from './operation-sender.js';
import { blankMapping, digestOf, nextStep, type RowWork, type Step } from './reconcile-plan.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from './retry-policy.js';
import { plusMs, type SyncClock, type SyncLogger, silentLogger } from './sync-clock.js';

export interface OutboxWorkerOptions {
  store: CalendarSyncStore;
  gateway: CalendarGateway;
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  clock: SyncClock;
  /**
   * Graph refused an update or delete (412): the event changed in Outlook since the version we
   * named. Reads the event and takes the change into the ledger (the change poller's takeIn),
   * so that the row, planned again, never overwrites what the person did.
   */
  takeIn: (mapping: EventMapping) => Promise<unknown>;
  logger?: SyncLogger;
  /** Unique per process: leases are held in its name. */
  workerId?: string;
  slots?: MailboxSlots;
  retry?: Partial<RetryPolicy>;
  /** How long a taken row is ours; well above the time one claim takes to work through. */
  leaseMs?: number;
  /** Rows taken at once: enough to fill the batches in flight. */
  claimLimit?: number;
  maxBatchesInFlight?: number;
  /**
   * Waiting for the next due row, wait this much longer: the rows that come due in the meantime
   * (jittered retries) then share $batch requests instead of going one by one.
   */
  gatherMs?: number;
  random?: () => number;
}

export interface DrainReport {
  claimed: number;
  /** $batch requests sent. */
  requests: number;
  operations: number;
  done: number;
  retried: number;
  parked: number;
  /** Writes Graph refused because the event changed in Outlook meanwhile (412), then re-planned. */
  conflicts: number;
}

const emptyReport = (): DrainReport => ({
  claimed: 0,
  requests: 0,
  operations: 0,
  done: 0,
  retried: 0,
  parked: 0,
  conflicts: 0,
});

/** A row needs a handful of steps at most (find, delete a stray, delete elsewhere, create). */
const MAX_STEPS = 8;

/**
 * Drains the calendar outbox: takes due rows with a lease, works out for each what Outlook must
 * do to match the ledger as it is now, sends that in $batch requests, and settles each row by
 * its answer. A row is done only once Graph confirmed; anything short of that leaves it to be
 * taken again (by this worker later, or by another once the lease ends).
 */
export class OutboxWorker {
  readonly workerId: string;
  readonly #o: Required<Omit<OutboxWorkerOptions, 'retry'>> & { retry: RetryPolicy };
  /** Mailboxes that answered 429/503: nothing more is sent to them before this instant (ms). */
  readonly #blockedUntil = new Map<string, number>();
  #stopped = false;

  constructor(options: OutboxWorkerOptions) {
    this.workerId = options.workerId ?? `calendar-worker-${randomUUID()}`;
    this.#o = {
      logger: silentLogger,
      slots: new MailboxSlots(),
      leaseMs: 120_000,
      gatherMs: 1_000,
      claimLimit: 80,
      maxBatchesInFlight: 4,
      random: Math.random,
      ...options,
      workerId: this.workerId,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    };
  }

  stop(): void {
    this.#stopped = true;
  }

  /** Works through every row due now; rows due later (backoff, Retry-After) wait for the next call. */
  async drainOnce(): Promise<DrainReport> {
    const report = emptyReport();
    while (!this.#stopped) {
      const now = this.#o.clock.now();
      const rows = await this.#o.store.claim({
        now,
        leaseUntil: plusMs(now, this.#o.leaseMs),
        workerId: this.workerId,
        limit: this.#o.claimLimit,
      });
      if (rows.length === 0) break;
      report.claimed += rows.length;
      await this.#process(rows, report);
    }
    return report;
  }

  /** Drains, waiting (on the sync clock) for rows due later, until no row is pending. */
  async drainUntilIdle(maxCycles = 10_000): Promise<DrainReport> {
    const total = emptyReport();
    for (let cycle = 0; cycle < maxCycles && !this.#stopped; cycle++) {
      const report = await this.drainOnce();
      for (const key of Object.keys(total) as Array<keyof DrainReport>) total[key] += report[key];
      const next = await this.#o.store.nextDueAt();
      if (next === undefined) return total;
      const wait = Date.parse(next) - Date.parse(this.#o.clock.now());
      await this.#o.clock.sleep(Math.max(10, wait + this.#o.gatherMs));
    }
    return total;
  }

  async #process(rows: OutboxRow[], report: DrainReport): Promise<void> {
    const { store } = this.#o;
    let active = await this.#load(rows);
    for (let step = 0; active.length > 0; step++) {
      const now = this.#o.clock.now();
      const nowMs = Date.parse(now);
      const sending: Array<{ work: RowWork; step: Exclude<Step, { kind: 'finished' }> }> = [];
      const settlements: Settlement[] = [];
      for (const work of active) {
        const next = nextStep(work);
        if (next.kind === 'finished') {
          report.done += 1;
          settlements.push({ row: work.row, outcome: 'done' });
          continue;
        }
        const blocked = this.#blockedUntil.get(next.operation.mailbox) ?? 0;
        if (step >= MAX_STEPS)
          settlements.push(
            this.#retry(
              work,
              { kind: 'retry', reason: 'too many steps', suspect: true, mailbox: '' },
              report,
            ),
          );
        else if (blocked > nowMs)
          // Not a failure of this row: its mailbox asked for a pause.
          settlements.push({
            row: work.row,
            outcome: 'retry',
            dueAt: new Date(blocked).toISOString(),
            error: 'mailbox throttled',
            suspectAttempts: work.row.suspectAttempts,
            countAttempt: false,
          });
        else sending.push({ work, step: next });
      }
      await store.settle(this.workerId, settlements, now);
      if (sending.length === 0) return;

      // A create's intent is written before it is sent: if the answer is lost (or we die), the
      // next try knows to look for the event before creating another.
      const intents: EventMapping[] = [];
      for (const { work, step: sent } of sending)
        if (sent.kind === 'create' && work.want) {
          const bodyHash = digestOf(work.want.event);
          work.mapping = { ...work.mapping, mailbox: work.want.mailbox, createPending: true, bodyHash };
          intents.push(work.mapping);
        }
      await store.saveMappings(intents, now);

      const operations = sending.map((item) => item.step.operation);
      const sent = await sendOperations(
        this.#o.gateway,
        this.#o.slots,
        operations,
        this.#o.maxBatchesInFlight,
      );
      report.requests += sent.requests;
      report.operations += sending.length;

      const changed: EventMapping[] = [];
      const after: Settlement[] = [];
      const conflicts: RowWork[] = [];
      active = [];
      sending.forEach(({ work, step: done }, index) => {
        const before = work.mapping;
        const outcome = sent.outcomes[index] ?? { result: 'retry', reason: 'no outcome', applied: 'maybe' };
        const verdict = applyOutcome(work, done, outcome);
        if (work.mapping !== before) changed.push(work.mapping);
        if (verdict.kind === 'continue') active.push(work);
        else if (verdict.kind === 'conflict') conflicts.push(work);
        else if (verdict.kind === 'retry') after.push(this.#retry(work, verdict, report));
        else after.push(this.#park(work, verdict.reason, report));
      });
      // What Graph confirmed is recorded before any row is settled.
      const later = this.#o.clock.now();
      await store.saveMappings(changed, later);
      await store.settle(this.workerId, after, later);
      if (conflicts.length > 0)
        await store.settle(this.workerId, await this.#takeIn(conflicts, report), this.#o.clock.now());
    }
  }

  /**
   * Rows whose write met a change made in Outlook: the change goes into the ledger first (it may
   * cancel or move the day, or be refused and put back), then the row is planned again from the
   * ledger as it is then, against the version just read. The first conflict of a row is tried
   * again at once; another one waits like any failure, so a calendar that keeps changing is
   * never looped on.
   */
  async #takeIn(conflicts: RowWork[], report: DrainReport): Promise<Settlement[]> {
    const settlements: Settlement[] = [];
    for (const work of conflicts) {
      report.conflicts += 1;
      const mailbox = work.mapping.mailbox;
      try {
        await this.#o.takeIn(work.mapping);
      } catch (error) {
        const reason = `reading the event changed in Outlook failed: ${error instanceof Error ? error.message : String(error)}`;
        settlements.push(this.#retry(work, { kind: 'retry', reason, suspect: false, mailbox }, report));
        continue;
      }
      if (work.row.attempts > 0) {
        settlements.push(
          this.#retry(
            work,
            { kind: 'retry', reason: 'changed in Outlook again', suspect: false, mailbox },
            report,
          ),
        );
        continue;
      }
      report.retried += 1;
      settlements.push({
        row: work.row,
        outcome: 'retry',
        dueAt: this.#o.clock.now(),
        error: 'changed in Outlook meanwhile; planned again',
        countAttempt: true,
        suspectAttempts: work.row.suspectAttempts,
      });
    }
    return settlements;
  }

  async #load(rows: OutboxRow[]): Promise<RowWork[]> {
    const { store, organisation } = this.#o;
    const [entries, duties, mappings] = await Promise.all([
      store.entries(rows.filter((row) => row.kind === 'entry').map((row) => row.entityId)),
      store.duties(rows.filter((row) => row.kind === 'duty').map((row) => row.entityId)),
      store.mappings(rows),
    ]);
    return rows.map((row) => {
      let want: Placement | undefined;
      if (row.kind === 'entry') {
        const entry = entries.get(row.entityId);
        want = entry && row.target === 'person' ? teleworkPlacement(entry, organisation) : undefined;
      } else {
        const duty = duties.get(row.entityId);
        want = duty ? dutyPlacement(duty, row.target, organisation) : undefined;
      }
      const mapping = mappings.get(mappingKey(row)) ?? blankMapping(row, want?.mailbox ?? '');
      return { row, want, mapping, strays: [], strayMailbox: mapping.mailbox };
    });
  }

  #retry(work: RowWork, verdict: Extract<Verdict, { kind: 'retry' }>, report: DrainReport): Settlement {
    const attempt = work.row.attempts + 1;
    // Only answers in a row that break the contract count towards parking: throttles and
    // outages before them are waits, not evidence that retrying cannot help.
    const suspectInARow = verdict.suspect ? work.row.suspectAttempts + 1 : 0;
    if (suspectInARow >= this.#o.retry.maxSuspectAttempts)
      return this.#park(
        work,
        `gave up after ${suspectInARow} answers in a row that do not follow Graph's documented contract; last: ${verdict.reason}`,
        report,
      );
    const now = this.#o.clock.now();
    if (verdict.afterMs !== undefined && verdict.mailbox) {
      const until = Date.parse(now) + verdict.afterMs;
      this.#blockedUntil.set(verdict.mailbox, Math.max(until, this.#blockedUntil.get(verdict.mailbox) ?? 0));
    }
    const delay = retryDelayMs(this.#o.retry, attempt, verdict.afterMs, this.#o.random);
    report.retried += 1;
    this.#o.logger.warn(
      { row: work.row.id, item: mappingKey(work.row), attempt, delayMs: delay, reason: verdict.reason },
      'calendar sync: retrying later',
    );
    return {
      row: work.row,
      outcome: 'retry',
      dueAt: plusMs(now, delay),
      error: verdict.reason,
      countAttempt: true,
      suspectAttempts: suspectInARow,
    };
  }

  #park(work: RowWork, reason: string, report: DrainReport): Settlement {
    report.parked += 1;
    this.#o.logger.error({ row: work.row.id, item: mappingKey(work.row), reason }, 'calendar sync: parked');
    return { row: work.row, outcome: 'park', reason };
  }
}
