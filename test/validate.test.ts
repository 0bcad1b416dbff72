// The argument checks every query function shares, seen through their messages: a wrong
// type is a TypeError that describes the value, an unknown value a RangeError that quotes
// it and says what is accepted.
import { describe, expect, it } from 'vitest';
import { byCountry, byStatus, countryName, getStation, query } from '../src/index.js';

const messageOf = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
  throw new Error('no error');
};

describe('argument checks', () => {
  it('describe a value of the wrong type by its type', () => {
    expect(messageOf(() => getStation(null as never))).toBe('TypeError: getStation: id must be a string, got null');
    expect(messageOf(() => getStation(['nl-01'] as never))).toBe('TypeError: getStation: id must be a string, got an array');
    expect(messageOf(() => getStation({} as never))).toBe('TypeError: getStation: id must be a string, got object');
    expect(messageOf(() => getStation(undefined as never))).toBe('TypeError: getStation: id must be a string, got undefined');
    expect(messageOf(() => countryName(true as never))).toBe('TypeError: countryName: code must be a string, got boolean');
  });

  it('quote an unknown string, cut after 40 characters', () => {
    const forty = 'N'.repeat(40);
    expect(messageOf(() => byCountry(forty))).toMatch(
      new RegExp(`^RangeError: byCountry: unknown country "${forty}"; expected `),
    );
    expect(messageOf(() => byCountry(`${forty}L`))).toMatch(new RegExp(`^RangeError: byCountry: unknown country "${forty}…"; `));
    expect(messageOf(() => byStatus('open' as never))).toBe(
      'RangeError: byStatus: unknown status "open"; expected one of "reported", "closed-unconfirmed", "investigating", "closed", "prosecuted"',
    );
  });

  it('take a string or a non-empty array of strings where a filter allows several values', () => {
    expect(messageOf(() => query({ country: [] }))).toBe(
      'RangeError: query: country is an empty array, which matches nothing; leave it out to not filter on it',
    );
    expect(messageOf(() => query({ country: ['NL', 7 as never] }))).toBe(
      'TypeError: query: country[1] must be a string, got number',
    );
    expect(messageOf(() => query({ country: 7 as never }))).toBe('TypeError: query: country must be a string, got number');
    expect(query({ country: ['NL'] })).toEqual(byCountry('NL'));
  });
});
