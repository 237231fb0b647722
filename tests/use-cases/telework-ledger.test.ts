import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import { type OpenedStore, openStore } from '../../adapters/store/open-store.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { DomainError, type ErrorCode } from '../../core/errors/error-catalogue.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { cancelTelework } from '../../core/use-cases/cancel-telework.js';
import { closeMonth } from '../../core/use-cases/close-month.js';
import { decideRequest } from '../../core/use-cases/decide-request.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';

// The use cases on the demo CPAS and a real SQLite ledger: what a declaration leaves behind.
const ISABELLE = '00000000-0000-4000-8000-000000000001'; // head of the social service, manager
const SARAH = '00000000-0000-4000-8000-000000000002'; // social worker, structural tue + thu
const JULIE = '00000000-0000-4000-8000-000000000005'; // social worker, half time, occasional
const NATHALIE = '00000000-0000-4000-8000-000000000009'; // receptionist, no telework
const SOPHIE = '00000000-0000-4000-8000-000000000012'; // HR officer
const MEHDI = '00000000-0000-4000-8000-000000000003'; // social worker, structural mon + wed pm

const TODAY = '2026-11-23'; // a Monday
const AT = '2026-11-23T08:15:00.000Z';

let organisation: Organisation;
let calendar: WorkingCalendar;
let dir: string;
let opened: OpenedStore;

beforeAll(async () => {
  organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
  calendar = belgianWorkingCalendar({
    region: organisation.employer.holidayRegion,
    closingDays: organisation.employer.closingDays,
  });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'use-cases-'));
  opened = await openStore({ sqliteFile: join(dir, 'ledger.sqlite') });
});
afterEach(async () => {
  await opened.close();
  await rm(dir, { recursive: true, force: true });
});

function declare(personId: string, days: Array<{ date: string; part: 'full' | 'am' | 'pm' }>, today = TODAY) {
  return declareTelework(
    { organisation, calendar, store: opened.store },
    { request: { personId, days }, today, at: AT, source: 'bot' },
  );
}

async function rejection(promise: Promise<unknown>): Promise<ErrorCode> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

async function allEntries(personId: string) {
  return opened.db.selectFrom('entries').selectAll().where('person_id', '=', personId).execute();
}

describe('declaring telework', () => {
  it('a structural day is accepted and written once, however often it is declared', async () => {
    const [first] = await declare(SARAH, [{ date: '2026-11-24', part: 'full' }]);
    expect(first?.decision).toMatchObject({
      outcome: 'accept',
      reason: 'STRUCTURAL_PATTERN',
      kind: 'structural',
    });
    expect(first?.decision.figures.valueMinutes).toBe(456);
    expect(first?.recorded).toMatchObject({ created: true, entry: { status: 'accepted' } });

    const [again] = await declare(SARAH, [{ date: '2026-11-24', part: 'full' }]);
    expect(again?.decision).toMatchObject({ outcome: 'refuse', reason: 'ALREADY_DECLARED' });
    expect(again?.recorded).toEqual({ entry: first?.recorded.entry, created: false, replaced: [] });
    expect(await allEntries(SARAH)).toHaveLength(1);
    expect(await opened.db.selectFrom('ledger_events').selectAll().execute()).toHaveLength(1);
  });

  it('an occasional day waits for the manager, who approves it with a written note', async () => {
    const [asked] = await declare(JULIE, [{ date: '2026-11-25', part: 'am' }]);
    expect(asked?.decision).toMatchObject({ outcome: 'needs-approval', reason: 'OCCASIONAL_NEEDS_APPROVAL' });
    expect(asked?.recorded.entry).toMatchObject({ status: 'pending', approvers: [ISABELLE] });
    const entryId = asked?.recorded.entry.id as string;

    const deps = { organisation, store: opened.store };
    const decide = (deciderId: string) =>
      decideRequest(deps, { entryId, deciderId, decision: 'approved', note: 'OK', at: AT, source: 'addin' });
    expect(await rejection(decide(MEHDI))).toBe('NOT_AN_APPROVER');
    expect((await decide(ISABELLE)).status).toBe('accepted');
    const history = await opened.store.history(entryId);
    expect(history.map((event) => [event.action, event.actorId, event.source])).toEqual([
      ['requested', JULIE, 'bot'],
      ['approved', ISABELLE, 'addin'],
    ]);
  });

  it('a receptionist is refused, and the refusal is kept as proof', async () => {
    const [refused] = await declare(NATHALIE, [{ date: '2026-11-26', part: 'full' }]);
    expect(refused?.decision).toMatchObject({ outcome: 'refuse', reason: 'FUNCTION_EXCLUDED' });
    expect(await allEntries(NATHALIE)).toMatchObject([{ status: 'refused', reason: 'FUNCTION_EXCLUDED' }]);
    expect(await opened.store.activeEntries([NATHALIE], '2026-11-01', '2026-11-30')).toEqual([]);
  });

  it('a full day that needs approval over a granted half day asks only for the other half', async () => {
    await declare(MEHDI, [{ date: '2026-11-25', part: 'pm' }]); // Wednesday afternoon: his pattern
    const [asked] = await declare(MEHDI, [{ date: '2026-11-25', part: 'full' }]);
    expect(asked?.decision.outcome).toBe('needs-approval');
    const active = await opened.store.activeEntries([MEHDI], '2026-11-25', '2026-11-25');
    expect(active.map((entry) => [entry.part, entry.status]).sort()).toEqual([
      ['am', 'pending'],
      ['pm', 'accepted'],
    ]);
  });

  it.each([
    ['an unknown person', 'ffffffff-0000-4000-8000-000000000000', '2026-11-24', 'UNKNOWN_PERSON'],
    ['an impossible date', SARAH, '2026-02-30', 'INVALID_DATE'],
    ['a date not written YYYY-MM-DD', SARAH, '24/11/2026', 'INVALID_DATE'],
  ])('%s is a clear error and writes nothing', async (_label, personId, date, code) => {
    expect(await rejection(declare(personId, [{ date, part: 'full' }]))).toBe(code);
    expect(await opened.db.selectFrom('entries').selectAll().execute()).toEqual([]);
    expect(await opened.db.selectFrom('ledger_events').selectAll().execute()).toEqual([]);
  });

  it('an empty request is a clear error', async () => {
    expect(await rejection(declare(SARAH, []))).toBe('EMPTY_REQUEST');
  });
});

describe('cancelling and closing months', () => {
  it('the person cancels their own day; a colleague may not', async () => {
    const [declared] = await declare(SARAH, [{ date: '2026-11-26', part: 'full' }]);
    const entryId = declared?.recorded.entry.id as string;
    const deps = { organisation, store: opened.store };
    const cancel = (byId: string) =>
      cancelTelework(deps, { entryId, byId, reason: 'plans changed', at: AT, source: 'bot' });
    expect(await rejection(cancel(MEHDI))).toBe('NOT_AN_APPROVER');
    expect((await cancel(SARAH)).status).toBe('cancelled');
    expect(await allEntries(SARAH)).toHaveLength(1);
  });

  it('a month is closed only once it is over', async () => {
    const close = (month: string) =>
      closeMonth({ store: opened.store }, { month, today: TODAY, byId: SOPHIE, at: AT, source: 'api' });
    expect(await rejection(close('2026-11'))).toBe('MONTH_NOT_OVER');
    expect(await rejection(close('2026-13'))).toBe('INVALID_MONTH');
    expect((await close('2026-10')).month).toBe('2026-10');
    expect(await rejection(close('2026-10'))).toBe('MONTH_ALREADY_CLOSED');
  });

  it('cancelling a day of a closed month leaves the month as it was and corrects the next one', async () => {
    const [declared] = await declare(SARAH, [{ date: '2026-10-06', part: 'full' }], '2026-10-05');
    await closeMonth(
      { store: opened.store },
      { month: '2026-10', today: TODAY, byId: SOPHIE, at: AT, source: 'api' },
    );
    await cancelTelework(
      { organisation, store: opened.store },
      {
        entryId: declared?.recorded.entry.id as string,
        byId: SARAH,
        reason: 'was ill',
        at: AT,
        source: 'outlook',
      },
    );
    expect(await opened.store.countedDays('2026-10')).toMatchObject([
      { personId: SARAH, date: '2026-10-06' },
    ]);
    expect(await opened.store.corrections('2026-11')).toMatchObject([
      { personId: SARAH, entryDate: '2026-10-06', deltaHalves: -2, originalMonth: '2026-10' },
    ]);
  });
});

describe('approving one’s own request', () => {
  it('is refused, even to HR', async () => {
    const [asked] = await declare(SOPHIE, [{ date: '2026-11-26', part: 'full' }]); // Thursday: occasional for her
    expect(asked?.recorded.entry.status).toBe('pending');
    const decide = decideRequest(
      { organisation, store: opened.store },
      {
        entryId: asked?.recorded.entry.id as string,
        deciderId: SOPHIE,
        decision: 'approved',
        note: '',
        at: AT,
        source: 'bot',
      },
    );
    expect(await rejection(decide)).toBe('NOT_AN_APPROVER');
  });
});

describe('a week across New Year', () => {
  it('counts the December days of the week towards the weekly quota of a January day', async () => {
    // ISO week of Monday 29 December 2025 to Sunday 4 January 2026; Leuven: two days a week.
    const today = '2025-12-29';
    await declare(SARAH, [{ date: '2025-12-30', part: 'full' }], today); // Tuesday, her pattern
    await declare(SARAH, [{ date: '2025-12-31', part: 'full' }], today); // Wednesday, asked
    const [friday] = await declare(SARAH, [{ date: '2026-01-02', part: 'full' }], today);
    expect(friday?.decision).toMatchObject({ outcome: 'refuse', reason: 'WEEKLY_QUOTA_EXCEEDED' });
  });
});

describe('a full day over a morning and an afternoon already held', () => {
  it('is already declared, and nothing is written', async () => {
    await declare(MEHDI, [{ date: '2026-11-25', part: 'am' }]);
    await declare(MEHDI, [{ date: '2026-11-25', part: 'pm' }]);
    const rowsBefore = (await allEntries(MEHDI)).length;
    const [again] = await declare(MEHDI, [{ date: '2026-11-25', part: 'full' }]);
    expect(again?.decision).toMatchObject({ outcome: 'refuse', reason: 'ALREADY_DECLARED' });
    expect(again?.recorded.created).toBe(false);
    expect(await allEntries(MEHDI)).toHaveLength(rowsBefore);
  });
});
