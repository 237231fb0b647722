import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import { systemClock } from '../../adapters/clock/brussels-clock.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import { backends } from '../store/store-backends.js';
import {
  ANNA,
  startM365,
  type TestM365,
  tagOf,
  testOrganisation,
  workingCalendar,
} from './calendar-sync-fixture.js';

// The sync as the server runs it: background loops on the real clock, stopped at shutdown.

const organisation = testOrganisation();
let m365: TestM365;
let opened: OpenedStore;
let dispose: () => Promise<void>;

beforeAll(async () => {
  m365 = await startM365(organisation);
  ({ opened, dispose } = await (backends[0] as (typeof backends)[number]).open());
});
afterAll(async () => {
  expect(m365.graph.contractViolations()).toEqual([]);
  await dispose?.();
  await m365?.close();
});

async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

it('writes new days to Outlook and reads changes back on its own, and stops cleanly', async () => {
  const sync = startCalendarSync({
    store: opened.store,
    db: opened.db,
    organisation,
    calendar: workingCalendar,
    graph: { baseUrl: m365.graph.baseUrl, tokens: m365.tokens },
    clock: systemClock(),
    idleMs: 50,
    pollMs: 100,
  });
  try {
    const { entry } = await opened.store.recordEntry(
      {
        personId: ANNA.id,
        date: '2026-06-02',
        part: 'full',
        kind: 'structural',
        status: 'accepted',
        reason: 'STRUCTURAL_PATTERN',
        approvers: [],
        details: {},
      },
      { actorId: ANNA.id, source: 'bot', at: new Date().toISOString() },
    );
    const event = await eventually(
      async () => (await m365.events(ANNA.id)).find((candidate) => tagOf(candidate) === entry.id),
      'the event',
    );
    // Let the change poller take its first full round before the person deletes the event.
    await eventually(
      async () =>
        (await opened.db.selectFrom('calendar_delta_links').select('mailbox').executeTakeFirst()) ??
        undefined,
      'a delta link',
    );
    await m365.call('DELETE', `/me/events/${encodeURIComponent(event.id)}`, {
      token: await m365.userToken(ANNA),
    });
    await eventually(async () => {
      const now = await opened.store.getEntry(entry.id);
      return now?.status === 'cancelled' ? now : undefined;
    }, 'the cancellation');
  } finally {
    await sync.stop();
  }
});
