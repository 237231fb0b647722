import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamLockKeys } from '../../adapters/store/locks.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import { backends } from '../store/store-backends.js';

// What the locks of a decision hold back on PostgreSQL, seen in pg_locks: while a decision on a
// member of team "social" is open, assigning a duty in that team waits for the team's lock, and
// a decision in another team does not. (On SQLite one writer at a time holds everything.)

const postgres = backends.find((backend) => backend.name === 'PostgreSQL');
const TEAMS_NAMESPACE = 0x7e1f;
// Advisory locks are database-wide, not per schema: a team id of this run only, so that another
// test file's decisions in its own schema never pass for the waiter looked for here.
const SOCIAL = `social-${randomUUID()}`;
const actor = { actorId: 'mgr', source: 'api' as const, at: '2026-11-23T08:00:00.000Z' };

describe.skipIf(postgres?.skipReason !== undefined)(
  postgres?.skipReason ?? 'team locks on PostgreSQL',
  () => {
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ opened, dispose } = await (postgres as NonNullable<typeof postgres>).open());
    });
    afterAll(() => dispose?.());

    /** Resolves once some connection waits for the team's advisory lock. */
    async function someoneWaitsFor(teamId: string): Promise<'waiting'> {
      const [key] = teamLockKeys([teamId]);
      for (;;) {
        const waiting = await sql<{ n: number }>`
        select count(*)::int as n from pg_locks
        where locktype = 'advisory' and not granted and classid = ${TEAMS_NAMESPACE} and objid = ${key}::oid
          and objsubid = 2`.execute(opened.db);
        if ((waiting.rows[0]?.n ?? 0) > 0) return 'waiting';
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    /** Opens a decision in `teamIds` and keeps it open until the returned release is called. */
    async function openDecision(teamIds: string[]) {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered: () => void = () => {};
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const done = opened.store.decideAndRecord({ personId: 'anna', teamIds }, async () => {
        entered();
        await held;
      });
      await inside;
      return { release, done };
    }

    it('a duty in the team waits for the decision, then goes through', async () => {
      const decision = await openDecision([SOCIAL]);
      try {
        const duty = opened.store
          .assignDuty({ teamId: SOCIAL, personId: 'bart', date: '2026-12-01', half: 'am' }, actor)
          .then(() => 'assigned' as const);
        expect(await Promise.race([duty, someoneWaitsFor(SOCIAL)])).toBe('waiting');
        decision.release();
        expect(await duty).toBe('assigned');
      } finally {
        decision.release();
        await decision.done;
      }
    });

    it('a decision in another team is not held back', async () => {
      const decision = await openDecision([SOCIAL]);
      try {
        const other = opened.store.decideAndRecord(
          { personId: 'dirk', teamIds: [`reception-${SOCIAL}`] },
          async () => 'decided',
        );
        expect(await other).toBe('decided');
      } finally {
        decision.release();
        await decision.done;
      }
    });

    it('team keys are distinct and ascending, whatever order the teams are named in', () => {
      expect(teamLockKeys(['south', 'north'])).toEqual(teamLockKeys(['north', 'south', 'north']));
      const keys = teamLockKeys(['north', 'south']);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      expect(keys).toHaveLength(2);
    });
  },
);
