// Calendar dates as strings, with plain arithmetic of the proleptic Gregorian calendar:
// nothing here reads the machine's time zone or locale.

/**
 * Partial dates keep the precision their sources give: `2018`, `2022-11`, `2022-11-01`.
 *
 * When two dates are compared, a partial date stands for the first day of its period
 * (`2022-11` compares as 2022-11-01, `2018` as 2018-01-01). Where a caller gives a
 * range bound, `to` bounds are widened to the last day of their period so that
 * `openedTo: '2018'` includes a station opened in `2018-06`.
 */
export type Precision = 'year' | 'month' | 'day';

/** The form of a partial date; `isPartialDate` also checks that it is a real day. */
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The number of days in a month (1 to 12) of a year, leap years included. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The precision a partial date string carries, or `undefined` if it is not one: not of
 * the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or not a day of the calendar (`2023-02-29`).
 * Years 0000 to 9999 of the Gregorian calendar; the answer never depends on the time zone.
 * Throws a TypeError for a non-string.
 */
export function precisionOf(date: string): Precision | undefined {
  if (typeof date !== 'string') throw new TypeError(`precisionOf: date must be a string, got ${typeof date}`);
  if (!PARTIAL_DATE.test(date)) return undefined;
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** True for a partial date string that is a real year, month or day (see `precisionOf`). */
export function isPartialDate(date: string): boolean {
  return precisionOf(date) !== undefined;
}

/** The first day of a partial date's period, as `YYYY-MM-DD` (sortable as a string). */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a partial date's period, as `YYYY-MM-DD`. */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5)))}`;
  return date;
}

/** Orders partial dates by the first day of their period; equal starts compare equal. */
export function compareDates(a: string, b: string): number {
  const x = startOf(a);
  const y = startOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The calendar day of a `Date` in UTC, as `YYYY-MM-DD`: the day a `Date` argument stands
 * for everywhere in this package, whatever the machine's time zone. `new Date('2022-10-25')`
 * is 2022-10-25; so is `new Date('2022-10-25T23:30:00Z')`.
 *
 * Throws a RangeError for an invalid `Date` or one outside the years 0000 to 9999, which
 * partial dates cannot express; `fn` and `name` say whose argument it was in the message.
 */
export function dayOf(date: Date, fn = 'dayOf', name = 'date'): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError(`${fn}: ${name} is an invalid Date`);
  if (year < 0 || year > 9999) {
    throw new RangeError(`${fn}: ${name} ${date.toISOString()} is out of range; expected a Date in the years 0000 to 9999 (UTC)`);
  }
  return date.toISOString().slice(0, 10);
}
