import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../adapters/organisation-file/load-organisation.js';
import type { Actor, NewEntry } from '../../core/ledger/ledger.js';
import { federalPreset } from '../../core/policy/presets/federal.js';
import { DEMO_ORGANISATION_FILE } from '../../server/composition-root.js';
import { backends, type TestBackend } from '../store/store-backends.js';
import { DEMO, type Harness, openHarness } from './hr-api-harness.js';

// The demo CPAS under the federal preset (EUR 20 from 1 day, EUR 30 from 4): corrections after a
// close are priced in their own month, thresholds included, through the API and a real store.
const OCTOBER_DAYS = ['2026-10-06', '2026-10-08', '2026-10-13', '2026-10-15'];

function day(date: string): NewEntry {
  return {
    personId: DEMO.sarah,
    date,
    part: 'full',
    kind: 'structural',
    status: 'accepted',
    reason: 'STRUCTURAL_PATTERN',
    approvers: [],
    details: {},
  };
}

describe.each(backends)('corrections under the federal preset on $name', (backend: TestBackend) => {
  describe.skipIf(backend.skipReason !== undefined)(backend.skipReason ?? 'Sarah, October 2026', () => {
    let harness: Harness;
    let hr: string;
    const actor = (at: string): Actor => ({ actorId: DEMO.sarah, source: 'bot', at });
    const sarahIn = async (month: string) => {
      const response = await harness.get(`/api/v1/tallies?month=${month}&person=${DEMO.sarah}`, hr);
      expect(response.statusCode).toBe(200);
      return response.json().items[0];
    };

    beforeAll(async () => {
      const demo = await loadOrganisation(DEMO_ORGANISATION_FILE);
      harness = await openHarness(backend, { organisation: { ...demo, policy: federalPreset } });
      hr = await harness.tokenOf(DEMO.sophie);
    });
    afterAll(() => harness?.dispose());

    it('4 days in October pay EUR 20 + EUR 30', async () => {
      for (const date of OCTOBER_DAYS)
        await harness.opened.store.recordEntry(day(date), actor('2026-10-01T08:00:00Z'));
      expect(await sarahIn('2026-10')).toMatchObject({
        teleworkDays: 4,
        allowance: { cents: 5000, preset: 'federal', rule: 'flat:internet+flat:office' },
      });
    });

    it('a day cancelled after the close: October stays at 5000, November carries -3000', async () => {
      harness.clock.today = '2026-11-02';
      expect((await harness.post('/api/v1/months/2026-10/close', hr)).statusCode).toBe(200);
      const [cancelled] = await harness.opened.store.activeEntries([DEMO.sarah], '2026-10-15', '2026-10-15');
      await harness.opened.store.cancelEntry(cancelled?.id as string, 'ill', actor('2026-11-03T08:00:00Z'));

      expect(await sarahIn('2026-10')).toMatchObject({ teleworkDays: 4, totalCents: 5000 });
      expect(await sarahIn('2026-11')).toMatchObject({
        teleworkDays: 0,
        corrections: {
          days: -1,
          cents: -3000,
          lines: [{ entryDate: '2026-10-15', originalMonth: '2026-10', cents: -3000 }],
        },
        totalCents: -3000,
      });
    });

    it('the day declared again in November: the two corrections add up to nothing', async () => {
      await harness.opened.store.recordEntry(day('2026-10-15'), actor('2026-11-04T08:00:00Z'));
      const november = await sarahIn('2026-11');
      expect(november.corrections.lines.map((line: { cents: number }) => line.cents)).toEqual([-3000, 3000]);
      expect(november.totalCents).toBe(0);
    });

    it('after November is closed, a change to October lands in December, priced on top of November’s', async () => {
      harness.clock.today = '2026-12-01';
      expect((await harness.post('/api/v1/months/2026-11/close', hr)).statusCode).toBe(200);
      const [again] = await harness.opened.store.activeEntries([DEMO.sarah], '2026-10-06', '2026-10-06');
      await harness.opened.store.cancelEntry(
        again?.id as string,
        'was on site',
        actor('2026-12-02T08:00:00Z'),
      );
      expect(await sarahIn('2026-12')).toMatchObject({
        corrections: {
          days: -1,
          cents: -3000,
          lines: [{ entryDate: '2026-10-06', originalMonth: '2026-10' }],
        },
        totalCents: -3000,
      });
      expect((await sarahIn('2026-11')).totalCents).toBe(0);
    });
  });
});
