import { describe, expect, it } from 'vitest';
import { belgianPublicHolidays, belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';

describe('Belgian public holidays from date-holidays', () => {
  const flemish = belgianPublicHolidays('VLG');

  it.each([
    ['2026-01-01', 'Nieuwjaar'],
    ['2026-04-06', 'Paasmaandag'],
    ['2026-05-01', 'Dag van de Arbeid'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-25', 'Pinkstermaandag'],
    ['2026-07-21', 'Nationale feestdag'],
    ['2026-08-15', 'Tenhemelopneming'],
    ['2026-11-01', 'Allerheiligen'],
    ['2026-11-11', 'Wapenstilstand'],
    ['2026-12-25', 'Kerstmis'],
    ['2027-03-29', 'Paasmaandag'],
    ['2027-05-06', 'Hemelvaartsdag'],
    ['2027-05-17', 'Pinkstermaandag'],
  ])('%s is a public holiday: %s', (date, name) => {
    expect(flemish(date)).toBe(name);
  });

  it.each([
    // Community holidays and Boxing Day are observances in date-holidays, not public holidays:
    // an employer that closes on them lists them as closing days.
    ['2026-07-11', 'Flemish community holiday'],
    ['2026-09-27', 'French community holiday'],
    ['2026-12-26', 'Boxing Day'],
    ['2026-04-05', 'Easter Sunday'],
    ['2026-04-07', 'an ordinary Tuesday'],
  ])('%s (%s) is not a public holiday', (date) => {
    expect(flemish(date)).toBeUndefined();
  });

  it('names holidays in the language asked', () => {
    expect(belgianPublicHolidays('WAL', 'fr')('2026-04-06')).toBe('Lundi de Pâques');
    expect(belgianPublicHolidays('DE')('2026-05-25')).toBe('Pfingstmontag');
  });

  it('gives the national holidays when no region is given', () => {
    expect(belgianPublicHolidays()('2026-11-11')).toBeDefined();
  });

  it('answers the same way for a year it has already computed', () => {
    const lookup = belgianPublicHolidays('BRU');
    expect(lookup('2026-07-21')).toBe(lookup('2026-07-21'));
    expect(lookup('2026-07-22')).toBeUndefined();
  });

  it('refuses an impossible date with INVALID_DATE', () => {
    expect(() => flemish('2026-02-30')).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('builds a working calendar with the employer closing days', () => {
    const closingDays = { dates: ['2026-05-15'], yearly: ['07-11'] };
    const workingCalendar = belgianWorkingCalendar({ region: 'VLG', closingDays });
    expect(workingCalendar.closingDays).toEqual(closingDays);
    expect(workingCalendar.publicHoliday('2026-05-14')).toBe('Hemelvaartsdag');
  });
});
