import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarStatus } from '../../adapters/store/calendar-status.js';
import { type OpenedStore, openStore } from '../../adapters/store/open-store.js';

// What the bot says about Outlook comes from the calendar outbox, written with the ledger change.
let dir: string;
let opened: OpenedStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'calendar-status-'));
  opened = await openStore({ sqliteFile: join(dir, 'ledger.sqlite') });
});
afterEach(async () => {
  await opened.close();
  await rm(dir, { recursive: true, force: true });
});

const actor = {
  actorId: '00000000-0000-4000-8000-000000000002',
  source: 'bot' as const,
  at: '2026-11-23T08:00:00.000Z',
};

async function declare(date: string) {
  const { entry } = await opened.store.recordEntry(
    {
      personId: actor.actorId,
      date,
      part: 'full',
      kind: 'structural',
      status: 'accepted',
      reason: 'STRUCTURAL_PATTERN',
      approvers: [],
      details: {},
    },
    actor,
  );
  return entry.id;
}

describe('calendar status of telework entries', () => {
  it('pending until the outbox row is done, sync-failed when it is parked', async () => {
    const [waiting, done, parked] = [
      await declare('2026-11-24'),
      await declare('2026-11-26'),
      await declare('2026-12-01'),
    ];
    await opened.db
      .updateTable('calendar_outbox')
      .set({ status: 'done' })
      .where('entity_id', '=', done)
      .execute();
    await opened.db
      .updateTable('calendar_outbox')
      .set({ status: 'parked' })
      .where('entity_id', '=', parked)
      .execute();
    const status = await calendarStatus(opened.db)([waiting, done, parked]);
    expect(Object.fromEntries(status)).toEqual({
      [waiting]: 'pending-sync',
      [done]: 'in-calendar',
      [parked]: 'sync-failed',
    });
  });

  it('answers nothing for no entries', async () => {
    expect((await calendarStatus(opened.db)([])).size).toBe(0);
  });
});
