import { describe, expect, it } from 'vitest';
import { callerOf } from '../../core/access/caller.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation, Person } from '../../core/organisation/organisation.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { exportPayroll, exportTimesheet } from '../../core/use-cases/export-month-files.js';
import { FULL_TIME } from '../core/fixtures.js';

// The files are read a batch of people at a time, only as they are consumed: memory stays flat
// whatever the size of the organisation, and a refusal comes before anything is read.
const people: Person[] = Array.from({ length: 1_250 }, (_, i) => ({
  id: `p-${i}`,
  upn: `p${i}@x.be`,
  displayName: `P ${i}`,
  locale: 'nl',
  teams: ['a'],
  function: 'f',
  regime: FULL_TIME,
  arrangement: { type: 'structural', pattern: [{ weekday: 'tue', part: 'full' }] },
  roles: [],
}));
const organisation: Pick<Organisation, 'people' | 'policy'> = { people, policy: leuvenPreset };

function countingStore() {
  const reads: number[] = [];
  const store: Pick<LedgerStore, 'countedDays' | 'corrections' | 'closedMonths' | 'crisisPeriods'> = {
    async countedDays(_month, ids = []) {
      reads.push(ids.length);
      return ids.map((personId) => ({
        entryId: `e-${personId}`,
        personId,
        date: '2026-11-03',
        part: 'full',
        kind: 'structural',
      }));
    },
    corrections: async () => [],
    closedMonths: async () => [],
    crisisPeriods: async () => [],
  };
  return { store, reads };
}

const hr = callerOf({ people }, 'app-payroll', ['HR']);

describe('exporting a month', () => {
  it('the payroll reads 500 people at a time, as the rows are consumed', async () => {
    const { store, reads } = countingStore();
    const exported = await exportPayroll({ organisation, store }, { caller: hr, month: '2026-11' });
    expect(reads).toEqual([]);
    const first = await exported.batches.next();
    expect(first.value).toHaveLength(500);
    expect(reads).toEqual([500]);
    let rows = 500;
    for await (const batch of exported.batches) rows += batch.length;
    expect(rows).toBe(1_250);
    expect(reads).toEqual([500, 500, 250]);
  });

  it('the timesheet too, a row per counted day', async () => {
    const { store, reads } = countingStore();
    const exported = await exportTimesheet(
      { organisation, store },
      { caller: hr, month: '2026-11', batchSize: 400 },
    );
    const rows = [];
    for await (const batch of exported.batches) rows.push(...batch);
    expect(rows).toHaveLength(1_250);
    expect(rows[0]).toMatchObject({ date: '2026-11-03', code: 'TELEWORK', minutes: 456, type: 'day' });
    expect(reads).toEqual([400, 400, 400, 50]);
  });

  it('refuses before reading anything', async () => {
    const { store, reads } = countingStore();
    const employee = callerOf({ people }, 'p-1', []);
    await expect(
      exportPayroll({ organisation, store }, { caller: employee, month: '2026-11' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
    await expect(
      exportTimesheet({ organisation, store }, { caller: hr, month: '2026-13' }),
    ).rejects.toMatchObject({
      code: 'INVALID_MONTH',
    });
    expect(reads).toEqual([]);
  });
});
