import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { Caller } from '../../core/access/caller.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { askLoan, decideLoan } from '../../core/use-cases/crisis-loans.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { loanPolicy, loanTeams } from '../core/crisis-loan-fixtures.js';
import { calendar, cpasPeople, refused, TODAY, verdict } from '../core/fixtures.js';
import { backends, type TestBackend } from './store-backends.js';

// Anna (social worker) asks telework on a day of the social service, which keeps two social
// workers on site in a crisis and has only Anna and Bart (crisis-loan-fixtures.ts). Whether Gert
// (technician, suspended in a crisis) counts there is read from the ledger inside the decision's
// transaction: only an approved loan of the crisis that day is in, counts.
//   crisis A, 2–4 March 2026:    Gert lent to the social service, approved
//   crisis B, 9–13 March:        Gert lent again, approved
//   crisis C, 23–27 March:       Gert asked for, not decided
//   crisis D, 30 March–3 April:  Gert asked for, rejected
//   crisis E, from 13 April:     Gert asked for; approved while Anna and Bart ask (concurrency)
const AT = '2026-03-02T08:00:00.000Z';
const organisation: Pick<Organisation, 'people' | 'teams' | 'policy'> = {
  people: cpasPeople(),
  teams: loanTeams(),
  policy: loanPolicy(),
};
const caller = (id: string, role: 'Manager' | 'HR'): Caller => ({
  id,
  roles: [role],
  person: organisation.people.find((p) => p.id === id),
});
const MANAGER = caller('mgr-social', 'Manager');
const HR = caller('hr-eva', 'HR');

describe.each(backends)('telework decisions read the approved loans on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'the CPAS in five crises', () => {
    let opened: OpenedStore;
    let dispose: () => Promise<void>;
    const deps = () => ({ organisation, store: opened.store });
    const actor = { actorId: HR.id, source: 'api' as const, at: AT };

    async function crisis(from: LocalDate, to: LocalDate | null) {
      const period = await opened.store.startCrisis({ from, reason: 'Flood' }, actor);
      return { period, end: () => (to ? opened.store.endCrisis({ to }, actor) : undefined) };
    }
    async function askGert(crisisId: string, today: LocalDate) {
      const input = { caller: MANAGER, crisisId, personId: 'tech-gert', teamId: 'social', today, at: AT };
      return askLoan(deps(), input);
    }
    async function decide(
      crisisId: string,
      loanId: string,
      decision: 'approved' | 'rejected',
      today: LocalDate,
    ) {
      return decideLoan(deps(), {
        caller: HR,
        crisisId,
        loanId,
        decision,
        reason: 'as planned',
        today,
        at: AT,
      });
    }
    const asks = (personId: string, date: LocalDate) =>
      declareTelework(
        { organisation, calendar, store: opened.store },
        { request: { personId, days: [{ date, part: 'full' }] }, today: TODAY, at: AT, source: 'api' },
      ).then(([day]) => verdict(day?.decision));

    let crisisE = '';
    let loanE = '';
    beforeAll(async () => {
      ({ opened, dispose } = await backend.open());
      const a = await crisis('2026-03-02', '2026-03-04');
      await decide(a.period.id, (await askGert(a.period.id, '2026-03-02')).id, 'approved', '2026-03-02');
      await a.end();
      const b = await crisis('2026-03-09', '2026-03-13');
      await decide(b.period.id, (await askGert(b.period.id, '2026-03-09')).id, 'approved', '2026-03-09');
      await b.end();
      const c = await crisis('2026-03-23', '2026-03-27');
      await askGert(c.period.id, '2026-03-23');
      await c.end();
      const d = await crisis('2026-03-30', '2026-04-03');
      await decide(d.period.id, (await askGert(d.period.id, '2026-03-30')).id, 'rejected', '2026-03-30');
      await d.end();
      const e = await crisis('2026-04-13', null);
      crisisE = e.period.id;
      loanE = (await askGert(e.period.id, '2026-04-13')).id;
    });
    afterAll(() => dispose?.());

    it.each([
      ['crisis A, Gert’s loan approved: Bart and Gert stay', '2026-03-03', 'accept CRISIS_MODE'],
      ['crisis B, Gert lent again', '2026-03-11', 'accept CRISIS_MODE'],
      ['crisis B’s last day', '2026-03-13', 'accept CRISIS_MODE'],
      ['between crises B and C: Gert is the facilities’', '2026-03-16', refused('PERMANENCE_AT_MINIMUM')],
      ['crisis C, Gert only asked for', '2026-03-25', refused('PERMANENCE_AT_MINIMUM')],
      [
        'crisis D, Gert’s loan rejected (those of A and B are not D’s)',
        '2026-04-01',
        refused('PERMANENCE_AT_MINIMUM'),
      ],
      ['crisis E, Gert asked for, not yet approved', '2026-04-15', refused('PERMANENCE_AT_MINIMUM')],
    ] as const)('Anna asks on %s (%s): %s', async (_label, date, expected) => {
      expect(await asks('sw-anna', date)).toBe(expected);
    });

    it('HR approves Gert in crisis E while Anna and Bart ask for the same Thursday: what some order gives', async () => {
      const THURSDAY = '2026-04-16';
      const [, anna, bart] = await Promise.all([
        decide(crisisE, loanE, 'approved', '2026-04-13'),
        asks('sw-anna', THURSDAY),
        asks('sw-bart', THURSDAY),
      ]);
      // Approval first: the first asker goes, the second is refused; approval last: both refused;
      // in between: the one after it goes. Never both: two social workers stay on site.
      const accepted = [anna, bart].filter((answer) => answer === 'accept CRISIS_MODE');
      expect(accepted.length).toBeLessThanOrEqual(1);
      for (const answer of [anna, bart]) {
        expect(['accept CRISIS_MODE', refused('PERMANENCE_AT_MINIMUM')]).toContain(answer);
      }
      // Once approved, Gert counts for whoever asks next: Anna's refused Thursday goes through
      // if Bart stays, and the one who went blocks the other.
      const again = await Promise.all([asks('sw-anna', THURSDAY), asks('sw-bart', THURSDAY)]);
      const held = [anna, bart].map(
        (answer, i) => answer === 'accept CRISIS_MODE' || again[i] === 'accept CRISIS_MODE',
      );
      expect(held.filter(Boolean)).toHaveLength(1);
    });
  });
});
