import { describe, expect, it } from 'vitest';
import { decimal, euros, hours, line, text } from '../../api/csv/csv-cells.js';

describe('CSV cells for Belgian spreadsheets', () => {
  it.each([
    [0, '0,00'],
    [300, '3,00'],
    [1350, '13,50'],
    [5, '0,05'],
    [-3000, '-30,00'],
    [-150, '-1,50'],
    [123456, '1234,56'],
  ])('%i cents → %s', (cents, written) => {
    expect(euros(cents)).toBe(written);
  });

  it.each([
    [456, '7:36'],
    [228, '3:48'],
    [365, '6:05'],
    [0, '0:00'],
    [2508, '41:48'],
    [-456, '-7:36'],
  ])('%i minutes → %s', (minutes, written) => {
    expect(hours(minutes)).toBe(written);
  });

  it('writes decimals with a comma', () => {
    expect([decimal(5.5), decimal(3), decimal(-0.5), decimal(0.8)]).toEqual(['5,5', '3', '-0,5', '0,8']);
  });

  it.each([
    ['Amélie Renard', 'Amélie Renard'],
    ['Dupont; Marc', '"Dupont; Marc"'],
    ['Jean "Jef" Peeters', '"Jean ""Jef"" Peeters"'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+32 470', "'+32 470"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('text %j → %s', (value, written) => {
    expect(text(value)).toBe(written);
  });

  it('ends lines with CRLF', () => {
    expect(line(['a', 'b'])).toBe('a;b\r\n');
  });
});
