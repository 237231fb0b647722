import { addDays, firstDayOfMonth, lastDayOfMonth, monthOf } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import {
  type CalendarChange,
  type CalendarGateway,
  CalendarReadError,
  type ChangeCursor,
} from '../../core/calendar-sync/calendar-gateway.js';
import { dayOfTiming } from '../../core/calendar-sync/placement.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import {
  applyOutlookDutyChange,
  applyOutlookTeleworkChange,
  type OutlookChange,
  type OutlookChangeResult,
} from '../../core/use-cases/apply-outlook-change.js';
import type { CalendarSyncStore, EventMapping } from './calendar-sync-store.js';
import type { MailboxSlots } from './mailbox-slots.js';
import { eventGone } from './reconcile-plan.js';
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
}

export interface PollReport {
  mailboxes: number;
  pages: number;
  changes: number;
  outcomes: Partial<Record<OutlookChangeResult['outcome'], number>>;
  failures: number;
}

/** A round reads at most this many pages per mailbox; the rest waits for the next round. */
const MAX_PAGES = 200;

/** Errors that only say the ledger moved on before the change was read: nothing to do. */
const STALE = new Set(['ENTRY_ALREADY_CANCELLED', 'ENTRY_NOT_ACTIVE', 'UNKNOWN_ENTRY', 'UNKNOWN_DUTY']);

/**
 * Brings back what people did in Outlook to our events, through each mailbox's change feed
 * (calendarView/delta). The feed cannot return our extended property, so an event is recognised
 * by its id in the event map; events that are not ours are skipped. Our own writes come back in
 * the feed too: they are recognised because they put the event where the ledger has it.
 *
 * The deltaLink is stored only after a round was fully applied: a crash replays the round, and
 * applying a change twice finds the ledger already changed.
 */
export class ChangePoller {
  constructor(private readonly o: ChangePollerOptions) {}

  /**
   * The window watched: from the first of last month to the end of the month the booking
   * horizon reaches. It moves once a month, and a moved window starts a new full round.
   */
  window(): { from: string; to: string } {
    const today = this.o.clock.today();
    const from = firstDayOfMonth(monthOf(addDays(firstDayOfMonth(monthOf(today)), -1)));
    const to = lastDayOfMonth(monthOf(addDays(today, this.o.organisation.policy.bookingHorizonDays)));
    return { from, to };
  }

  async pollOnce(): Promise<PollReport> {
    const report: PollReport = { mailboxes: 0, pages: 0, changes: 0, outcomes: {}, failures: 0 };
    const queue = await this.o.store.mailboxesWithEvents();
    const next = async (): Promise<void> => {
      for (let mailbox = queue.shift(); mailbox !== undefined; mailbox = queue.shift()) {
        report.mailboxes += 1;
        try {
          await this.pollMailbox(mailbox, report);
        } catch (error) {
          report.failures += 1;
          this.o.logger.warn(
            { mailbox, error: error instanceof Error ? error.message : String(error) },
            'calendar sync: reading Outlook changes failed; next round tries again',
          );
        }
      }
    };
    await Promise.all(Array.from({ length: this.o.parallel ?? 4 }, next));
    return report;
  }

  /** A read of one mailbox, within its concurrency slots. */
  async #read<T>(mailbox: string, read: () => Promise<T>): Promise<T> {
    const slots = this.o.slots;
    if (!slots) return read();
    const weights = slots.weights([mailbox]);
    await slots.acquire(weights);
    try {
      return await read();
    } finally {
      slots.release(weights);
    }
  }

  async pollMailbox(mailbox: string, report: PollReport): Promise<void> {
    const window = this.window();
    const stored = await this.o.store.deltaLink(mailbox);
    const sameWindow = stored?.windowFrom === window.from && stored.windowTo === window.to;
    let from: { window: typeof window } | { cursor: ChangeCursor } =
      stored && sameWindow ? { cursor: stored.cursor } : { window };
    for (let page = 0; page < MAX_PAGES; page++) {
      let result: Awaited<ReturnType<CalendarGateway['readChanges']>>;
      try {
        const cursor = from;
        result = await this.#read(mailbox, () => this.o.gateway.readChanges(mailbox, cursor));
      } catch (error) {
        if (!(error instanceof CalendarReadError && error.kind === 'resync' && 'cursor' in from)) throw error;
        await this.o.store.dropDeltaLink(mailbox);
        from = { window };
        continue;
      }
      report.pages += 1;
      for (const change of result.changes) await this.#handle(mailbox, change, report);
      if (result.next.more) from = { cursor: result.next.cursor };
      else {
        const link = { cursor: result.next.cursor, windowFrom: window.from, windowTo: window.to };
        await this.o.store.saveDeltaLink(mailbox, link, this.o.clock.now());
        return;
      }
    }
  }

  async #handle(mailbox: string, change: CalendarChange, report: PollReport): Promise<void> {
    const mapping = await this.o.store.mappingByEvent(mailbox, change.eventId);
    if (!mapping) return;
    report.changes += 1;
    // "@removed" also means "moved out of the window": ask for the event to tell the two apart.
    const timing = change.removed
      ? await this.#read(mailbox, () => this.o.gateway.readEvent(mailbox, change.eventId))
      : change.timing;
    const outlook: OutlookChange = timing
      ? { type: 'moved', to: dayOfTiming(timing, this.o.organisation.policy) }
      : { type: 'deleted' };
    let result: OutlookChangeResult;
    try {
      result = await this.#apply(mapping, mailbox, outlook);
    } catch (error) {
      if (!(error instanceof DomainError && STALE.has(error.code))) throw error;
      result = { outcome: 'ignored', why: error.code };
    }
    report.outcomes[result.outcome] = (report.outcomes[result.outcome] ?? 0) + 1;
    if (result.outcome !== 'ignored')
      this.o.logger.info(
        {
          mailbox,
          eventId: change.eventId,
          item: `${mapping.kind}:${mapping.entityId}`,
          change: outlook,
          result,
        },
        'calendar sync: applied a change made in Outlook',
      );
    await this.#followUp(mapping, outlook, result);
  }

  #apply(mapping: EventMapping, mailbox: string, change: OutlookChange): Promise<OutlookChangeResult> {
    const at = this.o.clock.now();
    if (mapping.kind === 'entry')
      return applyOutlookTeleworkChange(
        { organisation: this.o.organisation, calendar: this.o.calendar, store: this.o.ledger },
        { entryId: mapping.entityId, change, today: this.o.clock.today(), at },
      );
    return this.o.store.duties([mapping.entityId]).then((duties) => {
      const duty = duties.get(mapping.entityId);
      if (!duty) return { outcome: 'ignored', why: 'unknown duty' } as const;
      // Whoever edits a shared mailbox's calendar is not known to Graph's change feed.
      const actorId = mapping.target === 'person' ? duty.personId : `outlook:${mailbox}`;
      return applyOutlookDutyChange(
        { store: this.o.ledger },
        { duty, target: mapping.target, change, actor: { actorId, source: 'outlook', at } },
      );
    });
  }

  /**
   * The event map learns what Outlook did: a deleted event is gone (the worker must neither
   * update nor delete it, and creates anew if the ledger still wants it). A restore re-arms the
   * item so the worker puts the event back; forgetting the digest forces the update.
   */
  async #followUp(mapping: EventMapping, change: OutlookChange, result: OutlookChangeResult): Promise<void> {
    const now = this.o.clock.now();
    const current = await this.o.store.mappingByEvent(mapping.mailbox, mapping.eventId ?? '');
    if (!current) return;
    if (change.type === 'deleted') await this.o.store.saveMappings([eventGone(current)], now);
    else if (result.outcome === 'restore')
      await this.o.store.saveMappings([{ ...current, bodyHash: null }], now);
    if (result.outcome === 'restore')
      await this.o.store.enqueue([{ kind: mapping.kind, id: mapping.entityId, target: mapping.target }], now);
  }
}
