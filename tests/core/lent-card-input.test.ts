import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import type { CrisisLoan } from '../../core/permanence/loans.js';
import {
  type CrisisCardInput,
  type CrisisNotice,
  type NoticeOutcome,
  sendCrisisNotices,
} from '../../core/use-cases/send-crisis-notices.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { DEMO } from '../api/hr-api-harness.js';

// What the lent person's card says, read when it is sent: the team, the first day they are
// expected (the crisis's first day, or today when the loan came later), the function in their
// language and the manager who asked. Jonas (Dutch in the demo file) lent to the reception.
const CRISIS = { id: 'c-1', from: '2026-12-07', to: null, reason: 'Flood', startedBy: DEMO.sophie } as const;
const loan = (status: CrisisLoan['status']): CrisisLoan => ({
  id: 'l-1',
  crisisId: CRISIS.id,
  personId: DEMO.jonas,
  teamId: 'reception',
  function: 'reception',
  status,
  askedBy: DEMO.marc,
  askedAt: '2026-12-02T08:00:00.000Z',
  decidedBy: DEMO.sophie,
  decidedAt: '2026-12-02T09:00:00.000Z',
  reason: '',
});

let organisation: Organisation;
beforeAll(async () => {
  organisation = await loadOrganisation(DEMO_ORGANISATION_FILE);
});

/** One 'lent' card for Jonas through one round: what was sent, and how the card was settled. */
async function oneRound(today: LocalDate, loans: CrisisLoan[]) {
  const notice: CrisisNotice = {
    id: 'n-1',
    crisisId: CRISIS.id,
    change: 'lent',
    personId: DEMO.jonas,
    attempts: 0,
  };
  const sent: CrisisCardInput[] = [];
  const settled: NoticeOutcome[] = [];
  const due = [notice];
  await sendCrisisNotices(
    {
      organisation,
      queue: {
        claim: async () => due.splice(0),
        renew: async () => true,
        settle: async (_notice, result) => {
          settled.push(result);
        },
      },
      crisisPeriods: async () => [{ ...CRISIS, startedAt: '', endedBy: null, endedAt: null }],
      crisisLoans: async () => loans,
      teamsCoverage: async () => [],
      render: (_person, input) => input,
      send: async (_person, card) => {
        sent.push(card);
      },
      clock: { now: () => `${today}T10:00:00.000Z`, today: () => today },
    },
    3,
  );
  return { sent, settled: settled.map((result) => result.outcome) };
}

describe('the lent person’s card', () => {
  it.each([
    ['before the crisis starts: from its first day', '2026-12-02', '2026-12-07'],
    ['on its first day', '2026-12-07', '2026-12-07'],
    ['once it is under way: from today', '2026-12-09', '2026-12-09'],
  ])('approved %s', async (_label, today, from) => {
    const { sent, settled } = await oneRound(today, [loan('rejected'), loan('approved')]);
    expect(sent).toEqual([
      {
        change: 'lent',
        teamName: 'Accueil / Onthaal',
        from,
        functionName: 'onthaalmedewerker',
        askedByName: organisation.people.find((p) => p.id === DEMO.marc)?.displayName,
      },
    ]);
    expect(settled).toEqual(['sent']);
  });

  it('with no approved loan left there is nothing to tell: settled, not sent', async () => {
    expect(await oneRound('2026-12-02', [loan('rejected')])).toEqual({ sent: [], settled: ['sent'] });
  });
});
