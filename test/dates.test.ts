import { describe, expect, it } from 'vitest';
import { freshEachTest } from './fresh.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const dates = freshEachTest(() => import('../src/dates.js'));

describe('partial dates', () => {
  it('reads the precision from the form of the string', () => {
    expect(dates().precisionOf('2018')).toBe('year');
    expect(dates().precisionOf('2022-11')).toBe('month');
    expect(dates().precisionOf('2022-11-01')).toBe('day');
  });

  it('rejects what is not a real calendar date', () => {
    for (const bad of ['', '22', '2022-13', '2022-02-30', '2023-02-29', '2022-1-05', '2022/11/01', '2022-11-01T00:00', ' 2022']) {
      expect(dates().isPartialDate(bad), bad).toBe(false);
    }
    expect(dates().isPartialDate('2024-02-29')).toBe(true);
    for (const bad of [
      'x2022',
      '2022x',
      '2022-11x',
      'x2022-11-01',
      '2022-11-01x',
      '20221',
      'abcd',
      '2022-1',
      '2022-11-1',
      '2022-ab',
      '2022-11-ab',
    ]) {
      expect(dates().precisionOf(bad), bad).toBeUndefined();
    }
  });

  it('throws a TypeError for a date that is not a string', () => {
    expect(() => dates().precisionOf(2022 as never)).toThrow(new TypeError('precisionOf: date must be a string, got number'));
    expect(() => dates().isPartialDate(null as never)).toThrow(new TypeError('precisionOf: date must be a string, got object'));
  });

  it('follows the Gregorian leap years and month lengths in every year from 0000 to 9999', () => {
    for (const leap of ['0000', '0004', '1600', '2000', '2024', '9996'])
      expect(dates().isPartialDate(`${leap}-02-29`), leap).toBe(true);
    for (const common of ['0001', '0100', '1900', '2023', '2100', '9999'])
      expect(dates().isPartialDate(`${common}-02-29`), common).toBe(false);
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths.forEach((days, i) => {
      const month = `2023-${String(i + 1).padStart(2, '0')}`;
      expect(dates().isPartialDate(`${month}-${days}`), month).toBe(true);
      expect(dates().isPartialDate(`${month}-${days + 1}`), month).toBe(false);
      expect(dates().endOf(month)).toBe(`${month}-${days}`);
    });
    for (const bad of ['2022-00', '2022-00-10', '2022-12-00', '2022-12-32'])
      expect(dates().precisionOf(bad), bad).toBeUndefined();
    expect(dates().precisionOf('0000')).toBe('year');
    expect(dates().precisionOf('9999-12-31')).toBe('day');
  });

  it('compares a partial date as the first day of its period', () => {
    expect(dates().startOf('2022')).toBe('2022-01-01');
    expect(dates().startOf('2022-11')).toBe('2022-11-01');
    expect(dates().compareDates('2022-11', '2022-11-01')).toBe(0);
    expect(dates().compareDates('2022-11', '2022-11-05')).toBe(-1);
    expect(dates().compareDates('2022', '2021-12-31')).toBe(1);
  });

  it('finds the last day of a period, leap years included', () => {
    expect(dates().endOf('2022')).toBe('2022-12-31');
    expect(dates().endOf('2024-02')).toBe('2024-02-29');
    expect(dates().endOf('2023-02')).toBe('2023-02-28');
    expect(dates().endOf('2022-11-05')).toBe('2022-11-05');
    expect(dates().endOf('1900-02')).toBe('1900-02-28');
    expect(dates().endOf('2000-02')).toBe('2000-02-29');
  });
});

describe('dayOf', () => {
  it('gives the calendar day of a Date in UTC, whatever the time zone', () => {
    expect(dates().dayOf(new Date('2022-10-25'))).toBe('2022-10-25');
    expect(dates().dayOf(new Date('2022-10-25T23:30:00-05:00'))).toBe('2022-10-26');
    expect(dates().dayOf(new Date('2022-10-26T05:00:00+13:00'))).toBe('2022-10-25');
    expect(dates().dayOf(new Date('0000-01-01T00:00:00Z'))).toBe('0000-01-01');
    expect(dates().dayOf(new Date('9999-12-31T23:59:59.999Z'))).toBe('9999-12-31');
  });

  it('throws a RangeError for an invalid Date or a year outside 0000 to 9999, naming the caller', () => {
    expect(() => dates().dayOf(new Date(Number.NaN), 'statusOn', 'date')).toThrow(/^statusOn: date is an invalid Date$/);
    expect(() => dates().dayOf(new Date('+010000-01-01T00:00:00Z'), 'query', 'openedFrom')).toThrow(
      /^query: openedFrom \+010000-01-01T00:00:00.000Z is out of range; expected a Date in the years 0000 to 9999 \(UTC\)$/,
    );
    expect(() => dates().dayOf(new Date('-000001-12-31T23:59:59.999Z'))).toThrow(
      new RangeError('dayOf: date -000001-12-31T23:59:59.999Z is out of range; expected a Date in the years 0000 to 9999 (UTC)'),
    );
    expect(() => dates().dayOf(new Date(Number.NaN))).toThrow(new RangeError('dayOf: date is an invalid Date'));
  });
});
