import { describe, expect, it } from 'vitest';
import { assertLocalDate, assertMonth } from '../../core/calendar/day-off.js';
import { CALENDAR_YEARS } from '../../core/calendar/local-date.js';

// The calendar the product handles is years 2000 to 2099: a date or month outside it is refused
// with its own code, before any rule reads it (9999-12-31 used to run into year 10000).
function codeOf(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('the calendar the product handles', () => {
  it('is years 2000 to 2099', () => {
    expect(CALENDAR_YEARS).toEqual({ first: 2000, last: 2099 });
  });

  it.each([
    ['2000-01-01', undefined],
    ['2099-12-31', undefined],
    ['2026-11-23', undefined],
    ['1999-12-31', 'DATE_OUT_OF_RANGE'],
    ['2100-01-01', 'DATE_OUT_OF_RANGE'],
    ['9999-12-31', 'DATE_OUT_OF_RANGE'],
    ['0000-01-01', 'DATE_OUT_OF_RANGE'],
    ['0000-00-00', 'DATE_OUT_OF_RANGE'],
    ['2026-02-30', 'INVALID_DATE'],
    ['2026-13-01', 'INVALID_DATE'],
    ['+010000-01-01', 'INVALID_DATE'],
    ['-0001-01-01', 'INVALID_DATE'],
    ['99999-01-01', 'INVALID_DATE'],
    ['', 'INVALID_DATE'],
  ])('date %j: %s', (value, code) => {
    expect(codeOf(() => assertLocalDate(value))).toBe(code);
  });

  it.each([
    ['2000-01', undefined],
    ['2099-12', undefined],
    ['0000-01', 'MONTH_OUT_OF_RANGE'],
    ['1999-12', 'MONTH_OUT_OF_RANGE'],
    ['2100-01', 'MONTH_OUT_OF_RANGE'],
    ['9999-12', 'MONTH_OUT_OF_RANGE'],
    ['2026-00', 'INVALID_MONTH'],
    ['2026-13', 'INVALID_MONTH'],
    ['+10000-01', 'INVALID_MONTH'],
  ])('month %j: %s', (value, code) => {
    expect(codeOf(() => assertMonth(value))).toBe(code);
  });

  it('says which calendar it handles', () => {
    expect(() => assertLocalDate('9999-12-31')).toThrowError(
      expect.objectContaining({
        code: 'DATE_OUT_OF_RANGE',
        params: { value: '9999-12-31', from: '2000-01-01', to: '2099-12-31' },
      }),
    );
    expect(() => assertMonth('0000-01')).toThrowError(
      expect.objectContaining({
        code: 'MONTH_OUT_OF_RANGE',
        params: { value: '0000-01', from: '2000-01', to: '2099-12' },
      }),
    );
  });
});
