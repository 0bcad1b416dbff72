import { describe, expect, it } from 'vitest';
import { compareDates, endOf, isPartialDate, precisionOf, startOf } from '../src/dates.js';

describe('partial dates', () => {
  it('reads the precision from the form of the string', () => {
    expect(precisionOf('2018')).toBe('year');
    expect(precisionOf('2022-11')).toBe('month');
    expect(precisionOf('2022-11-01')).toBe('day');
  });

  it('rejects what is not a real calendar date', () => {
    for (const bad of ['', '22', '2022-13', '2022-02-30', '2023-02-29', '2022-1-05', '2022/11/01', '2022-11-01T00:00', ' 2022']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    expect(isPartialDate('2024-02-29')).toBe(true);
  });

  it('compares a partial date as the first day of its period', () => {
    expect(startOf('2022')).toBe('2022-01-01');
    expect(startOf('2022-11')).toBe('2022-11-01');
    expect(compareDates('2022-11', '2022-11-01')).toBe(0);
    expect(compareDates('2022-11', '2022-11-05')).toBe(-1);
    expect(compareDates('2022', '2021-12-31')).toBe(1);
  });

  it('finds the last day of a period, leap years included', () => {
    expect(endOf('2022')).toBe('2022-12-31');
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2023-02')).toBe('2023-02-28');
    expect(endOf('2022-11-05')).toBe('2022-11-05');
  });
});
