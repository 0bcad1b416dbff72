// The argument checks every query function shares, seen through their messages: a wrong
// type is a TypeError that describes the value, an unknown value a RangeError that quotes
// it and says what is accepted.
import { describe, expect, it } from 'vitest';
import type { Station } from '../src/index.js';
import { freshEachTest } from './fresh.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const pkg = freshEachTest(() => import('../src/index.js'));

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
    expect(messageOf(() => pkg().getStation(null as never))).toBe('TypeError: getStation: id must be a string, got null');
    expect(messageOf(() => pkg().getStation(['nl-01'] as never))).toBe(
      'TypeError: getStation: id must be a string, got an array',
    );
    expect(messageOf(() => pkg().getStation({} as never))).toBe('TypeError: getStation: id must be a string, got object');
    expect(messageOf(() => pkg().getStation(undefined as never))).toBe(
      'TypeError: getStation: id must be a string, got undefined',
    );
    expect(messageOf(() => pkg().countryName(true as never))).toBe('TypeError: countryName: code must be a string, got boolean');
  });

  it('quote an unknown string, cut after 40 characters', () => {
    const forty = 'N'.repeat(40);
    expect(messageOf(() => pkg().byCountry(forty))).toMatch(
      new RegExp(`^RangeError: byCountry: unknown country "${forty}"; expected `),
    );
    expect(messageOf(() => pkg().byCountry(`${forty}L`))).toMatch(
      new RegExp(`^RangeError: byCountry: unknown country "${forty}…"; `),
    );
    expect(messageOf(() => pkg().byStatus('open' as never))).toBe(
      'RangeError: byStatus: unknown status "open"; expected one of "reported", "active", "closed-unconfirmed", "investigating", "closed", "prosecuted"',
    );
  });

  it('take a string or a non-empty array of strings where a filter allows several values', () => {
    expect(messageOf(() => pkg().query({ country: [] }))).toBe(
      'RangeError: query: country is an empty array, which matches nothing; leave it out to not filter on it',
    );
    expect(messageOf(() => pkg().query({ country: ['NL', 7 as never] }))).toBe(
      'TypeError: query: country[1] must be a string, got number',
    );
    expect(messageOf(() => pkg().query({ country: 7 as never }))).toBe('TypeError: query: country must be a string, got number');
    expect(pkg().query({ country: ['NL'] })).toEqual(pkg().byCountry('NL'));
  });

  it('name the argument of each by… function and the values it accepts, in any case', () => {
    const cases = [
      ['byProvince', 'province', '"CN-FJ", "Fujian", "CN-JS", "Jiangsu", "CN-ZJ", "Zhejiang"', 'fujian', 'province', 'CN-FJ'],
      ['byBureau', 'bureau', '"fuzhou", "qingtian", "wenzhou", "nantong"', 'WENZHOU', 'bureau', 'wenzhou'],
      ['byReport', 'report', '"110-overseas", "patrol-and-persuade"', '110-OVERSEAS', 'reports', '110-overseas'],
      ['byOperation', 'operation', '"unknown", "active", "closed"', 'Active', 'operation', 'active'],
      ['byClosure', 'closure', '"claimed", "reported", "confirmed"', 'CONFIRMED', 'closure', 'confirmed'],
      ['byInvestigation', 'investigation', '"none", "open", "ended"', 'Open', 'investigation', 'open'],
      [
        'byLegalStage',
        'legal stage',
        '"none", "charged", "acquitted", "convicted", "sentenced"',
        'Convicted',
        'legal',
        'convicted',
      ],
      [
        'byStatus',
        'status',
        '"reported", "active", "closed-unconfirmed", "investigating", "closed", "prosecuted"',
        'CLOSED',
        'status',
        'closed',
      ],
    ] as const;
    for (const [fn, name, accepted, asked, field, value] of cases) {
      const call = pkg()[fn] as unknown as (value: string) => readonly Station[];
      expect(messageOf(() => call('x'))).toBe(`RangeError: ${fn}: unknown ${name} "x"; expected one of ${accepted}`);
      const expected = pkg().stations.filter((s) => {
        const own = s[field] as unknown;
        return Array.isArray(own) ? own.includes(value) : own === value;
      });
      expect(expected.length, fn).toBeGreaterThan(0);
      expect(call(asked), fn).toEqual(expected);
    }
  });
});
