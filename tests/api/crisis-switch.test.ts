import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import { DEMO, type Harness, openHarness } from './hr-api-harness.js';

// The "done when": the demo CPAS under the Leuven preset; HR starts a crisis on
// 1 January 2027 through the API, and ends it on the 15th.
const JANUARY_CRISIS_DAYS: LocalDate[] = ['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'];

describe.each(backends)('the crisis switch on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'January 2027', () => {
    let harness: Harness;
    let hr: string;
    const send = (url: string, token: string, payload: Record<string, string>) =>
      harness.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
    const declare = (personId: string, dates: LocalDate[]) => {
      const { organisation, opened } = harness;
      const calendar = belgianWorkingCalendar({
        region: organisation.employer.holidayRegion,
        closingDays: organisation.employer.closingDays,
      });
      return declareTelework(
        { organisation, calendar, store: opened.store },
        {
          request: { personId, days: dates.map((date) => ({ date, part: 'full' as const })) },
          today: '2026-12-20',
          at: '2026-12-20T08:00:00.000Z',
          source: 'bot',
        },
      );
    };
    const outcomes = (declared: Awaited<ReturnType<typeof declare>>) =>
      declared.map((day) => `${day.decision.outcome} ${day.decision.reason}`);
    const januaryOf = async (personId: string) => {
      const response = await harness.get(`/api/v1/tallies?month=2027-01&person=${personId}`, hr);
      expect(response.statusCode).toBe(200);
      return response.json().items[0];
    };

    beforeAll(async () => {
      harness = await openHarness(backend);
      harness.clock.today = '2026-12-20';
      hr = await harness.tokenOf(DEMO.sophie);
    });
    afterAll(() => harness?.dispose());

    it('someone without the HR or Admin role cannot start one (403), and nothing changes', async () => {
      const amelie = await harness.tokenOf(DEMO.amelie);
      const response = await send('/api/v1/crisis', amelie, { from: '2027-01-01', reason: 'flood' });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN_ROLE' });
      expect((await harness.get('/api/v1/crisis', hr)).json()).toEqual({ periods: [] });
    });

    it('two HR starts at once: one wins, the other is refused as overlapping', async () => {
      const responses = await Promise.all([
        send('/api/v1/crisis', hr, { from: '2027-01-01', reason: 'Pandemic: plan in force' }),
        send('/api/v1/crisis', hr, { from: '2027-01-04', reason: 'Pandemic (again)' }),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const refused = responses.find((response) => response.statusCode === 409);
      expect(refused?.headers['content-type']).toContain('application/problem+json');
      expect(refused?.json()).toMatchObject({ code: 'CRISIS_OVERLAPS' });
      const { periods } = (await harness.get('/api/v1/crisis', hr)).json();
      expect(periods).toHaveLength(1);
      expect(periods[0]).toMatchObject({ to: null, startedBy: DEMO.sophie, endedBy: null });
    });

    it('in the crisis an occasional teleworker’s four days are accepted without approval', async () => {
      // Only the crisis from the 1st is kept: start again cleanly if the other start won.
      const [period] = (await harness.get('/api/v1/crisis', hr)).json().periods;
      expect(['2027-01-01', '2027-01-04']).toContain(period.from);
      expect(outcomes(await declare(DEMO.amelie, JANUARY_CRISIS_DAYS))).toEqual(
        JANUARY_CRISIS_DAYS.map(() => 'accept CRISIS_MODE'),
      );
    });

    it('and they are paid EUR 12 by the crisis rule (EUR 3 a day, every arrangement)', async () => {
      expect(await januaryOf(DEMO.amelie)).toMatchObject({
        teleworkDays: 4,
        allowance: { cents: 1200, preset: 'leuven', rule: 'crisis:per-day' },
        totalCents: 1200,
      });
    });

    it('the receptionist (essential, not teleworkable) is refused', async () => {
      expect(outcomes(await declare(DEMO.nathalie, ['2027-01-06']))).toEqual(['refuse FUNCTION_EXCLUDED']);
    });

    it('an end before the start or a second start is refused, and nothing changes', async () => {
      const before = (await harness.get('/api/v1/crisis', hr)).json();
      const early = await send('/api/v1/crisis/end', hr, { to: '2026-12-31' });
      expect([early.statusCode, early.json().code]).toEqual([409, 'CRISIS_ENDS_BEFORE_START']);
      const again = await send('/api/v1/crisis', hr, { from: '2027-01-20', reason: 'again' });
      expect([again.statusCode, again.json().code]).toEqual([409, 'CRISIS_OVERLAPS']);
      const badDate = await send('/api/v1/crisis/end', hr, { to: '2027-02-30' });
      expect([badDate.statusCode, badDate.json().code]).toEqual([400, 'INVALID_DATE']);
      expect((await harness.get('/api/v1/crisis', hr)).json()).toEqual(before);
    });

    it('ended on the 15th: the days after follow the normal rules again', async () => {
      const ended = await send('/api/v1/crisis/end', hr, { to: '2027-01-15' });
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({ to: '2027-01-15', endedBy: DEMO.sophie });
      // Occasional telework needs the manager again; the crisis days keep their EUR 12.
      expect(outcomes(await declare(DEMO.amelie, ['2027-01-14', '2027-01-19']))).toEqual([
        'accept CRISIS_MODE',
        'needs-approval OCCASIONAL_NEEDS_APPROVAL',
      ]);
      expect(await januaryOf(DEMO.amelie)).toMatchObject({ teleworkDays: 5, allowance: { cents: 1500 } });
      expect(outcomes(await declare(DEMO.nathalie, ['2027-01-20']))).toEqual(['refuse FUNCTION_EXCLUDED']);
      const again = await send('/api/v1/crisis/end', hr, { to: '2027-01-20' });
      expect([again.statusCode, again.json().code]).toEqual([409, 'NO_CRISIS_UNDER_WAY']);
    });

    it('a crisis started and ended in a closed month becomes corrections in the next open month', async () => {
      const occasional = (date: LocalDate) => ({
        personId: DEMO.amelie,
        date,
        part: 'full' as const,
        kind: 'occasional' as const,
        status: 'accepted' as const,
        reason: 'WITHIN_POLICY',
        approvers: [],
        details: {},
      });
      const actor = { actorId: DEMO.isabelle, source: 'tab' as const, at: '2027-02-05T08:00:00.000Z' };
      for (const date of ['2027-02-09', '2027-02-10'])
        await harness.opened.store.recordEntry(occasional(date), actor);
      harness.clock.today = '2027-03-02';
      expect((await harness.post('/api/v1/months/2027-02/close', hr)).statusCode).toBe(200);
      const monthOf = async (month: string) =>
        (await harness.get(`/api/v1/tallies?month=${month}&person=${DEMO.amelie}`, hr)).json().items[0];
      // Occasional days outside a crisis pay nothing under Leuven.
      expect(await monthOf('2027-02')).toMatchObject({ teleworkDays: 2, totalCents: 0 });

      const started = await send('/api/v1/crisis', hr, { from: '2027-02-01', reason: 'second wave' });
      expect(started.statusCode).toBe(200);
      expect(await monthOf('2027-02')).toMatchObject({ teleworkDays: 2, totalCents: 0 });
      const march = await monthOf('2027-03');
      expect(march.corrections).toMatchObject({ days: 0, cents: 600 });
      expect(march.totalCents).toBe(600);

      // Ended on the 9th: the 10th goes back to the normal rule, and its EUR 3 back with it.
      expect((await send('/api/v1/crisis/end', hr, { to: '2027-02-09' })).statusCode).toBe(200);
      expect((await monthOf('2027-03')).totalCents).toBe(300);
    });
  });
});
