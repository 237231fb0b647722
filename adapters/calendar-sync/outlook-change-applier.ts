import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { EventState } from '../../core/calendar-sync/calendar-gateway.js';
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
import { eventGone } from './reconcile-plan.js';
import type { SyncClock, SyncLogger } from './sync-clock.js';

export interface OutlookChangeApplierOptions {
  store: Pick<CalendarSyncStore, 'duties' | 'mappingByEvent' | 'saveMappings' | 'enqueue'>;
  ledger: Pick<LedgerStore, 'getEntry' | 'cancelEntry' | 'decideAndRecord' | 'cancelDuty'>;
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  calendar: WorkingCalendar;
  clock: SyncClock;
  logger: SyncLogger;
}

/** Errors that only say the ledger moved on before the change was read: nothing to do. */
const STALE = new Set(['ENTRY_ALREADY_CANCELLED', 'ENTRY_NOT_ACTIVE', 'UNKNOWN_ENTRY', 'UNKNOWN_DUTY']);

/**
 * Brings what Outlook shows of one of our events into the ledger, through the use cases (source
 * outlook), and tells the event map what became of the event. Used by the change poller (what
 * the change feed reports) and by the outbox worker when Graph refused a write because the
 * event changed since we last knew it (412): the person's change is taken in before ours.
 */
export class OutlookChangeApplier {
  constructor(private readonly o: OutlookChangeApplierOptions) {}

  /**
   * `now` is the event as it is (undefined: deleted). `takeVersion`: the event map keeps the
   * event's etag even when nothing changed in the ledger (the worker re-read it to write over
   * it); otherwise only when the ledger took the change in.
   */
  async apply(
    mapping: EventMapping,
    now: EventState | undefined,
    options: { takeVersion: boolean },
  ): Promise<OutlookChangeResult> {
    const change: OutlookChange = now
      ? { type: 'moved', to: dayOfTiming(now.timing, this.o.organisation.policy) }
      : { type: 'deleted' };
    let result: OutlookChangeResult;
    try {
      result = await this.#apply(mapping, change);
    } catch (error) {
      if (!(error instanceof DomainError && STALE.has(error.code))) throw error;
      result = { outcome: 'ignored', why: error.code };
    }
    if (result.outcome !== 'ignored')
      this.o.logger.info(
        {
          mailbox: mapping.mailbox,
          eventId: mapping.eventId,
          item: `${mapping.kind}:${mapping.entityId}`,
          change,
          result,
        },
        'calendar sync: applied a change made in Outlook',
      );
    const version = options.takeVersion || result.outcome !== 'ignored' ? now?.etag : undefined;
    await this.#followUp(mapping, change, result, version);
    return result;
  }

  #apply(mapping: EventMapping, change: OutlookChange): Promise<OutlookChangeResult> {
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
      const actorId = mapping.target === 'person' ? duty.personId : `outlook:${mapping.mailbox}`;
      return applyOutlookDutyChange(
        { store: this.o.ledger },
        { duty, target: mapping.target, change, actor: { actorId, source: 'outlook', at } },
      );
    });
  }

  /**
   * The event map learns what Outlook did: a deleted event is gone (the worker must neither
   * update nor delete it, and creates anew if the ledger still wants it). A restore re-arms the
   * item so the worker puts the event back; forgetting the digest forces the update. The version
   * taken in is kept, so the worker's next write to the event names it in If-Match.
   */
  async #followUp(
    mapping: EventMapping,
    change: OutlookChange,
    result: OutlookChangeResult,
    version: string | undefined,
  ): Promise<void> {
    const now = this.o.clock.now();
    const current = await this.o.store.mappingByEvent(mapping.mailbox, mapping.eventId ?? '');
    if (!current) return;
    const known = version === undefined ? current : { ...current, etag: version };
    if (change.type === 'deleted') await this.o.store.saveMappings([eventGone(current)], now);
    else if (result.outcome === 'restore')
      await this.o.store.saveMappings([{ ...known, bodyHash: null }], now);
    else if (known !== current) await this.o.store.saveMappings([known], now);
    if (result.outcome === 'restore')
      await this.o.store.enqueue([{ kind: mapping.kind, id: mapping.entityId, target: mapping.target }], now);
  }
}
