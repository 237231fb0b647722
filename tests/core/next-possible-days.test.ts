import { describe, expect, it } from 'vitest';
import { nextPossibleDays, nextPossibleDecisions } from '../../core/policy/next-possible-days.js';
import { rumstPreset } from '../../core/policy/presets/rumst.js';
import { contextFor, entry } from './fixtures.js';

describe('what is possible instead', () => {
  it('skips the rest of a week whose quota is used (Leuven)', () => {
    const context = contextFor({ entries: [entry('sw-bart', '2026-03-09'), entry('sw-bart', '2026-03-10')] });
    expect(nextPossibleDays('sw-bart', '2026-03-11', 3, context)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
    ]);
  });

  it('skips the Easter weekend and Easter Monday', () => {
    expect(nextPossibleDays('sw-bart', '2026-04-03', 2, contextFor({ today: '2026-04-01' }))).toEqual([
      '2026-04-03',
      '2026-04-07',
    ]);
  });

  it('skips Ascension and the Friday a 4/5 Monday–Thursday regime does not work', () => {
    expect(nextPossibleDays('adm-chloe', '2026-05-13', 2, contextFor({ today: '2026-05-01' }))).toEqual([
      '2026-05-13',
      '2026-05-18',
    ]);
  });

  it('starts tomorrow for occasional telework asked today', () => {
    expect(nextPossibleDays('sw-bart', '2026-02-20', 1, contextFor())).toEqual(['2026-03-03']);
  });

  it('offers the first days of the next month when the Rumst month is used', () => {
    const november = ['02', '03', '04', '05', '06', '09', '10', '12'].map((d) =>
      entry('sw-bart', `2026-11-${d}`),
    );
    const context = contextFor({ today: '2026-11-20', entries: november, policy: rumstPreset });
    expect(nextPossibleDays('sw-bart', '2026-11-23', 2, context)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('says whether each day needs approval', () => {
    const decisions = nextPossibleDecisions('sw-anna', '2026-03-09', 2, contextFor());
    expect(decisions.map((d) => [d.date, d.outcome, d.reason])).toEqual([
      ['2026-03-09', 'needs-approval', 'OCCASIONAL_NEEDS_APPROVAL'],
      ['2026-03-10', 'accept', 'STRUCTURAL_PATTERN'],
    ]);
  });

  it('looks for half days when asked', () => {
    const context = contextFor({
      entries: [entry('sw-bart', '2026-03-09'), entry('sw-bart', '2026-03-10', 'am')],
    });
    expect(nextPossibleDays('sw-bart', '2026-03-11', 1, context, { part: 'pm' })).toEqual(['2026-03-11']);
    expect(nextPossibleDays('sw-bart', '2026-03-11', 1, context)).toEqual(['2026-03-16']);
  });

  it('gives up after about two months for somebody who may never telework', () => {
    expect(nextPossibleDays('tech-gert', '2026-03-03', 3, contextFor())).toEqual([]);
    expect(nextPossibleDays('rec-dirk', '2026-03-03', 3, contextFor())).toEqual([]);
  });

  it('refuses an unknown person', () => {
    expect(() => nextPossibleDays('nobody', '2026-03-03', 1, contextFor())).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PERSON' }),
    );
  });
});
