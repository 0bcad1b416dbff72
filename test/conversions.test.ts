import { describe, expect, it } from 'vitest';
import { freshEachTest } from './fresh.js';
import type { Source, Station } from '../src/types.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const pkg = freshEachTest(() => import('../src/index.js'));

describe('conversion functions', () => {
  it('convert a filtered subset', () => {
    const nl = pkg().byCountry('NL');
    expect(pkg().toGeoJSON(nl).features).toHaveLength(2);
    expect(
      pkg()
        .flatten(nl)
        .map((s) => s.province?.name),
    ).toEqual(['Zhejiang', 'Fujian']);
  });

  it('reject what is not a list of stations, and unknown references', () => {
    expect(() => pkg().toCSV('NL' as never)).toThrow(TypeError);
    expect(() => pkg().toGeoJSON([null] as never)).toThrow(new TypeError('toGeoJSON: stations[0] is not a station record'));
    const stranger = { ...pkg().byCountry('NL')[0]!, id: 'nl-91' } as Station;
    const event = { ...pkg().getDetails('nl-01')!.events[1]!, sources: ['no-such-source'], stations: ['nl-91'] };
    expect(() => pkg().flatten([stranger], { events: [event] })).toThrow(
      new RangeError('flatten: unknown source id "no-such-source"; expected an id from `getSources()` or `options.sources`'),
    );
    expect(() => pkg().flatten([{ ...stranger, reports: ['third'] } as never])).toThrow(
      new RangeError('flatten: unknown report "third"; expected an id from `reports`'),
    );
  });
});

describe('countryName', () => {
  it('names a country in a locale, English by default', () => {
    expect(pkg().countryName('NL')).toBe('Netherlands');
    expect(pkg().countryName('nl', 'de')).toBe('Niederlande');
    expect(pkg().countryName('IS', 'fr')).toBe('Islande');
  });

  it('throws for bad codes and locales', () => {
    expect(() => pkg().countryName('Narnia')).toThrow(RangeError);
    expect(() => pkg().countryName('NL', 'not a locale!')).toThrow(/BCP 47/);
    expect(() => pkg().countryName(31 as never)).toThrow(TypeError);
    expect(() => pkg().countryName('__proto__')).toThrow(RangeError);
  });

  it('throws a RangeError for a locale it has no names for, instead of answering in the host locale', () => {
    for (const locale of ['xx', 'qaa', 'zz-ZZ', '']) {
      expect(() => pkg().countryName('NL', locale), locale).toThrow(RangeError);
      expect(() => pkg().countryName('NL', locale)).toThrow(
        /^countryName: unknown locale "[^"]*"; expected a BCP 47 language tag .*such as "en"/,
      );
    }
    // A region or variant the runtime lacks falls back to its language, never to the host's.
    expect(pkg().countryName('NL', 'de-XX')).toBe('Niederlande');
    expect(pkg().countryName('NL', 'EN-gb')).toBe('Netherlands');
  });
});

describe('what the conversions accept as stations and options', () => {
  const ie01 = () => pkg().stations.find((s) => s.id === 'ie-01')!;
  const broken: [string, Record<string, unknown>][] = [
    ['id', { id: 1 }],
    ['reports', { reports: 'none' }],
    ['reports item', { reports: ['110-overseas', 1] }],
    ['location', { location: 'Dublin' }],
    ['location lat', { location: { geonameId: 2964574, lat: '53', lon: -6.2 } }],
    ['location lon', { location: { geonameId: 2964574, lat: 53.3, lon: undefined } }],
    ['opened', { opened: '2022' }],
    ['opened date', { opened: { date: 2022, note: null } }],
  ];

  it.each(broken)('rejects a station whose %s is of the wrong type, naming its index', (_, change) => {
    const station = { ...ie01(), ...change } as unknown as Station;
    for (const [name, fn] of [
      ['toCSV', pkg().toCSV],
      ['toJSON', pkg().toJSON],
      ['flatten', pkg().flatten],
      ['toGeoJSON', pkg().toGeoJSON],
    ] as const) {
      expect(() => fn([ie01(), station]), name).toThrow(new TypeError(`${name}: stations[1] is not a station record`));
    }
  });

  it('accepts a station without location or opening date', () => {
    expect(pkg().flatten([{ ...ie01(), location: null, opened: null }])[0]).toMatchObject({ location: null, opened: null });
  });

  it('rejects what is not an array of stations', () => {
    for (const [name, fn] of [
      ['toCSV', pkg().toCSV],
      ['toJSON', pkg().toJSON],
      ['flatten', pkg().flatten],
      ['toGeoJSON', pkg().toGeoJSON],
    ] as const) {
      expect(() => fn({ 0: ie01(), length: 1 } as never), name).toThrow(
        new TypeError(`${name}: stations must be an array of station records`),
      );
    }
  });

  it('checks options and the sources they add', () => {
    const mine: Source = { id: 'mine', url: 'https://example.org/mine', publisher: 'P', title: 'T', date: null, note: 'n' };
    expect(() => pkg().toGeoJSON([ie01()], 'x' as never)).toThrow(new TypeError('toGeoJSON: options must be an object'));
    expect(() => pkg().toGeoJSON([ie01()], null as never)).toThrow(new TypeError('toGeoJSON: options must be an object'));
    expect(() => pkg().toJSON([ie01()], { sources: {} } as never)).toThrow(
      new TypeError('toJSON: options.sources must be an array of sources'),
    );
    for (const bad of [null, 'mine', { id: 1, url: mine.url }, { id: 'mine' }, { url: mine.url }]) {
      expect(() => pkg().flatten([ie01()], { sources: [mine, bad] } as never), JSON.stringify(bad)).toThrow(
        new TypeError('flatten: options.sources[1] is not a source (an object with string id and url)'),
      );
    }
  });
});

describe('countryName, more', () => {
  it('gives the same answer on every call, in any case of the code', () => {
    expect(pkg().countryName('ie', 'de')).toBe('Irland');
    expect(pkg().countryName('IE', 'de')).toBe('Irland');
    expect(pkg().countryName('ie')).toBe('Ireland');
    expect(() => pkg().countryName('NL', 5 as never)).toThrow(new TypeError('countryName: locale must be a string, got number'));
    expect(() => pkg().countryName('XX')).toThrow(
      new RangeError('countryName: unknown country "XX"; expected an ISO 3166-1 alpha-2 code such as "NL"'),
    );
  });
});
