import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import { applyOutlookTeleworkChange } from '../../core/use-cases/apply-outlook-change.js';
import { calendar } from '../core/fixtures.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import { AT, declareOne, organisationWith, TODAY } from './concurrency-organisation.js';

// A telework day moved in Outlook is one transaction: the old day is cancelled and the new one
// written together, or neither. Here the database refuses the new day's event; the old day must
// still be there, accepted, as if the move had never been read.

async function refuseTheNewDay(opened: OpenedStore, backend: TestBackend['name']): Promise<void> {
  if (backend === 'SQLite') {
    await sql`
      create trigger refuse_new_day before insert on ledger_events
      when new.source = 'outlook' and new.action <> 'cancelled'
      begin select raise(abort, 'new day refused'); end`.execute(opened.db);
    return;
  }
  await sql`
    create function refuse_new_day() returns trigger language plpgsql as $$
    begin raise exception 'new day refused'; end $$`.execute(opened.db);
  await sql`
    create trigger refuse_new_day before insert on ledger_events for each row
    when (new.source = 'outlook' and new.action <> 'cancelled')
    execute function refuse_new_day()`.execute(opened.db);
}

describe.each(backends)('an Outlook move on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'all or nothing', () => {
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ opened, dispose } = await backend.open());
    });
    afterAll(() => dispose?.());

    it('keeps the old day when the new one cannot be written', async () => {
      const organisation = organisationWith('refuse');
      const [declared] = await declareOne(opened.store, organisation, {
        personId: 'solo',
        date: '2026-11-30',
        part: 'full',
      });
      const entryId = declared?.recorded.entry.id as string;
      await refuseTheNewDay(opened, backend.name);

      const move = applyOutlookTeleworkChange(
        { organisation, calendar, store: opened.store },
        {
          entryId,
          change: { type: 'moved', to: { date: '2026-12-01', part: 'full' } },
          today: TODAY,
          at: AT,
        },
      );
      await expect(move).rejects.toThrow(/new day refused/);
      expect(await opened.store.getEntry(entryId)).toMatchObject({ status: 'accepted', date: '2026-11-30' });
      expect(await opened.store.activeEntries(['solo'], '2026-11-30', '2026-12-04')).toHaveLength(1);
      expect((await opened.store.history(entryId)).map((event) => event.action)).toEqual(['declared']);
    });
  });
});
