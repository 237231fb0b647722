import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelTelework } from '../../core/use-cases/cancel-telework.js';
import { decideRequest } from '../../core/use-cases/decide-request.js';
import { backends, PG_SKIPPED, type TestBackend } from '../store/store-backends.js';
import { DEMO, declareNovember, type Harness, openHarness } from './hr-api-harness.js';

if (!process.env.TEST_DATABASE_URL) {
  console.warn(`HR API on PostgreSQL: ${PG_SKIPPED}; set it to e.g. postgres://postgres@127.0.0.1:5432/test`);
}

/**
 * November 2026 at the demo CPAS (Brussels), computed by hand. Holidays: Sun 1 (All Saints) and
 * Wed 11 (Armistice); the CPAS closes Mon 2 (All Souls) and Sun 15 (King's Day). Day values:
 * full time 7:36 (456), half day 3:48 (228); Lotte 4/5 over Mon–Thu keeps 456; Sophie 4/5 over
 * five days 6:05 (365); Julie 19/38 over five days 3:48 (228), half 1:54 (114). Leuven pays EUR 3 a
 * day (1.50 a half day) to structural teleworkers only.
 */
const NOVEMBER: Array<[string, string, number, number, number, number, string, number]> = [
  // person, why, full, half, days, minutes, H:MM, cents
  [DEMO.isabelle, 'no telework', 0, 0, 0, 0, '0:00', 0],
  [DEMO.sarah, 'tue + thu: 3,10,17,24 + 5,12,19,26', 8, 0, 8, 3648, '60:48', 2400],
  [DEMO.mehdi, 'mon 9,16,23,30 (2 closed) + wed pm 4,18,25 (11 holiday)', 4, 3, 5.5, 2508, '41:48', 1650],
  [DEMO.lotte, 'wed 4,18,25 (11 holiday) at 456', 3, 0, 3, 1368, '22:48', 900],
  [DEMO.julie, 'occasional fri 20 + wed 25 am at 228/114: no money', 1, 1, 1.5, 342, '5:42', 0],
  [DEMO.pieter, 'fri 6,13,20,27 + tue am 3,10,17,24', 4, 4, 6, 2736, '45:36', 1800],
  [DEMO.amelie, 'occasional tue 10: no money', 1, 0, 1, 456, '7:36', 0],
  [DEMO.marc, 'no telework', 0, 0, 0, 0, '0:00', 0],
  [DEMO.nathalie, 'reception: refused', 0, 0, 0, 0, '0:00', 0],
  [DEMO.karim, 'no telework', 0, 0, 0, 0, '0:00', 0],
  [DEMO.els, 'fri 6,13,20,27', 4, 0, 4, 1824, '30:24', 1200],
  [DEMO.sophie, 'wed 4,18,25 (11 holiday) at 365', 3, 0, 3, 1095, '18:15', 900],
  [DEMO.jonas, 'mon 9,16,23,30 (2 closed) + thu pm 5,12,19,26', 4, 4, 6, 2736, '45:36', 1800],
  [DEMO.lukas, 'a request still pending: does not count', 0, 0, 0, 0, '0:00', 0],
];
const TOTAL_CENTS = 10650;
const TOTAL_MINUTES = 16713; // 278:33

function csvRows(body: string): Array<Record<string, string>> {
  const [header, ...lines] = body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const columns = (header as string).split(';');
  return lines.map((line) => Object.fromEntries(line.split(';').map((cell, i) => [columns[i], cell])));
}

describe.each(backends)('HR tallies on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(
    backend.skipReason ?? 'the demo CPAS, November 2026',
    () => {
      let harness: Harness;
      let hr: string;
      let ids: Awaited<ReturnType<typeof declareNovember>>;
      beforeAll(async () => {
        harness = await openHarness(backend);
        ids = await declareNovember(harness);
        hr = await harness.tokenOf(DEMO.sophie);
      });
      afterAll(() => harness?.dispose());

      it('GET /api/v1/tallies matches the hand table, person by person', async () => {
        const response = await harness.get('/api/v1/tallies?month=2026-11&pageSize=1000', hr);
        expect(response.statusCode).toBe(200);
        const page = response.json();
        expect(page).toMatchObject({ month: '2026-11', status: 'open', page: 1, total: 14 });
        const table = page.items.map((item: Record<string, number | string | { cents: number }>) => [
          item.personId,
          item.fullDays,
          item.halfDays,
          item.teleworkDays,
          item.minutes,
          (item.allowance as { cents: number }).cents,
        ]);
        expect(table).toEqual(
          NOVEMBER.map(([id, , full, half, days, minutes, , cents]) => [
            id,
            full,
            half,
            days,
            minutes,
            cents,
          ]),
        );
        const mehdi = page.items.find((item: { personId: string }) => item.personId === DEMO.mehdi);
        expect(mehdi).toMatchObject({
          arrangement: 'structural',
          pattern: ['mon', 'wed-pm'],
          dayValueMinutes: 456,
          allowance: {
            preset: 'leuven',
            rule: 'per-day',
            lines: [{ rule: 'per-day', cents: 1650, countedDays: 5.5 }],
          },
          corrections: { days: 0, cents: 0, lines: [] },
          totalCents: 1650,
        });
      });

      it('pages in the organisation file order', async () => {
        const second = (await harness.get('/api/v1/tallies?month=2026-11&page=2&pageSize=5', hr)).json();
        expect(second).toMatchObject({ page: 2, pageSize: 5, total: 14 });
        expect(second.items.map((item: { personId: string }) => item.personId)).toEqual(
          NOVEMBER.slice(5, 10).map(([id]) => id),
        );
        const beyond = (await harness.get('/api/v1/tallies?month=2026-11&page=9&pageSize=5', hr)).json();
        expect(beyond.items).toEqual([]);
      });

      it('GET /api/v1/tallies.csv is the payroll file: every person, the hand table, the totals', async () => {
        const response = await harness.get('/api/v1/tallies.csv?month=2026-11', hr);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toBe(
          'attachment; filename="telework-payroll-2026-11.csv"',
        );
        expect(response.headers['cache-control']).toBe('no-store');
        // Streamed: no length known in advance.
        expect(response.headers['content-length']).toBeUndefined();
        expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        const body = response.body;
        expect(body.split('\r\n')[0]).toBe(
          '\uFEFFmonth;month_status;person_id;upn;display_name;teams;regime;arrangement;full_days;half_days;' +
            'telework_days;telework_hours;allowance;allowance_rule;policy;correction_days;correction_hours;' +
            'correction_allowance;total_allowance',
        );
        const rows = csvRows(body);
        expect(
          rows.map((row) => [row.person_id, row.telework_days, row.telework_hours, row.allowance]),
        ).toEqual(
          NOVEMBER.map(([id, , , , days, , hhmm, cents]) => [
            id,
            String(days).replace('.', ','),
            hhmm,
            `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`,
          ]),
        );
        expect(rows.find((row) => row.person_id === DEMO.sophie)).toMatchObject({
          month: '2026-11',
          month_status: 'open',
          display_name: 'Sophie Leclercq',
          regime: '0,8',
          allowance_rule: 'per-day',
          total_allowance: '9,00',
        });
        expect(rows.find((row) => row.person_id === DEMO.amelie)?.display_name).toBe('Amélie Renard');
        const cents = rows.reduce(
          (sum, row) => sum + Number((row.total_allowance as string).replace(',', '')),
          0,
        );
        expect(cents).toBe(TOTAL_CENTS);
        const minutes = rows.reduce((sum, row) => {
          const [h, m] = (row.telework_hours as string).split(':').map(Number);
          return sum + (h as number) * 60 + (m as number);
        }, 0);
        expect(minutes).toBe(TOTAL_MINUTES);
      });

      it('GET /api/v1/timesheet.csv has a row per telework day with the code and the day value', async () => {
        const response = await harness.get('/api/v1/timesheet.csv?month=2026-11', hr);
        expect(response.statusCode).toBe(200);
        const rows = csvRows(response.body);
        expect(rows).toHaveLength(32 + 12); // full days + half days of the hand table
        expect(
          rows.filter((row) => row.person_id === DEMO.mehdi).map((row) => [row.date, row.part, row.hours]),
        ).toEqual([
          ['2026-11-04', 'pm', '3:48'],
          ['2026-11-09', 'full', '7:36'],
          ['2026-11-16', 'full', '7:36'],
          ['2026-11-18', 'pm', '3:48'],
          ['2026-11-23', 'full', '7:36'],
          ['2026-11-25', 'pm', '3:48'],
          ['2026-11-30', 'full', '7:36'],
        ]);
        expect(rows.find((row) => row.person_id === DEMO.sophie)).toMatchObject({
          date: '2026-11-04',
          code: 'TELEWORK',
          hours: '6:05',
          kind: 'structural',
          row_type: 'day',
          original_month: '',
        });
        expect(
          rows.filter((row) => row.person_id === DEMO.julie).map((row) => [row.date, row.hours]),
        ).toEqual([
          ['2026-11-20', '3:48'],
          ['2026-11-25', '1:54'],
        ]);
      });

      it('GET /api/v1/me/tally gives each person their own month', async () => {
        const response = await harness.get(
          '/api/v1/me/tally?month=2026-11',
          await harness.tokenOf(DEMO.mehdi),
        );
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          month: '2026-11',
          status: 'open',
          tally: { personId: DEMO.mehdi, teleworkDays: 5.5, minutes: 2508, totalCents: 1650 },
        });
      });

      it('a manager reads the teams they manage', async () => {
        const response = await harness.get('/api/v1/tallies?month=2026-11', await harness.tokenOf(DEMO.els));
        expect(response.json().items.map((item: { personId: string }) => item.personId)).toEqual([
          DEMO.els,
          DEMO.sophie,
          DEMO.jonas,
          DEMO.lukas,
        ]);
      });

      it('closing freezes November; later changes show as corrections in December', async () => {
        const closed = await harness.post('/api/v1/months/2026-11/close', hr);
        expect(closed.statusCode).toBe(200);
        expect(closed.json()).toEqual({
          month: '2026-11',
          closedAt: '2026-12-02T09:00:00.000Z',
          closedBy: DEMO.sophie,
        });
        const deps = { organisation: harness.organisation, store: harness.opened.store };
        const at = '2026-12-03T10:00:00.000Z';
        await cancelTelework(deps, {
          entryId: ids.sarahThu26,
          byId: DEMO.sarah,
          reason: 'was on site',
          at,
          source: 'bot',
        });
        await decideRequest(deps, {
          entryId: ids.lukasPending,
          deciderId: DEMO.els,
          decision: 'approved',
          note: 'late, but agreed',
          at,
          source: 'tab',
        });

        const november = (await harness.get('/api/v1/tallies?month=2026-11&pageSize=1000', hr)).json();
        expect(november.status).toBe('closed');
        expect(november.items.map((item: { totalCents: number }) => item.totalCents)).toEqual(
          NOVEMBER.map((row) => row[7]),
        );

        const december = (await harness.get('/api/v1/tallies?month=2026-12&pageSize=1000', hr)).json();
        const sarah = december.items.find((item: { personId: string }) => item.personId === DEMO.sarah);
        expect(sarah).toMatchObject({
          teleworkDays: 0,
          allowance: { cents: 0 },
          corrections: {
            days: -1,
            minutes: -456,
            cents: -300,
            lines: [
              {
                entryDate: '2026-11-26',
                part: 'full',
                deltaHalves: -2,
                originalMonth: '2026-11',
                cents: -300,
              },
            ],
          },
          totalCents: -300,
        });
        // Lukas is occasional: his late-approved day adds time, and no money at Leuven.
        const lukas = december.items.find((item: { personId: string }) => item.personId === DEMO.lukas);
        expect(lukas.corrections).toMatchObject({ days: 1, minutes: 456, cents: 0 });

        const payroll = csvRows((await harness.get('/api/v1/tallies.csv?month=2026-12', hr)).body);
        expect(payroll.find((row) => row.person_id === DEMO.sarah)).toMatchObject({
          correction_days: '-1',
          correction_hours: '-7:36',
          correction_allowance: '-3,00',
          total_allowance: '-3,00',
        });
        const timesheet = csvRows((await harness.get('/api/v1/timesheet.csv?month=2026-12', hr)).body);
        expect(
          timesheet.map((row) => [row.person_id, row.date, row.hours, row.row_type, row.original_month]),
        ).toEqual([
          [DEMO.sarah, '2026-11-26', '-7:36', 'correction', '2026-11'],
          [DEMO.lukas, '2026-11-12', '7:36', 'correction', '2026-11'],
        ]);

        const months = (await harness.get('/api/v1/months', await harness.tokenOf(DEMO.julie))).json();
        expect(months).toEqual({
          closed: [{ month: '2026-11', closedAt: '2026-12-02T09:00:00.000Z', closedBy: DEMO.sophie }],
        });
      });

      it('a month already closed, not over or in the future is refused with a clear message', async () => {
        const again = await harness.post('/api/v1/months/2026-11/close', hr);
        expect(again.statusCode).toBe(409);
        expect(again.json()).toMatchObject({
          code: 'MONTH_ALREADY_CLOSED',
          detail: 'Month 2026-11 is already closed.',
        });
        const current = await harness.post('/api/v1/months/2026-12/close', hr);
        expect(current.json()).toMatchObject({
          code: 'MONTH_NOT_OVER',
          detail: 'Month 2026-12 is not over yet; it can be closed from 2027-01-01.',
        });
        const future = await harness.post('/api/v1/months/2027-03/close', hr);
        expect(future.statusCode).toBe(409);
        expect(future.json()).toMatchObject({ code: 'MONTH_IN_FUTURE' });
        expect(future.json().detail).toContain('2027-03 has not begun yet');
      });
    },
  );
});
