import { addDays, firstDayOfMonth, lastDayOfMonth, monthOf } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import {
  type CalendarChange,
  type CalendarChangePage,
  type CalendarGateway,
  CalendarReadError,
  type ChangeCursor,
  type EventState,
} from '../../core/calendar-sync/calendar-gateway.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import type { OutlookChangeResult } from '../../core/use-cases/apply-outlook-change.js';
import type { CalendarSyncStore, EventMapping } from './calendar-sync-store.js';
import { missingFromSnapshot, roundStart, type Window } from './delta-round-plan.js';
import type { MailboxSlots } from './mailbox-slots.js';
import { OutlookChangeApplier } from './outlook-change-applier.js';
import { PacedReads } from './paced-reads.js';
import type { SyncClock, SyncLogger } from './sync-clock.js';

export interface ChangePollerOptions {
  store: CalendarSyncStore;
  ledger: Pick<LedgerStore, 'getEntry' | 'cancelEntry' | 'decideAndRecord' | 'cancelDuty'>;
  gateway: CalendarGateway;
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  clock: SyncClock;
  logger: SyncLogger;
  /** Shared with the outbox worker: a read takes one of its mailbox's 4 slots. */
  slots?: MailboxSlots;
  /** Mailboxes read at once. */
  parallel?: number;
  /** A round reads at most this many pages of a mailbox; the next round goes on from there. */
  maxPagesPerRound?: number;
  /** A Retry-After up to this long is waited out within the round; a longer one ends it. */
  maxRetryAfterWaitMs?: number;
}

export interface PollReport {
  mailboxes: number;
  pages: number;
  changes: number;
  outcomes: Partial<Record<OutlookChangeResult['outcome'], number>>;
  failures: number;
  /** Our events a full round's snapshot did not list, looked up one by one. */
  missing: number;
  /** Rounds stopped at the page cap, to go on from their nextLink next time. */
  cut: number;
  /** Mailboxes left alone this time: Graph asked (Retry-After) for a longer pause. */
  deferred: number;
  /** What Retry-After made this poll wait, in ms, each wait. */
  waitedMs: number[];
}

const MAX_PAGES = 200;
const MAX_RETRY_AFTER_WAIT_MS = 60_000;

/**
 * Brings back what people did in Outlook to our events, through each mailbox's change feed
 * (calendarView/delta). The feed cannot return our extended property, so an event is recognised
 * by its id in the event map; events that are not ours are skipped. Our own writes come back in
 * the feed too: they are recognised by their version (etag) or because they put the event where
 * the ledger has it.
 *
 * A round's place (the nextLink after each page applied) is stored, so that a round cut short by
 * its page cap, a throttle or an error goes on from there; a crash replays at most one page, and
 * applying a change twice finds the ledger already changed. The deltaLink is stored once the
 * round is over. A full round (the first of a mailbox, or after the window moved or the sync
 * state expired) also compares its snapshot with the event map: an event of ours deleted or
 * moved away before it would otherwise never come back.
 */
export class ChangePoller {
  readonly #applier: OutlookChangeApplier;
  readonly #reads: PacedReads;

  constructor(private readonly o: ChangePollerOptions) {
    this.#applier = new OutlookChangeApplier(o);
    this.#reads = new PacedReads({
      clock: o.clock,
      slots: o.slots,
      maxWaitMs: o.maxRetryAfterWaitMs ?? MAX_RETRY_AFTER_WAIT_MS,
    });
  }

  /** One read of a mailbox, paced as Graph asks; the waits go into the report. */
  #read<T>(mailbox: string, report: PollReport | undefined, read: () => Promise<T>): Promise<T> {
    return this.#reads.read(mailbox, read, (ms) => report?.waitedMs.push(ms));
  }

  /**
   * The window watched: from the first of last month to the end of the month the booking
   * horizon reaches. It moves once a month, and a moved window starts a new full round.
   */
  window(): Window {
    const today = this.o.clock.today();
    const from = firstDayOfMonth(monthOf(addDays(firstDayOfMonth(monthOf(today)), -1)));
    const to = lastDayOfMonth(monthOf(addDays(today, this.o.organisation.policy.bookingHorizonDays)));
    return { from, to };
  }

  async pollOnce(): Promise<PollReport> {
    const report: PollReport = {
      mailboxes: 0,
      pages: 0,
      changes: 0,
      outcomes: {},
      failures: 0,
      missing: 0,
      cut: 0,
      deferred: 0,
      waitedMs: [],
    };
    const queue = (await this.o.store.mailboxesWithEvents()).filter((mailbox) => {
      const deferred = this.#reads.blocked(mailbox);
      if (deferred) report.deferred += 1;
      return !deferred;
    });
    const next = async (): Promise<void> => {
      for (let mailbox = queue.shift(); mailbox !== undefined; mailbox = queue.shift()) {
        report.mailboxes += 1;
        try {
          await this.pollMailbox(mailbox, report);
        } catch (error) {
          report.failures += 1;
          this.o.logger.warn(
            { mailbox, error: error instanceof Error ? error.message : String(error) },
            'calendar sync: reading Outlook changes failed; the next round goes on from there',
          );
        }
      }
    };
    await Promise.all(Array.from({ length: this.o.parallel ?? 4 }, next));
    return report;
  }

  /**
   * The outbox worker's write was refused (412): the event changed in Outlook since the version
   * we knew. Reads it and takes the change in, keeping its version for the next write.
   */
  async takeIn(mapping: EventMapping): Promise<OutlookChangeResult | undefined> {
    if (mapping.eventId === null) return undefined;
    const eventId = mapping.eventId;
    const now = await this.#read(mapping.mailbox, undefined, () =>
      this.o.gateway.readEvent(mapping.mailbox, eventId),
    );
    return this.#applier.apply(mapping, now, { takeVersion: true });
  }

  async pollMailbox(mailbox: string, report: PollReport): Promise<void> {
    const { store } = this.o;
    const window = this.window();
    const start = roundStart(window, await store.roundPlace(mailbox), await store.deltaLink(mailbox));
    let full = start.kind === 'full' || start.full;
    let from: { window: Window } | { cursor: ChangeCursor } =
      start.kind === 'resume' ? { cursor: start.cursor } : { window };
    if (start.kind === 'full') await store.startFullRound(mailbox);
    for (let page = 0; page < (this.o.maxPagesPerRound ?? MAX_PAGES); page++) {
      let result: CalendarChangePage;
      try {
        const cursor = from;
        result = await this.#read(mailbox, report, () => this.o.gateway.readChanges(mailbox, cursor));
      } catch (error) {
        if (!(error instanceof CalendarReadError && error.kind === 'resync' && 'cursor' in from)) throw error;
        await store.dropDeltaLink(mailbox);
        from = { window };
        full = true;
        continue;
      }
      report.pages += 1;
      const ours: string[] = [];
      for (const change of result.changes)
        if ((await this.#handle(mailbox, change, report)) && !change.removed) ours.push(change.eventId);
      if (full) await store.markSeen(mailbox, ours);
      const at = this.o.clock.now();
      if (result.next.more) {
        from = { cursor: result.next.cursor };
        await store.saveRoundPlace(
          mailbox,
          { cursor: result.next.cursor, windowFrom: window.from, windowTo: window.to, full },
          at,
        );
        continue;
      }
      if (full) await this.#lookUpMissing(mailbox, window, report);
      await store.saveDeltaLink(
        mailbox,
        { cursor: result.next.cursor, windowFrom: window.from, windowTo: window.to },
        this.o.clock.now(),
      );
      return;
    }
    report.cut += 1;
  }

  async #lookUpMissing(mailbox: string, window: Window, report: PollReport): Promise<void> {
    const unseen = await this.o.store.unseenMappings(mailbox);
    const ids = (kind: EventMapping['kind']) =>
      unseen.filter((mapping) => mapping.kind === kind).map((mapping) => mapping.entityId);
    const [entries, duties] = await Promise.all([
      this.o.store.entries(ids('entry')),
      this.o.store.duties(ids('duty')),
    ]);
    const days = unseen.map((mapping) => ({
      mapping,
      day:
        mapping.kind === 'entry' ? entries.get(mapping.entityId)?.date : duties.get(mapping.entityId)?.date,
    }));
    for (const mapping of missingFromSnapshot(days, window)) {
      report.missing += 1;
      await this.#handle(mailbox, { eventId: mapping.eventId ?? '', removed: true }, report);
    }
  }

  /** Applies one change of the feed to the ledger; false when the event is not ours. */
  async #handle(mailbox: string, change: CalendarChange, report: PollReport): Promise<boolean> {
    const mapping = await this.o.store.mappingByEvent(mailbox, change.eventId);
    if (!mapping) return false;
    report.changes += 1;
    let result: OutlookChangeResult;
    if (!change.removed && change.etag !== undefined && change.etag === mapping.etag)
      // The version we wrote, or one the ledger already took in.
      result = { outcome: 'ignored', why: 'known version' };
    else {
      // "@removed" also means "moved out of the window": ask for the event to tell the two apart.
      const now: EventState | undefined = change.removed
        ? await this.#read(mailbox, report, () => this.o.gateway.readEvent(mailbox, change.eventId))
        : { timing: change.timing, ...(change.etag === undefined ? {} : { etag: change.etag }) };
      result = await this.#applier.apply(mapping, now, { takeVersion: false });
    }
    report.outcomes[result.outcome] = (report.outcomes[result.outcome] ?? 0) + 1;
    return true;
  }
}
