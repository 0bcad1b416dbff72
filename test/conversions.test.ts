import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { freshEachTest } from './fresh.js';
import type { Source, Station, StationEvent } from '../src/types.js';

// Loaded afresh for each test: what the module builds while it loads is then run by each
// test (see fresh.ts).
const pkg = freshEachTest(() => import('../src/index.js'));
const names = freshEachTest(async () => ({
  ...(await import('../src/country-name.js')),
  ...(await import('../src/generated/countries.js')),
}));

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

describe('toCSV under hostile text', () => {
  // Each text that a spreadsheet would run as a formula, and a lone carriage return, which
  // must be quoted like a line feed.
  it("neutralises formulas with a leading ' and quotes, writes numbers as they are, and quotes a lone CR", () => {
    const base = pkg().byCountry('NL')[0]!;
    const hostile = [
      { city: '=HYPERLINK("https://example.org","x")', nameZh: '+1', cell: `"'=HYPERLINK(""https://example.org"",""x"")"` },
      { city: '-2+3', nameZh: '@SUM(A1)', cell: `"'-2+3"` },
      { city: '\tTab', nameZh: '\rCR', cell: `"'\tTab"` },
      { city: 'São\rPaulo', nameZh: 'a=b', cell: '"São\rPaulo"' },
    ];
    const stations = hostile.map(({ city, nameZh }, i) => ({
      ...base,
      id: `nl-9${i}`,
      city,
      nameZh,
      location: { geonameId: 1, lat: -33.86, lon: -151.2 },
    }));
    const rows = pkg()
      .toCSV(stations as unknown as Station[], { events: [] })
      .split('\r\n')
      .slice(1, -1);
    const column = (name: string) => pkg().CSV_COLUMNS.indexOf(name as never);
    rows.forEach((row, i) => {
      const cells = Papa.parse<string[]>(row).data[0]!;
      expect(row.split(',').slice(1, 2)).toEqual(['NL']);
      expect(row).toContain(hostile[i]!.cell);
      expect([cells[column('latitude')], cells[column('longitude')]]).toEqual(['-33.86', '-151.2']);
    });
    const zh = rows.map((row) => Papa.parse<string[]>(row).data[0]![column('name_zh')]);
    expect(zh).toEqual(["'+1", "'@SUM(A1)", "'\rCR", 'a=b']);
  });
});

describe('the converted records, field by field', () => {
  it('writes one CSV row per station, each cell from its station, quoted only when needed', () => {
    const { stations, toCSV, CSV_COLUMNS, getDetails } = pkg();
    const csv = toCSV(stations);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(stations.length + 2);
    const { data, errors } = Papa.parse<string[]>(csv.slice(0, -2), { newline: '\r\n' });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...CSV_COLUMNS]);
    const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
    stations.forEach((s, i) => {
      const details = getDetails(s.id)!;
      const urls = [...details.sources, ...details.events.flatMap((e) => e.sources.map((id) => pkg().getSource(id)!))].map(
        (source) => source.url,
      );
      const expected = [
        s.id,
        s.country,
        cell(s.city),
        cell(s.location?.lat),
        cell(s.location?.lon),
        cell(s.location?.geonameId),
        cell(s.bureau),
        cell(s.bureauConfidence),
        cell(s.province),
        cell(s.opened?.date),
        cell(s.nameZh),
        s.reports.join(' | '),
        s.evidence,
        s.confidence,
        s.operation,
        cell(s.closure),
        cell(s.closureOrdered),
        cell(s.lastReportedActive),
        s.investigation,
        cell(s.investigationAsOf),
        s.legal,
        s.status,
        s.statusSince,
        cell(s.lastHeard),
        String(details.events.length),
        cell(details.notes),
        [...new Set(urls)].join(' | '),
      ];
      expect(data[i + 1], s.id).toEqual(expected);
    });
    // Quoted only when a cell holds a quote, a comma or a line break; quotes doubled.
    const rows = csv.split('\r\n');
    expect(rows[1]!.startsWith(`${stations[0]!.id},${stations[0]!.country},`)).toBe(true);
    const quoted = stations.findIndex((s) => getDetails(s.id)!.notes?.includes('"'));
    expect(quoted).toBeGreaterThanOrEqual(0);
    const notes = getDetails(stations[quoted]!.id)!.notes!;
    expect(csv).toContain(`"${notes.replaceAll('"', '""')}"`);
    expect(pkg().LIST_SEPARATOR).toBe(' | ');
  });

  it('gives GeoJSON a Point (longitude, latitude) per located station, with its flat record', () => {
    const { stations, toGeoJSON, flatten } = pkg();
    const located = stations.filter((s) => s.location !== null);
    expect(located.length).toBeLessThan(stations.length);
    expect(toGeoJSON(stations)).toEqual({
      type: 'FeatureCollection',
      features: located.map((s) => ({
        type: 'Feature',
        id: s.id,
        geometry: { type: 'Point', coordinates: [s.location!.lon, s.location!.lat] },
        properties: flatten([s])[0],
      })),
    });
  });

  it('resolves bureau, province, reports, notes, sources and events in flat records', () => {
    const { stations, flatten, bureaus, provinces, reports, getDetails, getSource } = pkg();
    const flat = flatten(stations);
    stations.forEach((s, i) => {
      const record = flat[i]!;
      const bureau = bureaus.find((b) => b.id === s.bureau);
      expect(record.bureau, s.id).toEqual(
        bureau ? { id: bureau.id, name: bureau.name, nameZh: bureau.nameZh, seat: bureau.seat } : null,
      );
      expect(record.province, s.id).toEqual(provinces.find((p) => p.code === s.province) ?? null);
      expect(record.reports, s.id).toEqual(
        s.reports.map((id) => {
          const { title, publisher, published, url } = reports.find((r) => r.id === id)!;
          return { id, title, publisher, published, url };
        }),
      );
      const details = getDetails(s.id)!;
      expect(record.notes, s.id).toBe(details.notes);
      expect(record.sources, s.id).toEqual(details.sources);
      expect(record.events, s.id).toEqual(
        details.events.map(({ stations: _s, ...event }) => ({ ...event, sources: event.sources.map((id) => getSource(id)) })),
      );
    });
    expect(flat.some((r) => r.bureau === null && r.province === null)).toBe(true);
  });

  it('checks options.events: an array of events, each with stations and sources', () => {
    const { flatten, getDetails } = pkg();
    const nl01 = getDetails('nl-01')!;
    const station = pkg().getStation('nl-01')!;
    const good = nl01.events[0]! as StationEvent;
    const message = new TypeError('flatten: options.events must be an array of events, each with stations and sources');
    for (const events of [
      good,
      [good, null],
      [good, { ...good, stations: 'nl-01' }],
      [good, { ...good, sources: [1] }],
      [{ ...good, sources: undefined }],
    ]) {
      expect(() => flatten([station], { events } as never), JSON.stringify(events).slice(0, 60)).toThrow(message);
    }
    expect(flatten([station], { events: [good] })[0]!.events).toHaveLength(1);
    expect(flatten([station], { events: [] })[0]!.events).toEqual([]);
  });

  it('accepts a source of options.sources that repeats an embedded one exactly', () => {
    const { flatten, getSources, getStation } = pkg();
    const same = { ...getSources()[0]! };
    expect(flatten([getStation('nl-01')!], { sources: [same] })[0]!.id).toBe('nl-01');
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

  it('gives every English name from its table exactly as Intl.DisplayNames does', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const codes = [...names().COUNTRY_CODES];
    expect(codes.length).toBeGreaterThan(240);
    expect(codes.map((code) => pkg().countryName(code))).toEqual(codes.map((code) => intl.of(code)));
    expect(pkg().countryName('gb')).toBe('United Kingdom');
  });

  it('takes ASCII letters only as a code, in any locale', () => {
    // 'ı'.toUpperCase() is 'I' and the Kelvin sign's lower case is 'k': neither is a code.
    for (const code of ['ıe', 'İE', 'ie\u0307', '\u212Ar']) {
      expect(() => pkg().countryName(code), code).toThrow(RangeError);
      expect(() => pkg().byCountry(code), code).toThrow(RangeError);
    }
    expect(() => pkg().byBureau('\u212Aunming' as never)).toThrow(RangeError);
    expect(pkg().countryName('ie')).toBe('Ireland');
  });

  it(`keeps the names of at most ${8} other languages, the least recently used going first`, () => {
    // The module itself, whose cache can be read (the package's entry is another instance here).
    const { cachedLocales, countryName, NAMES_CACHE_LIMIT } = names();
    const locales = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'pl', 'cs', 'ja'];
    for (const locale of locales) countryName('NL', locale);
    countryName('NL', 'es');
    expect(NAMES_CACHE_LIMIT).toBe(8);
    expect(cachedLocales()).toEqual(['it', 'nl', 'pt', 'sv', 'pl', 'cs', 'ja', 'es']);
    expect(countryName('NL', 'de')).toBe('Niederlande');
    expect(cachedLocales()).toEqual(['nl', 'pt', 'sv', 'pl', 'cs', 'ja', 'es', 'de']);
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
  const conversions = () =>
    [
      ['toCSV', pkg().toCSV],
      ['toJSON', pkg().toJSON],
      ['flatten', pkg().flatten],
      ['toGeoJSON', pkg().toGeoJSON],
    ] as const;
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
    for (const [name, fn] of conversions()) {
      expect(() => fn([ie01(), station]), name).toThrow(new TypeError(`${name}: stations[1] is not a station record`));
    }
  });

  it('accepts a station without location or opening date', () => {
    expect(pkg().flatten([{ ...ie01(), location: null, opened: null }])[0]).toMatchObject({ location: null, opened: null });
  });

  it('rejects what is not an array of stations', () => {
    for (const [name, fn] of conversions()) {
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
