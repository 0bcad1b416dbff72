import { endOfMonth, endOfYear, format, isValid, parseISO } from 'date-fns';

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

/** The precision a partial date string carries, or `undefined` if it is not one. */
export function precisionOf(date: string): Precision | undefined {
  if (typeof date !== 'string') throw new TypeError(`precisionOf: date must be a string, got ${typeof date}`);
  if (!PARTIAL_DATE.test(date)) return undefined;
  const full = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  // parseISO rolls 2022-02-30 over to March: accept only dates that format back unchanged.
  const parsed = parseISO(full);
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== full) return undefined;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function isPartialDate(date: string): boolean {
  return precisionOf(date) !== undefined;
}

/** The first day of a partial date's period, as `yyyy-MM-dd` (sortable as a string). */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a partial date's period, as `yyyy-MM-dd`. */
export function endOf(date: string): string {
  const start = parseISO(startOf(date));
  const end = date.length === 4 ? endOfYear(start) : date.length === 7 ? endOfMonth(start) : start;
  return format(end, 'yyyy-MM-dd');
}

/** Orders partial dates by the first day of their period; equal starts compare equal. */
export function compareDates(a: string, b: string): number {
  const x = startOf(a);
  const y = startOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A calendar day as `yyyy-MM-dd` in local time. */
export function dayOf(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
