import SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../adapters/store/database.js';
import { migrations as allMigrations } from '../../adapters/store/migrations/index.js';
import { openStore } from '../../adapters/store/open-store.js';
import { DomainError, type ErrorCode } from '../../core/errors/error-catalogue.js';
import type { Actor, LedgerStore, NewEntry } from '../../core/ledger/ledger.js';
import {
  backends,
  emptyLedger,
  installSabotage,
  PG_SKIPPED,
  SABOTAGE,
  snapshot,
  type TestBackend,
} from './store-backends.js';

if (!process.env.TEST_DATABASE_URL)
  console.warn(`${PG_SKIPPED}; set it to e.g. postgres://postgres@127.0.0.1:5432/test`);

const ANNA = 'p-anna';
const BRAM = 'p-bram';
const BOSS = 'p-boss';

function actor(at = '2026-03-02T08:00:00.000Z', actorId = ANNA, source: Actor['source'] = 'bot'): Actor {
  return { actorId, source, at };
}

function declaration(overrides: Partial<NewEntry> = {}): NewEntry {
  return {
    personId: ANNA,
    date: '2026-03-10',
    part: 'full',
    kind: 'occasional',
    status: 'accepted',
    reason: 'WITHIN_POLICY',
    approvers: [],
    details: { figures: { weekUsed: 1 } },
    ...overrides,
  };
}

/** Awaits a promise that must fail with this DomainError code. */
async function expectDomainError(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

describe.each(backends)('LedgerStore on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'every operation', () => {
    let store: LedgerStore;
    let db: Kysely<Database>;
    let reopenOptions: Parameters<typeof openStore>[0];
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const handle = await backend.open();
      ({ store, db } = handle.opened);
      reopenOptions = handle.options;
      dispose = handle.dispose;
      await installSabotage(db, backend.name);
    });
    afterAll(async () => dispose?.());
    beforeEach(async () => emptyLedger(db));

    describe('recording declarations', () => {
      it('writes an accepted entry with a declared event that keeps the details', async () => {
        const result = await store.recordEntry(declaration(), actor());
        expect(result.created).toBe(true);
        expect(result.replaced).toEqual([]);
        expect(result.entry).toMatchObject({
          personId: ANNA,
          date: '2026-03-10',
          part: 'full',
          status: 'accepted',
        });
        expect(await store.getEntry(result.entry.id)).toEqual(result.entry);
        const [event, ...more] = await store.history(result.entry.id);
        expect(more).toEqual([]);
        expect(event).toMatchObject({
          action: 'declared',
          entryId: result.entry.id,
          dutyId: null,
          actorId: ANNA,
          source: 'bot',
          reason: 'WITHIN_POLICY',
          details: { figures: { weekUsed: 1 } },
        });
      });

      it('is idempotent: the same declaration twice returns the first entry and writes nothing', async () => {
        const first = await store.recordEntry(declaration(), actor());
        const before = await snapshot(db);
        const second = await store.recordEntry(declaration(), actor('2026-03-02T09:00:00.000Z'));
        expect(second).toEqual({ entry: first.entry, created: false, replaced: [] });
        expect(await snapshot(db)).toEqual(before);
      });

      it('returns an active full day for a half day of it, and a pending entry for an accepted request', async () => {
        const pending = await store.recordEntry(
          declaration({ status: 'pending', approvers: [BOSS] }),
          actor(),
        );
        const am = await store.recordEntry(declaration({ part: 'am' }), actor());
        expect(am.created).toBe(false);
        expect(am.entry.id).toBe(pending.entry.id);
        expect(await store.activeEntries([ANNA], '2026-03-01', '2026-03-31')).toHaveLength(1);
      });

      it('records ten concurrent identical declarations as one entry and one event', async () => {
        const results = await Promise.all(
          Array.from({ length: 10 }, () => store.recordEntry(declaration(), actor())),
        );
        expect(results.filter((result) => result.created)).toHaveLength(1);
        expect(new Set(results.map((result) => result.entry.id)).size).toBe(1);
        expect(await db.selectFrom('entries').selectAll().execute()).toHaveLength(1);
        expect(await db.selectFrom('ledger_events').selectAll().execute()).toHaveLength(1);
      });

      it('ends with one full day whatever order concurrent am, pm and full requests land in', async () => {
        const people = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'];
        await Promise.all(
          people.flatMap((personId) =>
            (['am', 'full', 'pm', 'full', 'am'] as const).map((part) =>
              store.recordEntry(declaration({ personId, part }), actor()),
            ),
          ),
        );
        const active = await store.activeEntries(people, '2026-03-10', '2026-03-10');
        expect(active.map((entry) => [entry.personId, entry.part])).toEqual(people.map((p) => [p, 'full']));
      });

      it('keeps am and pm as two entries', async () => {
        const am = await store.recordEntry(declaration({ part: 'am' }), actor());
        const pm = await store.recordEntry(declaration({ part: 'pm' }), actor());
        expect(am.created && pm.created).toBe(true);
        const active = await store.activeEntries([ANNA], '2026-03-10', '2026-03-10');
        expect(active.map((entry) => entry.part)).toEqual(['am', 'pm']);
      });

      it('replaces active half days with a full day, cancelling them with reason REPLACED', async () => {
        const am = await store.recordEntry(declaration({ part: 'am' }), actor());
        const pm = await store.recordEntry(
          declaration({ part: 'pm', status: 'pending', approvers: [BOSS] }),
          actor(),
        );
        const full = await store.recordEntry(declaration(), actor('2026-03-03T08:00:00.000Z', BOSS, 'tab'));
        expect(full.created).toBe(true);
        expect(full.replaced.map((entry) => [entry.id, entry.status, entry.reason])).toEqual([
          [am.entry.id, 'cancelled', 'REPLACED'],
          [pm.entry.id, 'cancelled', 'REPLACED'],
        ]);
        expect(await store.getEntry(am.entry.id)).toMatchObject({
          status: 'cancelled',
          reason: 'REPLACED',
          updatedAt: '2026-03-03T08:00:00.000Z',
        });
        expect(
          (await store.history(pm.entry.id)).map((event) => [event.action, event.reason, event.actorId]),
        ).toEqual([
          ['requested', 'WITHIN_POLICY', ANNA],
          ['cancelled', 'REPLACED', BOSS],
        ]);
        const active = await store.activeEntries([ANNA], '2026-03-10', '2026-03-10');
        expect(active.map((entry) => entry.id)).toEqual([full.entry.id]);
      });

      it('keeps refusals as proof: always written, never blocking, never active', async () => {
        const accepted = await store.recordEntry(declaration(), actor());
        const refusal = declaration({ status: 'refused', reason: 'WEEKLY_QUOTA_EXCEEDED' });
        const first = await store.recordEntry(refusal, actor());
        const second = await store.recordEntry(refusal, actor());
        expect([first.created, second.created]).toEqual([true, true]);
        expect(first.entry.id).not.toBe(second.entry.id);
        expect((await store.history(first.entry.id)).map((event) => event.action)).toEqual(['refused']);

        await store.recordEntry(declaration({ personId: BRAM, status: 'refused' }), actor());
        const after = await store.recordEntry(declaration({ personId: BRAM }), actor());
        expect(after.created).toBe(true);
        const active = await store.activeEntries([ANNA, BRAM], '2026-03-01', '2026-03-31');
        expect(active.map((entry) => entry.id)).toEqual([accepted.entry.id, after.entry.id]);
      });

      it('keeps the approvers of a pending request and writes a requested event', async () => {
        const { entry } = await store.recordEntry(
          declaration({ status: 'pending', reason: 'OCCASIONAL_NEEDS_APPROVAL', approvers: [BOSS, BRAM] }),
          actor(),
        );
        expect(entry.approvers).toEqual([BOSS, BRAM]);
        expect((await store.getEntry(entry.id))?.approvers).toEqual([BOSS, BRAM]);
        expect((await store.history(entry.id)).map((event) => event.action)).toEqual(['requested']);
      });

      it('refuses a second active entry for the same part at the database too (safety net)', async () => {
        const { entry } = await store.recordEntry(declaration({ part: 'am' }), actor());
        const duplicate = {
          ...(await db.selectFrom('entries').selectAll().executeTakeFirstOrThrow()),
          id: 'dup',
        };
        await expect(db.insertInto('entries').values(duplicate).execute()).rejects.toThrow(/unique/i);
        await db
          .insertInto('entries')
          .values({ ...duplicate, status: 'cancelled' })
          .execute();
        expect((await store.activeEntries([ANNA], '2026-03-10', '2026-03-10')).map((e) => e.id)).toEqual([
          entry.id,
        ]);
      });
    });

    describe('deciding and cancelling', () => {
      async function pending(overrides: Partial<NewEntry> = {}) {
        const { entry } = await store.recordEntry(
          declaration({ status: 'pending', approvers: [BOSS], ...overrides }),
          actor(),
        );
        return entry;
      }

      it('approves a pending request', async () => {
        const entry = await pending();
        const decided = await store.decideEntry(
          entry.id,
          'approved',
          'OK_BY_MANAGER',
          actor('2026-03-03T10:00:00.000Z', BOSS, 'tab'),
        );
        expect(decided).toMatchObject({
          status: 'accepted',
          reason: 'OK_BY_MANAGER',
          updatedAt: '2026-03-03T10:00:00.000Z',
        });
        expect(await store.getEntry(entry.id)).toEqual(decided);
        expect((await store.history(entry.id)).map((event) => event.action)).toEqual([
          'requested',
          'approved',
        ]);
      });

      it('rejects a pending request: refused, no longer active', async () => {
        const entry = await pending();
        const decided = await store.decideEntry(
          entry.id,
          'rejected',
          'PERMANENCE_AT_MINIMUM',
          actor(undefined, BOSS),
        );
        expect(decided.status).toBe('refused');
        expect(await store.activeEntries([ANNA], '2026-03-10', '2026-03-10')).toEqual([]);
        expect((await store.history(entry.id)).map((event) => event.action)).toEqual([
          'requested',
          'rejected',
        ]);
      });

      it('decides only pending requests and changes nothing otherwise', async () => {
        const accepted = (await store.recordEntry(declaration(), actor())).entry;
        const rejected = await pending({ date: '2026-03-11' });
        await store.decideEntry(rejected.id, 'rejected', 'NO', actor(undefined, BOSS));
        const before = await snapshot(db);
        await expectDomainError(
          store.decideEntry(accepted.id, 'approved', 'OK', actor()),
          'ENTRY_NOT_PENDING',
        );
        await expectDomainError(
          store.decideEntry(rejected.id, 'approved', 'OK', actor()),
          'ENTRY_NOT_PENDING',
        );
        await expectDomainError(
          store.decideEntry('no-such-entry', 'approved', 'OK', actor()),
          'UNKNOWN_ENTRY',
        );
        expect(await snapshot(db)).toEqual(before);
      });

      it('cancels accepted and pending entries; cancelling is a state', async () => {
        const accepted = (await store.recordEntry(declaration(), actor())).entry;
        const waiting = await pending({ date: '2026-03-11' });
        expect((await store.cancelEntry(accepted.id, 'SICK', actor())).status).toBe('cancelled');
        expect((await store.cancelEntry(waiting.id, 'CHANGED_MIND', actor())).status).toBe('cancelled');
        expect(await store.getEntry(accepted.id)).toMatchObject({ status: 'cancelled', reason: 'SICK' });
        expect(await store.activeEntries([ANNA], '2026-03-01', '2026-03-31')).toEqual([]);
        await expectDomainError(
          store.decideEntry(waiting.id, 'approved', 'OK', actor()),
          'ENTRY_NOT_PENDING',
        );
      });

      it('refuses to cancel twice, a refusal or an unknown entry, changing nothing', async () => {
        const entry = (await store.recordEntry(declaration(), actor())).entry;
        await store.cancelEntry(entry.id, 'SICK', actor());
        const refused = (
          await store.recordEntry(declaration({ status: 'refused', reason: 'WEEKEND' }), actor())
        ).entry;
        const before = await snapshot(db);
        await expectDomainError(store.cancelEntry(entry.id, 'AGAIN', actor()), 'ENTRY_ALREADY_CANCELLED');
        await expectDomainError(store.cancelEntry(refused.id, 'WHY', actor()), 'ENTRY_NOT_ACTIVE');
        await expectDomainError(store.cancelEntry('no-such-entry', 'WHY', actor()), 'UNKNOWN_ENTRY');
        expect(await snapshot(db)).toEqual(before);
      });

      it('keeps every event with its actor, source and instant, oldest first', async () => {
        const entry = await pending();
        await store.decideEntry(entry.id, 'approved', 'OK', actor('2026-03-03T10:00:00.000Z', BOSS, 'tab'));
        await store.cancelEntry(entry.id, 'REORGANISED', actor('2026-03-04T07:30:00.000Z', 'p-hr', 'api'));
        const history = await store.history(entry.id);
        expect(
          history.map(({ action, actorId, source, at, reason }) => ({ action, actorId, source, at, reason })),
        ).toEqual([
          {
            action: 'requested',
            actorId: ANNA,
            source: 'bot',
            at: '2026-03-02T08:00:00.000Z',
            reason: 'WITHIN_POLICY',
          },
          { action: 'approved', actorId: BOSS, source: 'tab', at: '2026-03-03T10:00:00.000Z', reason: 'OK' },
          {
            action: 'cancelled',
            actorId: 'p-hr',
            source: 'api',
            at: '2026-03-04T07:30:00.000Z',
            reason: 'REORGANISED',
          },
        ]);
        expect(new Set(history.map((event) => event.id)).size).toBe(3);
        expect(await store.history('no-such-entry')).toEqual([]);
      });

      it('orders events of the same instant as they were written', async () => {
        const entry = await pending();
        const sameInstant = actor('2026-03-02T08:00:00.000Z', BOSS);
        await store.decideEntry(entry.id, 'approved', 'OK', sameInstant);
        await store.cancelEntry(entry.id, 'OOPS', sameInstant);
        expect((await store.history(entry.id)).map((event) => event.action)).toEqual([
          'requested',
          'approved',
          'cancelled',
        ]);
      });
    });

    describe('reading entries', () => {
      it('lists active entries of the people asked for between two dates, both included, ordered', async () => {
        await store.recordEntry(declaration({ personId: BRAM, date: '2026-03-09' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-09', part: 'pm', status: 'pending' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-09', part: 'am' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-13' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-14' }), actor());
        await store.recordEntry(declaration({ personId: 'p-other', date: '2026-03-10' }), actor());
        const active = await store.activeEntries([BRAM, ANNA, ANNA], '2026-03-09', '2026-03-13');
        expect(active.map((entry) => [entry.date, entry.personId, entry.part, entry.status])).toEqual([
          ['2026-03-09', ANNA, 'am', 'accepted'],
          ['2026-03-09', ANNA, 'pm', 'pending'],
          ['2026-03-09', BRAM, 'full', 'accepted'],
          ['2026-03-13', ANNA, 'full', 'accepted'],
        ]);
        expect(await store.activeEntries([], '2026-01-01', '2026-12-31')).toEqual([]);
        expect(await store.getEntry('no-such-entry')).toBeUndefined();
      });
    });

    describe('closed months', () => {
      const hr = actor('2026-04-01T06:00:00.000Z', 'p-hr', 'tab');

      it('freezes the accepted entries of the month, refuses to close it twice, lists closed months', async () => {
        const counted = await store.recordEntry(declaration({ date: '2026-03-10', part: 'am' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-11', status: 'pending' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-12', status: 'refused' }), actor());
        const cancelled = await store.recordEntry(declaration({ date: '2026-03-13' }), actor());
        await store.cancelEntry(cancelled.entry.id, 'SICK', actor());
        await store.recordEntry(declaration({ date: '2026-04-01' }), actor());

        expect(await store.closeMonth('2026-03', hr)).toEqual({
          month: '2026-03',
          closedAt: hr.at,
          closedBy: 'p-hr',
        });
        // A frozen day says which rule paid it: no crisis was under way.
        expect(await store.countedDays('2026-03')).toEqual([
          {
            entryId: counted.entry.id,
            personId: ANNA,
            date: '2026-03-10',
            part: 'am',
            kind: 'occasional',
            crisis: false,
          },
        ]);
        const before = await snapshot(db);
        await expectDomainError(store.closeMonth('2026-03', hr), 'MONTH_ALREADY_CLOSED');
        expect(await snapshot(db)).toEqual(before);

        await store.closeMonth('2026-01', hr);
        expect((await store.closedMonths()).map((state) => state.month)).toEqual(['2026-01', '2026-03']);
        const [closing] = await db
          .selectFrom('ledger_events')
          .selectAll()
          .where('action', '=', 'month-closed')
          .execute();
        expect(closing).toMatchObject({ actor_id: 'p-hr', source: 'tab', at: hr.at, entry_id: null });
      });

      it('counts accepted entries of an open month, for everyone or the people asked for', async () => {
        await store.recordEntry(declaration({ date: '2026-05-04' }), actor());
        await store.recordEntry(declaration({ personId: BRAM, date: '2026-05-04', part: 'pm' }), actor());
        await store.recordEntry(declaration({ date: '2026-05-05', status: 'pending' }), actor());
        await store.recordEntry(declaration({ date: '2026-06-01' }), actor());
        const everyone = await store.countedDays('2026-05');
        expect(everyone.map((day) => [day.date, day.personId, day.part])).toEqual([
          ['2026-05-04', ANNA, 'full'],
          ['2026-05-04', BRAM, 'pm'],
        ]);
        expect((await store.countedDays('2026-05', [BRAM])).map((day) => day.personId)).toEqual([BRAM]);
        expect(await store.countedDays('2026-05', [])).toEqual([]);
      });

      it('cancelling a counted day of a closed month leaves the month alone and carries -2 into the next open month', async () => {
        const { entry } = await store.recordEntry(declaration({ date: '2026-03-10' }), actor());
        await store.closeMonth('2026-03', hr);
        const frozen = await store.countedDays('2026-03');

        const cancelled = await store.cancelEntry(entry.id, 'SICK', actor('2026-04-02T09:00:00.000Z'));
        expect(cancelled.status).toBe('cancelled');
        expect(await store.countedDays('2026-03')).toEqual(frozen);
        expect(await store.corrections('2026-03')).toEqual([]);
        expect(await store.corrections('2026-04')).toEqual([
          {
            id: expect.any(String),
            entryId: entry.id,
            personId: ANNA,
            entryDate: '2026-03-10',
            part: 'full',
            kind: 'occasional',
            deltaHalves: -2,
            originalMonth: '2026-03',
            appliedMonth: '2026-04',
            createdAt: '2026-04-02T09:00:00.000Z',
          },
        ]);
        const [, cancelEvent] = await store.history(entry.id);
        expect(cancelEvent?.details).toMatchObject({
          correction: { deltaHalves: -2, appliedMonth: '2026-04' },
        });
      });

      it('carries a correction past closed months into the first open one', async () => {
        const { entry } = await store.recordEntry(declaration({ date: '2026-03-10', part: 'pm' }), actor());
        await store.closeMonth('2026-03', hr);
        await store.closeMonth('2026-04', hr);
        await store.closeMonth('2026-06', hr);
        await store.cancelEntry(entry.id, 'SICK', actor());
        expect(await store.corrections('2026-04')).toEqual([]);
        expect(
          (await store.corrections('2026-05')).map((c) => [c.entryId, c.deltaHalves, c.originalMonth]),
        ).toEqual([[entry.id, -1, '2026-03']]);
      });

      it('approving a pending request of a closed month adds a +2 correction, rejecting adds none', async () => {
        const approved = await store.recordEntry(declaration({ status: 'pending' }), actor());
        const rejected = await store.recordEntry(declaration({ personId: BRAM, status: 'pending' }), actor());
        await store.closeMonth('2026-03', hr);
        expect(await store.countedDays('2026-03')).toEqual([]);
        await store.decideEntry(approved.entry.id, 'approved', 'OK', actor(undefined, BOSS));
        await store.decideEntry(rejected.entry.id, 'rejected', 'NO', actor(undefined, BOSS));
        expect(await store.countedDays('2026-03')).toEqual([]);
        expect((await store.corrections('2026-04')).map((c) => [c.entryId, c.deltaHalves])).toEqual([
          [approved.entry.id, 2],
        ]);
        expect(await store.corrections('2026-04', [BRAM])).toEqual([]);
      });

      it('recording in a closed month corrects for accepted days only; replacing halves corrects both ways', async () => {
        await store.closeMonth('2026-03', hr);
        const am = await store.recordEntry(declaration({ part: 'am' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-11', status: 'pending' }), actor());
        await store.recordEntry(declaration({ date: '2026-03-12', status: 'refused' }), actor());
        const full = await store.recordEntry(declaration(), actor());
        expect(full.replaced.map((entry) => entry.id)).toEqual([am.entry.id]);
        expect(await store.countedDays('2026-03')).toEqual([]);
        const corrections = (await store.corrections('2026-04')).map((c) => [c.entryId, c.deltaHalves]);
        expect(corrections).toEqual(
          expect.arrayContaining([
            [am.entry.id, 1],
            [am.entry.id, -1],
            [full.entry.id, 2],
          ]),
        );
        expect(corrections).toHaveLength(3);
      });

      it('changes in an open month make no corrections', async () => {
        await store.closeMonth('2026-02', hr);
        const { entry } = await store.recordEntry(declaration(), actor());
        await store.cancelEntry(entry.id, 'SICK', actor());
        expect(await db.selectFrom('corrections').selectAll().execute()).toEqual([]);
      });
    });

    describe('failures change nothing', () => {
      it('refuses malformed dates, months and parts before writing anything', async () => {
        await store.recordEntry(declaration(), actor());
        const before = await snapshot(db);
        await expectDomainError(
          store.recordEntry(declaration({ date: '2026-02-30' }), actor()),
          'INVALID_DATE',
        );
        await expectDomainError(
          store.recordEntry(declaration({ date: '10/03/2026' }), actor()),
          'INVALID_DATE',
        );
        await expectDomainError(
          store.recordEntry(declaration({ part: 'evening' as NewEntry['part'] }), actor()),
          'INVALID_DAY_PART',
        );
        await expectDomainError(store.activeEntries([ANNA], '2026-3-1', '2026-03-31'), 'INVALID_DATE');
        await expectDomainError(store.duties(['t1'], '2026-03-01', '2026-03-32'), 'INVALID_DATE');
        await expectDomainError(
          store.assignDuty({ teamId: 't1', personId: ANNA, date: '2026-13-01', half: 'am' }, actor()),
          'INVALID_DATE',
        );
        await expectDomainError(store.closeMonth('2026-13', actor()), 'INVALID_MONTH');
        await expectDomainError(store.countedDays('2026-3'), 'INVALID_MONTH');
        await expectDomainError(store.corrections('march'), 'INVALID_MONTH');
        expect(await snapshot(db)).toEqual(before);
      });

      it('undoes a full day replacing half days in a closed month when its last write fails', async () => {
        await store.recordEntry(declaration({ part: 'am' }), actor());
        await store.recordEntry(declaration({ part: 'pm' }), actor());
        await store.closeMonth('2026-03', actor());
        const before = await snapshot(db);
        // Cancelling the halves, their corrections and events succeed; the new entry's event fails.
        await expect(store.recordEntry(declaration({ reason: SABOTAGE.reason }), actor())).rejects.toThrow(
          /sabotaged event/,
        );
        expect(await snapshot(db)).toEqual(before);
        const active = await store.activeEntries([ANNA], '2026-03-10', '2026-03-10');
        expect(active.map((entry) => entry.part)).toEqual(['am', 'pm']);
      });

      it('undoes a cancellation and its correction when the event fails', async () => {
        const { entry } = await store.recordEntry(declaration(), actor());
        await store.closeMonth('2026-03', actor());
        const before = await snapshot(db);
        await expect(store.cancelEntry(entry.id, SABOTAGE.reason, actor())).rejects.toThrow(
          /sabotaged event/,
        );
        expect(await snapshot(db)).toEqual(before);
      });

      it('undoes a month closing when its event fails', async () => {
        await store.recordEntry(declaration(), actor());
        const before = await snapshot(db);
        await expect(store.closeMonth('2026-03', actor(undefined, SABOTAGE.actorId))).rejects.toThrow(
          /sabotaged event/,
        );
        expect(await snapshot(db)).toEqual(before);
        expect(await store.closedMonths()).toEqual([]);
      });
    });

    describe('permanence duties', () => {
      const duty = { teamId: 't-desk', personId: BRAM, date: '2026-03-10', half: 'am' as const };

      it('assigns a duty once, lists it, cancels it once', async () => {
        const assigned = await store.assignDuty(duty, actor(undefined, BOSS, 'tab'));
        expect(assigned).toEqual({ id: expect.any(String), ...duty, status: 'assigned' });
        expect(await store.assignDuty(duty, actor(undefined, BOSS))).toEqual(assigned);
        const pm = await store.assignDuty({ ...duty, half: 'pm' }, actor(undefined, BOSS));
        expect(pm.id).not.toBe(assigned.id);
        expect(await store.duties(['t-desk'], '2026-03-10', '2026-03-10')).toEqual([assigned, pm]);

        const cancelled = await store.cancelDuty(assigned.id, actor(undefined, BOSS));
        expect(cancelled).toEqual({ ...assigned, status: 'cancelled' });
        const before = await snapshot(db);
        expect(await store.cancelDuty(assigned.id, actor(undefined, BOSS))).toEqual(cancelled);
        expect(await snapshot(db)).toEqual(before);
        expect(await store.duties(['t-desk'], '2026-03-01', '2026-03-31')).toEqual([pm]);

        const again = await store.assignDuty(duty, actor(undefined, BOSS));
        expect(again.id).not.toBe(assigned.id);
        const events = await db
          .selectFrom('ledger_events')
          .select(['action', 'duty_id', 'actor_id'])
          .where('duty_id', '=', assigned.id)
          .orderBy('seq')
          .execute();
        expect(events).toEqual([
          { action: 'duty-assigned', duty_id: assigned.id, actor_id: BOSS },
          { action: 'duty-cancelled', duty_id: assigned.id, actor_id: BOSS },
        ]);
      });

      it('assigns concurrently requested identical duties once', async () => {
        const duties = await Promise.all(Array.from({ length: 8 }, () => store.assignDuty(duty, actor())));
        expect(new Set(duties.map((d) => d.id)).size).toBe(1);
        expect(await db.selectFrom('ledger_events').selectAll().execute()).toHaveLength(1);
      });

      it('lists assigned duties of the teams asked for between two dates, ordered', async () => {
        await store.assignDuty({ ...duty, date: '2026-03-12' }, actor());
        await store.assignDuty({ ...duty, teamId: 't-help', personId: ANNA, half: 'pm' }, actor());
        await store.assignDuty(duty, actor());
        // Another person: one person holds one duty per half day, whatever the team.
        await store.assignDuty({ ...duty, teamId: 't-other', personId: BOSS }, actor());
        await store.assignDuty({ ...duty, date: '2026-03-13' }, actor());
        const listed = await store.duties(['t-help', 't-desk'], '2026-03-10', '2026-03-12');
        expect(listed.map((d) => [d.date, d.teamId, d.half])).toEqual([
          ['2026-03-10', 't-desk', 'am'],
          ['2026-03-10', 't-help', 'pm'],
          ['2026-03-12', 't-desk', 'am'],
        ]);
        expect(await store.duties([], '2026-03-01', '2026-03-31')).toEqual([]);
      });

      it('refuses an unknown duty', async () => {
        await expectDomainError(store.cancelDuty('no-such-duty', actor()), 'UNKNOWN_DUTY');
      });
    });

    describe('opening', () => {
      it('reopens the same database: data kept, migrations not run twice', async () => {
        const { entry } = await store.recordEntry(declaration(), actor());
        const again = await openStore(reopenOptions);
        try {
          expect(await again.store.getEntry(entry.id)).toEqual(entry);
          const migrations = await again.db
            .selectFrom('kysely_migration' as never)
            .selectAll()
            .execute();
          expect(migrations).toHaveLength(Object.keys(allMigrations).length);
        } finally {
          await again.close();
        }
      });

      it.runIf(backend.name === 'SQLite')(
        'begins transactions IMMEDIATE: another connection cannot write meanwhile',
        async () => {
          const file = reopenOptions.sqliteFile as string;
          const other = new SqliteDatabase(file, { timeout: 0 });
          try {
            // Outside a transaction the other connection can take the write lock.
            other.exec('begin immediate');
            other.exec('rollback');
            await db.transaction().execute(async (trx) => {
              await trx.selectFrom('entries').selectAll().execute();
              expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
            });
          } finally {
            other.close();
          }
        },
      );

      it.runIf(backend.name === 'PostgreSQL')(
        'refuses a schema name that is not a plain identifier',
        async () => {
          await expect(
            openStore({ databaseUrl: reopenOptions.databaseUrl as string, schema: 'x; drop table entries' }),
          ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
        },
      );
    });
  });
});

describe('openStore configuration', () => {
  it('needs a PostgreSQL URL or a SQLite file', async () => {
    await expect(openStore({})).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
