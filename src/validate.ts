// Argument checks shared by the query functions: a wrong type is a TypeError, an
// unknown value a RangeError that says what is accepted.
import { dayOf, endOf, isPartialDate, startOf } from './dates.js';

/** A short description of a value for an error message: its type, or a string quoted and cut. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
}

export function expectString(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${name} must be a string, got ${describe(value)}`);
  return value;
}

/** Accepts a string or a non-empty array of strings; returns the strings. */
export function expectStrings(fn: string, name: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) return [expectString(fn, name, value)];
  if (value.length === 0) {
    throw new RangeError(`${fn}: ${name} is an empty array, which matches nothing; leave it out to not filter on it`);
  }
  return value.map((item, i) => expectString(fn, `${name}[${i}]`, item));
}

export function unknownValue(fn: string, name: string, value: string, accepted: string): RangeError {
  return new RangeError(`${fn}: unknown ${name} ${describe(value)}; expected ${accepted}`);
}

/**
 * Lower case for ASCII letters only, whatever the locale: `toLowerCase` maps the Kelvin
 * sign to "k", and `toUpperCase` the Turkish dotless "ı" to "I", which would let them
 * match codes and ids.
 */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
/** Upper case for ASCII letters only (see `asciiLower`). */
export const asciiUpper = (text: string) => text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));

export function listOf(values: Iterable<string>): string {
  return [...values].map((v) => `"${v}"`).join(', ');
}

/**
 * A date argument as the day it stands for (`YYYY-MM-DD`): a `Date` is its UTC calendar
 * day; a partial date string the first day of its period, or the last where `end` is set.
 */
export function toDay(fn: string, name: string, value: unknown, end: boolean): string {
  if (value instanceof Date) return dayOf(value, fn, name);
  const date = expectString(fn, name, value);
  if (!isPartialDate(date)) {
    throw unknownValue(fn, name, date, 'a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return end ? endOf(date) : startOf(date);
}
