import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestBackend } from '../store/store-backends.js';
import { DEMO, type Harness, openHarness } from './hr-api-harness.js';

// Lending a suspended person to an essential team, at the demo CPAS: in a crisis the
// administrative officers' mission is suspended (Jonas); the reception (Marc) and the social
// service (Isabelle) keep a minimum of an essential function, the administration (Els) none.
// A crisis from Monday 7 December 2026; today is Wednesday 2 December.
const WEEK = 'from=2026-12-07&to=2026-12-11';

describe.each(backends)('crisis loans on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'the demo CPAS', () => {
    let harness: Harness;
    const token: Record<string, string> = {};
    let crisisId = '';
    let loanId = '';
    let versionBeforeCrisis = '';
    const call = (method: 'GET' | 'POST', url: string, who: string, payload?: object, headers = {}) =>
      harness.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${token[who]}`, ...headers },
        ...(payload ? { payload } : {}),
      });
    const loans = async () => (await call('GET', `/crisis/${crisisId}/loans`, 'sophie')).json().loans;
    const coverage = (team: string, who: string) => call('GET', `/teams/${team}/coverage?${WEEK}`, who);

    beforeAll(async () => {
      harness = await openHarness(backend);
      for (const name of ['sophie', 'marc', 'isabelle', 'els', 'lukas', 'amelie'] as const) {
        token[name] = await harness.tokenOf(DEMO[name]);
      }
      versionBeforeCrisis = (await coverage('reception', 'marc')).headers.etag as string;
      const started = await call('POST', '/crisis', 'sophie', { from: '2026-12-07', reason: 'Flood' });
      expect(started.statusCode).toBe(200);
      crisisId = started.json().id;
    });
    afterAll(() => harness?.dispose());

    it.each([
      [
        'a person whose mission is not suspended',
        'marc',
        DEMO.amelie,
        'reception',
        409,
        'LOAN_PERSON_NOT_SUSPENDED',
      ],
      [
        'a team that keeps no essential minimum',
        'els',
        DEMO.jonas,
        'administration',
        409,
        'LOAN_TEAM_NOT_ESSENTIAL',
      ],
      [
        'an asker who does not manage the team',
        'isabelle',
        DEMO.jonas,
        'reception',
        403,
        'LOAN_ASKER_NOT_MANAGER',
      ],
      ['an asker with no manager role', 'amelie', DEMO.jonas, 'reception', 403, 'LOAN_ASKER_NOT_MANAGER'],
      ['an unknown team', 'marc', DEMO.jonas, 'kitchen', 404, 'UNKNOWN_TEAM'],
    ])(
      'asking for %s is refused (%s asks): nothing is written',
      async (_label, who, personId, teamId, status, code) => {
        const response = await call('POST', `/crisis/${crisisId}/loans`, who, { personId, teamId });
        expect([response.statusCode, response.json().code]).toEqual([status, code]);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(await loans()).toEqual([]);
      },
    );

    it('starting the crisis moved the teams’ versions: its days keep other minimums', async () => {
      expect(versionBeforeCrisis).toMatch(/^"/);
      expect((await coverage('reception', 'marc')).headers.etag).not.toBe(versionBeforeCrisis);
    });

    it('an unknown crisis is 404 UNKNOWN_CRISIS', async () => {
      const response = await call('POST', '/crisis/no-such-crisis/loans', 'marc', {
        personId: DEMO.jonas,
        teamId: 'reception',
      });
      expect([response.statusCode, response.json().code]).toEqual([404, 'UNKNOWN_CRISIS']);
    });

    it('two managers asking for the same person at once: one loan is asked, the other is refused', async () => {
      const answers = await Promise.all([
        call('POST', `/crisis/${crisisId}/loans`, 'marc', { personId: DEMO.jonas, teamId: 'reception' }),
        call('POST', `/crisis/${crisisId}/loans`, 'isabelle', {
          personId: DEMO.jonas,
          teamId: 'social-service',
        }),
      ]);
      const codes = answers.map((answer) => answer.statusCode).sort();
      expect(codes).toEqual([200, 409]);
      const refused = answers.find((answer) => answer.statusCode === 409);
      expect(refused?.json().code).toBe('LOAN_ALREADY_ACTIVE');
      const [loan] = await loans();
      expect(await loans()).toHaveLength(1);
      expect(loan).toMatchObject({ personId: DEMO.jonas, status: 'asked', askedBy: expect.any(String) });
      // Whichever won, the rest of this test lends Jonas to the reception: a refused ask is
      // rejected by HR and Marc asks again.
      if (loan.teamId !== 'reception') {
        const rejected = await call('POST', `/crisis/${crisisId}/loans/${loan.id}/reject`, 'sophie', {
          reason: 'The reception needs him more',
        });
        expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'The reception needs him more' });
        const asked = await call('POST', `/crisis/${crisisId}/loans`, 'marc', {
          personId: DEMO.jonas,
          teamId: 'reception',
        });
        expect(asked.statusCode).toBe(200);
        loanId = asked.json().id;
      } else loanId = loan.id;
    });

    it('only HR or Admin decide: a manager is refused, and a refusal needs a reason', async () => {
      const byManager = await call('POST', `/crisis/${crisisId}/loans/${loanId}/approve`, 'marc', {});
      expect([byManager.statusCode, byManager.json().code]).toEqual([403, 'LOAN_DECISION_FORBIDDEN']);
      const noReason = await call('POST', `/crisis/${crisisId}/loans/${loanId}/reject`, 'sophie', {});
      expect([noReason.statusCode, noReason.json().code]).toEqual([400, 'REQUEST_INVALID']);
      const otherCrisis = await call('POST', `/crisis/another/loans/${loanId}/approve`, 'sophie', {});
      expect([otherCrisis.statusCode, otherCrisis.json().code]).toEqual([404, 'UNKNOWN_LOAN']);
      expect((await loans()).find((loan: { id: string }) => loan.id === loanId)?.status).toBe('asked');
    });

    it('approved (HR and Admin at once: one decision, the other 409): Jonas counts for the reception, is lent in his own team, and the reception’s version moves', async () => {
      const before = await coverage('reception', 'marc');
      const staleVersion = before.headers.etag as string;
      const monday = (body: { halfDays: Array<Record<string, unknown>> }) =>
        body.halfDays[0] as Record<string, string[]>;
      expect(monday(before.json()).onSite).not.toContain(DEMO.jonas);
      expect(monday((await coverage('administration', 'els')).json()).suspended).toContain(DEMO.jonas);

      const answers = await Promise.all([
        call('POST', `/crisis/${crisisId}/loans/${loanId}/approve`, 'sophie', {}),
        call('POST', `/crisis/${crisisId}/loans/${loanId}/approve`, 'lukas', { reason: 'ok' }),
      ]);
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
      expect(answers.find((answer) => answer.statusCode === 409)?.json().code).toBe('LOAN_ALREADY_DECIDED');
      const again = await call('POST', `/crisis/${crisisId}/loans/${loanId}/reject`, 'sophie', {
        reason: 'no',
      });
      expect([again.statusCode, again.json().code]).toEqual([409, 'LOAN_ALREADY_DECIDED']);
      expect((await loans()).find((loan: { id: string }) => loan.id === loanId)).toMatchObject({
        status: 'approved',
        teamId: 'reception',
        function: 'reception',
      });

      const after = await coverage('reception', 'marc');
      expect(after.headers.etag).not.toBe(staleVersion);
      expect(monday(after.json()).onSite).toContain(DEMO.jonas);
      const administration = monday((await coverage('administration', 'els')).json());
      expect([administration.lent, administration.suspended?.includes(DEMO.jonas)]).toEqual([
        [DEMO.jonas],
        false,
      ]);
      // Both weeks name the loan, so the planner can say who is lent where.
      const loan = {
        personId: DEMO.jonas,
        displayName: 'Jonas Willems',
        teamId: 'reception',
        teamName: expect.any(String),
        from: '2026-12-07',
        to: null,
      };
      expect((await coverage('reception', 'marc')).json().loans).toEqual([{ ...loan, direction: 'in' }]);
      expect((await coverage('administration', 'els')).json().loans).toEqual([{ ...loan, direction: 'out' }]);
      expect((await coverage('social-service', 'isabelle')).json().loans).toEqual([]);
      // Before the crisis (Friday 4 December) he is the administration's, as always.
      const friday = await call('GET', '/teams/reception/coverage?from=2026-12-04&to=2026-12-04', 'marc');
      expect(friday.json().halfDays[0].onSite).not.toContain(DEMO.jonas);

      // The planner page read before the approval is stale: its change is 412.
      const duty = { date: '2026-12-08', part: 'am', personId: DEMO.jonas };
      const stale = await call('POST', '/teams/reception/duties', 'marc', duty, { 'if-match': staleVersion });
      expect([stale.statusCode, stale.json().code]).toEqual([412, 'TEAM_VERSION_STALE']);
      // With the current version, Jonas holds a reception duty on a crisis day, not before it.
      const current = { 'if-match': after.headers.etag as string };
      const planned = await call('POST', '/teams/reception/duties', 'marc', duty, current);
      expect(planned.statusCode).toBe(201);
      const beforeCrisis = await call(
        'POST',
        '/teams/reception/duties',
        'marc',
        { ...duty, date: '2026-12-04' },
        { 'if-match': planned.headers.etag as string },
      );
      expect([beforeCrisis.statusCode, beforeCrisis.json().code]).toEqual([422, 'DUTY_OUTSIDE_TEAM']);
      // In his own team, where the crisis suspends his mission, he holds none (lent or not).
      const own = { 'if-match': (await coverage('administration', 'els')).headers.etag as string };
      const inOwnTeam = await call('POST', '/teams/administration/duties', 'els', duty, own);
      expect([inOwnTeam.statusCode, inOwnTeam.json().code]).toEqual([422, 'DUTY_PERSON_SUSPENDED']);
      const dayBefore = { ...duty, date: '2026-12-04' };
      expect((await call('POST', '/teams/administration/duties', 'els', dayBefore, own)).statusCode).toBe(
        201,
      );
      // A second loan of Jonas in this crisis is refused.
      const second = await call('POST', `/crisis/${crisisId}/loans`, 'isabelle', {
        personId: DEMO.jonas,
        teamId: 'social-service',
      });
      expect([second.statusCode, second.json().code]).toEqual([409, 'LOAN_ALREADY_ACTIVE']);
    });

    it('after the crisis, no loan can be asked or decided for it (409 CRISIS_ENDED)', async () => {
      const ended = await call('POST', '/crisis/end', 'sophie', { to: '2026-12-11' });
      expect(ended.statusCode).toBe(200);
      harness.clock.today = '2026-12-14';
      const asked = await call('POST', `/crisis/${crisisId}/loans`, 'isabelle', {
        personId: DEMO.jonas,
        teamId: 'social-service',
      });
      expect([asked.statusCode, asked.json().code]).toEqual([409, 'CRISIS_ENDED']);
    });
  });
});
