import { describe, expect, it } from 'vitest';
import type { EventMapping } from '../../adapters/calendar-sync/calendar-sync-store.js';
import {
  afterThrottle,
  missingFromSnapshot,
  roundStart,
} from '../../adapters/calendar-sync/delta-round-plan.js';

// The change poller's decisions, without Graph or a database: where a round starts, which of our
// events a full round's snapshot should have listed, and what a Retry-After on a read does.

const MARCH = { from: '2026-02-01', to: '2026-03-31' };
const window = (from: string, to: string) => ({ windowFrom: from, windowTo: to });

describe('where a round starts', () => {
  it.each([
    ['first round of the mailbox', undefined, undefined, { kind: 'full' }],
    [
      'the next round, from the deltaLink',
      undefined,
      { cursor: 'delta-1', ...window('2026-02-01', '2026-03-31') },
      { kind: 'resume', cursor: 'delta-1', full: false },
    ],
    [
      'a full round cut short, from its nextLink',
      { cursor: 'next-2', full: true, ...window('2026-02-01', '2026-03-31') },
      { cursor: 'delta-1', ...window('2026-02-01', '2026-03-31') },
      { kind: 'resume', cursor: 'next-2', full: true },
    ],
    [
      'the window moved since the deltaLink: a full round',
      undefined,
      { cursor: 'delta-1', ...window('2026-01-01', '2026-02-28') },
      { kind: 'full' },
    ],
    [
      'the window moved since the round was cut: a full round',
      { cursor: 'next-2', full: false, ...window('2026-01-01', '2026-02-28') },
      undefined,
      { kind: 'full' },
    ],
  ] as const)('%s', (_, place, link, expected) => {
    expect(roundStart(MARCH, place, link)).toEqual(expected);
  });
});

function mapping(entityId: string, eventId: string | null = `event-${entityId}`): EventMapping {
  return {
    kind: 'entry',
    entityId,
    target: 'person',
    mailbox: 'anna',
    eventId,
    generation: 0,
    createPending: false,
    bodyHash: null,
    etag: null,
  };
}

describe('our events a full round did not list', () => {
  it('are looked up when the ledger puts them inside the window, first and last day included', () => {
    const unseen = [
      { mapping: mapping('first-day'), day: '2026-02-01' },
      { mapping: mapping('in-march'), day: '2026-03-10' },
      { mapping: mapping('last-day'), day: '2026-03-31' },
      { mapping: mapping('last-year'), day: '2025-11-04' },
      { mapping: mapping('after'), day: '2026-04-01' },
      { mapping: mapping('not-in-ledger'), day: undefined },
      { mapping: mapping('no-event', null), day: '2026-03-12' },
    ];
    expect(missingFromSnapshot(unseen, MARCH).map((m) => m.entityId)).toEqual([
      'first-day',
      'in-march',
      'last-day',
    ]);
  });
});

describe('a read answered with Retry-After', () => {
  const limits = { maxWaitMs: 60_000, maxWaits: 3 };
  it.each([
    ['7 s, first time: wait and read again', 7_000, 0, { kind: 'wait', ms: 7_000 }],
    ['0 s: read again at once', 0, 0, { kind: 'wait', ms: 0 }],
    ['60 s: still waited out', 60_000, 2, { kind: 'wait', ms: 60_000 }],
    ['a fourth time: the round stops there', 7_000, 3, { kind: 'stop', untilMs: 7_000 }],
    ['10 minutes: the mailbox waits, not the round', 600_000, 0, { kind: 'stop', untilMs: 600_000 }],
  ] as const)('%s', (_, retryAfterMs, waits, expected) => {
    expect(afterThrottle(retryAfterMs, waits, limits)).toEqual(expected);
  });
});
