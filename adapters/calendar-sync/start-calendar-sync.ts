import type { Kysely } from 'kysely';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { CalendarGateway } from '../../core/calendar-sync/calendar-gateway.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import type { Clock } from '../clock/brussels-clock.js';
import type { AppTokenProvider } from '../entra/app-token-provider.js';
import { graphCalendarGateway } from '../graph/graph-calendar-gateway.js';
import { graphHttp } from '../graph/graph-http.js';
import type { Database } from '../store/database.js';
import { KyselyCalendarSyncStore } from '../store/kysely-calendar-sync-store.js';
import type { CalendarSyncStore, ParkedRow } from './calendar-sync-store.js';
import { ChangePoller, type ChangePollerOptions, type PollReport } from './change-poller.js';
import { MailboxSlots } from './mailbox-slots.js';
import { type DrainReport, OutboxWorker, type OutboxWorkerOptions } from './outbox-worker.js';
import { realSyncClock, type SyncClock, type SyncLogger, silentLogger } from './sync-clock.js';

export interface CalendarSyncOptions {
  /** The ledger: Outlook changes go through the use cases, like any other source. */
  store: LedgerStore;
  /** The ledger's database, which also holds the outbox, the event map and the delta links. */
  db: Kysely<Database>;
  organisation: Organisation;
  calendar: WorkingCalendar;
  /** Microsoft365.graphBaseUrl and .graphTokens from server/connect-microsoft-365.ts. */
  graph: { baseUrl: string; tokens: AppTokenProvider; timeoutMs?: number };
  /** The product's clock; a SyncClock (with sleep) in tests. */
  clock: Clock | SyncClock;
  logger?: SyncLogger;
  /** false: no background loop until start(); the caller drives drainOnce / pollOnce (tests, scripts). */
  run?: boolean;
  /** How often the loop looks for due rows when idle, and how often it reads Outlook's changes. */
  idleMs?: number;
  pollMs?: number;
  /** Test and benchmark seams; production leaves them out. */
  gateway?: CalendarGateway;
  syncStore?: CalendarSyncStore;
  worker?: Partial<
    Pick<OutboxWorkerOptions, 'workerId' | 'retry' | 'leaseMs' | 'claimLimit' | 'gatherMs' | 'random'>
  >;
  poller?: Partial<Pick<ChangePollerOptions, 'maxPagesPerRound' | 'maxRetryAfterWaitMs' | 'parallel'>>;
}

export interface CalendarSync {
  /** Sends every due outbox row to Graph once (rows retried later stay for the next call). */
  drainOnce(): Promise<DrainReport>;
  /** drainOnce until nothing is pending, waiting on the clock for backoffs (tests, scripts). */
  drainUntilIdle(): Promise<DrainReport>;
  /** Reads every mailbox's Outlook changes once and applies them to the ledger. */
  pollOnce(): Promise<PollReport>;
  /** Rows given up on, with the reason; for an administrator (an admin route is still to come). */
  parked(): Promise<ParkedRow[]>;
  /** Parked rows back to the queue, these or all; returns how many. */
  requeue(ids: string[] | 'all'): Promise<number>;
  /** Starts the background loops when they are not running (the server calls it once it listens). */
  start(): void;
  /** Ends the background loop after the current pass. */
  stop(): Promise<void>;
}

/**
 * Starts the calendar sync of one server instance: the outbox worker (ledger → Outlook) and the
 * change poller (Outlook → ledger), in one background loop. Several instances may run on one
 * PostgreSQL database: rows are leased, so each goes to one worker at a time.
 */
export function startCalendarSync(options: CalendarSyncOptions): CalendarSync {
  const clock: SyncClock = 'sleep' in options.clock ? options.clock : realSyncClock(options.clock);
  const logger = options.logger ?? silentLogger;
  const syncStore = options.syncStore ?? new KyselyCalendarSyncStore(options.db);
  const gateway =
    options.gateway ??
    graphCalendarGateway(
      graphHttp({
        baseUrl: options.graph.baseUrl,
        tokens: options.graph.tokens,
        ...(options.graph.timeoutMs ? { timeoutMs: options.graph.timeoutMs } : {}),
      }),
    );
  const slots = new MailboxSlots();
  const poller = new ChangePoller({
    store: syncStore,
    ledger: options.store,
    gateway,
    organisation: options.organisation,
    calendar: options.calendar,
    clock,
    logger,
    slots,
    ...options.poller,
  });
  const worker = new OutboxWorker({
    store: syncStore,
    gateway,
    organisation: options.organisation,
    clock,
    logger,
    slots,
    takeIn: (mapping) => poller.takeIn(mapping),
    ...options.worker,
  });

  let stopped = false;
  let stop: () => void = () => {};
  const stopping = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const idleMs = options.idleMs ?? 2_000;
  const pollMs = options.pollMs ?? 60_000;
  /** One background loop: a step, then its pause (cut short by stop()). */
  const loop = async (name: string, step: () => Promise<number>) => {
    while (!stopped) {
      let pause = idleMs;
      try {
        pause = await step();
      } catch (error) {
        // The database or a bug: log, pause, go on; the rows are still there.
        logger.error(
          { loop: name, error: error instanceof Error ? error.message : String(error) },
          'calendar sync loop failed',
        );
      }
      await Promise.race([clock.sleep(Math.max(50, pause)), stopping]);
    }
  };
  // Two loops, so that a long round of Outlook changes (many mailboxes) never holds the outbox
  // back; they share the mailbox slots, so together they stay within 4 requests per mailbox.
  let running: Promise<unknown> = Promise.resolve();
  let started = false;
  const start = () => {
    if (started || stopped) return;
    started = true;
    running = Promise.all([
      loop('outbox', async () => {
        await worker.drainOnce();
        const next = await syncStore.nextDueAt();
        // A little past the next due row, so that rows due together share $batch requests.
        return next === undefined
          ? idleMs
          : Math.min(idleMs, Date.parse(next) - Date.parse(clock.now()) + 250);
      }),
      loop('outlook changes', async () => {
        await poller.pollOnce();
        return pollMs;
      }),
    ]);
  };
  if (options.run !== false) start();

  return {
    drainOnce: () => worker.drainOnce(),
    drainUntilIdle: () => worker.drainUntilIdle(),
    pollOnce: () => poller.pollOnce(),
    parked: () => syncStore.parked(),
    requeue: (ids) => syncStore.requeue(ids, clock.now()),
    start,
    async stop() {
      stopped = true;
      worker.stop();
      stop();
      await running;
    },
  };
}
