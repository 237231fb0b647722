import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../adapters/calendar-sync/calendar-sync-store.js';
import { KyselyCalendarSyncStore } from '../../adapters/store/kysely-calendar-sync-store.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Actor, NewEntry } from '../../core/ledger/ledger.js';
import { backends, installSabotage, SABOTAGE, type TestBackend } from '../store/store-backends.js';
import { emptyAll } from './calendar-sync-fixture.js';

// The outbox lives and dies with the ledger change that wrote it, and hands each row to one
// worker at a time.

const ANNA = 'p-anna';
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  actorId: ANNA,
  source: 'bot',
  at: '2026-03-02T08:00:00.000Z',
  ...overrides,
});
const entry = (overrides: Partial<NewEntry> = {}): NewEntry => ({
  personId: ANNA,
  date: '2026-03-10',
  part: 'full',
  kind: 'structural',
  status: 'accepted',
  reason: 'STRUCTURAL_PATTERN',
  approvers: [],
  details: {},
  ...overrides,
});

describe.each(backends)('calendar outbox on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'rows and leases', () => {
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    let sync: KyselyCalendarSyncStore;

    beforeAll(async () => {
      ({ opened, dispose } = await backend.open());
      await installSabotage(opened.db, backend.name);
      sync = new KyselyCalendarSyncStore(opened.db);
    });
    afterAll(async () => dispose?.());
    beforeEach(() => emptyAll(opened.db));

    const rows = () =>
      opened.db
        .selectFrom('calendar_outbox')
        .select(['entity_kind', 'entity_id', 'target', 'version', 'status'])
        .orderBy('target')
        .execute();

    it('writes a row with each ledger change that touches Outlook, in the same transaction', async () => {
      const { entry: accepted } = await opened.store.recordEntry(entry(), actor());
      expect(await rows()).toEqual([
        { entity_kind: 'entry', entity_id: accepted.id, target: 'person', version: 1, status: 'pending' },
      ]);
      await opened.store.cancelEntry(accepted.id, 'CHANGED_MIND', actor());
      expect((await rows())[0]).toMatchObject({ version: 2 });

      // A pending request has no event yet; its approval has.
      await emptyAll(opened.db);
      const { entry: pending } = await opened.store.recordEntry(
        entry({ status: 'pending', kind: 'occasional', reason: 'OCCASIONAL_NEEDS_APPROVAL' }),
        actor(),
      );
      expect(await rows()).toEqual([]);
      await opened.store.decideEntry(pending.id, 'approved', 'ok', actor({ actorId: 'p-boss' }));
      expect(await rows()).toHaveLength(1);

      // A duty: the person's calendar and the team's.
      await emptyAll(opened.db);
      const duty = await opened.store.assignDuty(
        { teamId: 'social', personId: ANNA, date: '2026-03-11', half: 'am' },
        actor(),
      );
      expect((await rows()).map((row) => `${row.entity_id === duty.id}:${row.target}`)).toEqual([
        'true:person',
        'true:team',
      ]);
    });

    it('writes no row when the ledger change fails', async () => {
      await expect(opened.store.recordEntry(entry({ reason: SABOTAGE.reason }), actor())).rejects.toThrow(
        /sabotaged/,
      );
      expect(await rows()).toEqual([]);
      await expect(
        opened.store.assignDuty(
          { teamId: 'social', personId: ANNA, date: '2026-03-11', half: 'am' },
          actor({ actorId: SABOTAGE.actorId }),
        ),
      ).rejects.toThrow(/sabotaged/);
      expect(await rows()).toEqual([]);
      const { entry: accepted } = await opened.store.recordEntry(entry(), actor());
      await expect(
        opened.store.cancelEntry(accepted.id, 'x', actor({ actorId: SABOTAGE.actorId })),
      ).rejects.toThrow(/sabotaged/);
      expect(await rows()).toEqual([expect.objectContaining({ version: 1 })]);
    });

    it('leases rows: one worker at a time, another once the lease is over', async () => {
      for (const date of ['2026-03-10', '2026-03-12', '2026-03-17'])
        await opened.store.recordEntry(entry({ date }), actor());
      const now = '2026-03-02T09:00:00.000Z';
      const lease = { now, leaseUntil: '2026-03-02T09:02:00.000Z', limit: 2 };
      const [a, b] = await Promise.all([
        sync.claim({ ...lease, workerId: 'a' }),
        sync.claim({ ...lease, workerId: 'b' }),
      ]);
      expect((a?.length ?? 0) + (b?.length ?? 0)).toBe(3);
      expect(new Set([...(a ?? []), ...(b ?? [])].map((row) => row.id)).size).toBe(3);
      expect(await sync.claim({ ...lease, workerId: 'c' })).toEqual([]);
      expect(await sync.nextDueAt()).toBe('2026-03-02T09:02:00.000Z');
      const later = await sync.claim({ ...lease, now: '2026-03-02T09:02:00.001Z', workerId: 'c', limit: 10 });
      expect(later).toHaveLength(3);
      // The old holders lost them: their settlements change nothing.
      await sync.settle(
        'a',
        (a ?? []).map((row) => ({ row, outcome: 'done' as const })),
        now,
      );
      expect((await rows()).map((row) => row.status)).toEqual(['pending', 'pending', 'pending']);
      await sync.settle(
        'c',
        later.map((row) => ({ row, outcome: 'done' as const })),
        now,
      );
      expect((await rows()).map((row) => row.status)).toEqual(['done', 'done', 'done']);
    });

    it('releases a row changed while it was worked on, due again at once', async () => {
      const { entry: accepted } = await opened.store.recordEntry(entry(), actor());
      const [row] = await sync.claim({
        now: '2026-03-02T09:00:00.000Z',
        leaseUntil: '2026-03-02T09:02:00.000Z',
        workerId: 'a',
        limit: 5,
      });
      await opened.store.cancelEntry(accepted.id, 'CHANGED_MIND', actor());
      await sync.settle('a', [{ row: row as OutboxRow, outcome: 'done' }], '2026-03-02T09:00:01.000Z');
      expect((await rows())[0]).toMatchObject({ status: 'pending', version: 2 });
      const again = await sync.claim({
        now: '2026-03-02T09:00:02.000Z',
        leaseUntil: '2026-03-02T09:02:00.000Z',
        workerId: 'b',
        limit: 5,
      });
      expect(again).toEqual([expect.objectContaining({ version: 2 })]);
    });

    it('lists parked rows with their reason and re-queues them', async () => {
      await opened.store.recordEntry(entry(), actor());
      await opened.store.recordEntry(entry({ date: '2026-03-12' }), actor());
      const claimed = await sync.claim({
        now: '2026-03-02T09:00:00.000Z',
        leaseUntil: '2026-03-02T09:02:00.000Z',
        workerId: 'a',
        limit: 5,
      });
      await sync.settle(
        'a',
        claimed.map((row) => ({
          row,
          outcome: 'park' as const,
          reason: 'create event in p-anna: mailbox p-anna not found',
        })),
        '2026-03-02T09:00:01.000Z',
      );
      const parked = await sync.parked();
      expect(parked).toHaveLength(2);
      expect(parked[0]).toMatchObject({
        reason: 'create event in p-anna: mailbox p-anna not found',
        parkedAt: '2026-03-02T09:00:01.000Z',
        attempts: 1,
      });
      expect(
        await sync.claim({
          now: '2026-03-02T10:00:00.000Z',
          leaseUntil: '2026-03-02T10:02:00.000Z',
          workerId: 'a',
          limit: 5,
        }),
      ).toEqual([]);
      expect(await sync.requeue([parked[0]?.id ?? ''], '2026-03-02T10:00:00.000Z')).toBe(1);
      expect(await sync.parked()).toHaveLength(1);
      expect(await sync.requeue('all', '2026-03-02T10:00:00.000Z')).toBe(1);
      const back = await sync.claim({
        now: '2026-03-02T10:00:00.000Z',
        leaseUntil: '2026-03-02T10:02:00.000Z',
        workerId: 'a',
        limit: 5,
      });
      expect(back.map((row) => row.attempts)).toEqual([0, 0]);
    });
  });
});
