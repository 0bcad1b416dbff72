// The conversion functions and countryName, imported from src/: what they answer for real
// stations and for bad input. (The files built from them are checked in formats.test.ts.)
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { byCountry, countryName, flatten, toCSV, toGeoJSON } from '../src/index.js';
import type { Station } from '../src/types.js';

describe('toCSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    const station = { ...byCountry('NL')[0]!, notes: 'He said "closed", then\nleft' } as Station;
    const [row] = Papa.parse<Record<string, string>>(toCSV([station]), { header: true, skipEmptyLines: true }).data;
    expect(row!.notes).toBe('He said "closed", then\nleft');
  });
});

describe('conversion functions', () => {
  it('convert a filtered subset', () => {
    const nl = byCountry('NL');
    expect(toGeoJSON(nl).features).toHaveLength(2);
    expect(flatten(nl).map((s) => s.province?.name)).toEqual(['Zhejiang', 'Fujian']);
  });

  it('reject what is not a list of stations, and unknown references', () => {
    expect(() => toCSV('NL' as never)).toThrow(TypeError);
    expect(() => toGeoJSON([null] as never)).toThrow(new TypeError('toGeoJSON: stations[0] is not a station record'));
    const stranger = { ...byCountry('NL')[0]!, sources: ['no-such-source'] } as Station;
    expect(() => flatten([stranger])).toThrow(/unknown source id "no-such-source"/);
  });
});

describe('countryName', () => {
  it('names a country in a locale, English by default', () => {
    expect(countryName('NL')).toBe('Netherlands');
    expect(countryName('nl', 'de')).toBe('Niederlande');
    expect(countryName('IS', 'fr')).toBe('Islande');
  });

  it('throws for bad codes and locales', () => {
    expect(() => countryName('Narnia')).toThrow(RangeError);
    expect(() => countryName('NL', 'not a locale!')).toThrow(/BCP 47/);
    expect(() => countryName(31 as never)).toThrow(TypeError);
    expect(() => countryName('__proto__')).toThrow(RangeError);
  });

  it('throws a RangeError for a locale it has no names for, instead of answering in the host locale', () => {
    for (const locale of ['xx', 'qaa', 'zz-ZZ', '']) {
      expect(() => countryName('NL', locale), locale).toThrow(RangeError);
      expect(() => countryName('NL', locale)).toThrow(
        /^countryName: unknown locale "[^"]*"; expected a BCP 47 language tag .*such as "en"/,
      );
    }
    // A region or variant the runtime lacks falls back to its language, never to the host's.
    expect(countryName('NL', 'de-XX')).toBe('Niederlande');
    expect(countryName('NL', 'EN-gb')).toBe('Netherlands');
  });
});
