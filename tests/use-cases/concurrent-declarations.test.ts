import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { backends, emptyLedger, type TestBackend } from '../store/store-backends.js';
import {
  type Asked,
  declareOne,
  mates,
  organisationWith,
  tenHalvesOfOnePerson,
} from './concurrency-organisation.js';

// Declarations sent at the same instant must end as they would one after the other: the policy
// reads and the ledger writes are one transaction under the person's and the teams' locks. On
// PostgreSQL the store's pool (10 connections) runs the ten declarations really in parallel.

const tenMatesOnOneDay: Asked[] = mates.map((personId) => ({ personId, date: '2026-12-01', part: 'full' }));
const twoOverlappingTeams: Asked[] = ['north-1', 'north-2', 'both-1', 'both-2', 'south-1', 'south-2'].map(
  (personId) => ({ personId, date: '2026-12-02', part: 'full' }),
);

describe.each(backends)('concurrent declarations on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(
    backend.skipReason ?? 'decided as one after the other',
    () => {
      let opened: OpenedStore;
      let dispose: () => Promise<void>;
      beforeAll(async () => {
        ({ opened, dispose } = await backend.open());
      });
      afterAll(() => dispose?.());
      beforeEach(() => emptyLedger(opened.db));

      const declare = (organisation: Organisation, asked: Asked) =>
        declareOne(opened.store, organisation, asked);

      /** Each request's outcome and reason, counted: {"accept WITHIN_POLICY": 4, ...}. */
      async function outcomes(organisation: Organisation, asked: Asked[], how: 'sequential' | 'concurrent') {
        await emptyLedger(opened.db);
        const declared = [];
        if (how === 'concurrent')
          declared.push(...(await Promise.all(asked.map((a) => declare(organisation, a)))));
        else for (const a of asked) declared.push(await declare(organisation, a));
        const counts: Record<string, number> = {};
        for (const day of declared.flat()) {
          const key = `${day.decision.outcome} ${day.decision.reason}`;
          counts[key] = (counts[key] ?? 0) + 1;
        }
        return counts;
      }

      async function ledgerStatuses(): Promise<Record<string, number>> {
        const rows = await opened.db.selectFrom('entries').select('status').execute();
        const counts: Record<string, number> = {};
        for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
        return counts;
      }

      it.each([
        {
          case: 'one person, ten half days of one week, quota 2 days a week',
          asked: tenHalvesOfOnePerson,
          breach: 'refuse' as const,
          expected: { 'accept WITHIN_POLICY': 4, 'refuse WEEKLY_QUOTA_EXCEEDED': 6 },
          ledger: { accepted: 4, refused: 6 },
        },
        {
          case: 'ten team mates on one day, 8 of 10 on site, a breach refused',
          asked: tenMatesOnOneDay,
          breach: 'refuse' as const,
          expected: { 'accept WITHIN_POLICY': 2, 'refuse PERMANENCE_AT_MINIMUM': 8 },
          ledger: { accepted: 2, refused: 8 },
        },
        {
          case: 'ten team mates on one day, 8 of 10 on site, a breach sent for approval',
          asked: tenMatesOnOneDay,
          breach: 'needs-approval' as const,
          expected: { 'accept WITHIN_POLICY': 2, 'needs-approval PERMANENCE_AT_MINIMUM': 8 },
          ledger: { accepted: 2, pending: 8 },
        },
      ])('$case', async ({ asked, breach, expected, ledger }) => {
        const organisation = organisationWith(breach);
        const sequential = await outcomes(organisation, asked, 'sequential');
        expect(sequential).toEqual(expected);
        // Three rounds: one lucky interleaving must not pass for a rule that holds.
        for (let round = 0; round < 3; round += 1) {
          expect(await outcomes(organisation, asked, 'concurrent')).toEqual(sequential);
          expect(await ledgerStatuses()).toEqual(ledger);
        }
      });

      // Which of the six gets through depends on who comes first (north-1 and north-2 first: four;
      // both-1 first: two), so the check is the rule itself: each team keeps 2 of its 4 on site. The
      // two people in both teams name them in opposite orders; the locks are taken in one order
      // anyway, or PostgreSQL would end one of the transactions as a deadlock.
      it('two teams sharing two people each keep their minimum, and nobody deadlocks', async () => {
        const organisation = organisationWith('refuse');
        for (let round = 0; round < 3; round += 1) {
          await outcomes(organisation, twoOverlappingTeams, 'concurrent');
          const away = new Set(
            (
              await opened.db
                .selectFrom('entries')
                .select('person_id')
                .where('status', '=', 'accepted')
                .execute()
            ).map((row) => row.person_id),
          );
          for (const teamId of ['north', 'south']) {
            const members = organisation.people.filter((p) => p.teams.includes(teamId));
            const onSite = members.filter((p) => !away.has(p.id));
            expect({ teamId, onSite: onSite.length }).toEqual({ teamId, onSite: 2 });
          }
        }
      });
    },
  );
});
