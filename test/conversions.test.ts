// The conversion functions and countryName, imported from src/: what they answer for real
// stations and for bad input. (The files built from them are checked in formats.test.ts.)
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  bureaus,
  byCountry,
  countryName,
  CSV_COLUMNS,
  dataset,
  flatten,
  LIST_SEPARATOR,
  provinces,
  reports,
  sources,
  stations,
  toCSV,
  toGeoJSON,
  toJSON,
} from '../src/index.js';
import type { Source, Station, StationEvent } from '../src/types.js';

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

describe('conversions of one station, cell by cell', () => {
  const ie01 = stations.find((s) => s.id === 'ie-01')!;
  const [a, b, c] = sources as [Source, Source, Source];
  const event = (id: string, date: string, type: StationEvent['type'], cites: readonly string[]): StationEvent => ({
    id,
    date,
    dateBasis: 'event',
    type,
    actor: 'Someone',
    summary: 'Something happened.',
    sources: cites,
  });
  const events = [
    event('x-e1', '2022-09-12', 'listed', [b.id]),
    event('x-e2', '2022-10', 'investigation_opened', [c.id, b.id]),
    event('x-e3', '2022-11-02', 'statement', [a.id]),
  ];
  /** A station with nothing known beyond what every station has. */
  const bare = {
    ...ie01,
    city: null,
    location: null,
    bureau: null,
    bureauConfidence: null,
    province: null,
    opened: null,
    nameZh: null,
    reports: [],
    notes: null,
    sources: [a.id, b.id],
    events,
    status: 'investigating',
  } as Station;

  it('writes empty cells for what is unknown, the status since its last change, and each source URL once', () => {
    const header = `${CSV_COLUMNS.join(',')}\r\n`;
    expect(toCSV([bare])).toBe(
      `${header}ie-01,IE,,,,,,,,,,,site,high,investigating,2022-10,3,,${[a.url, b.url, c.url].join(LIST_SEPARATOR)}\r\n`,
    );
    expect(toCSV([])).toBe(header);
  });

  it('leaves status_since empty for a timeline that sets no status', () => {
    const unset = { ...bare, events: [event('x-e1', '2022-11-02', 'statement', [a.id])] } as Station;
    expect(toCSV([unset]).split('\r\n')[1]).toBe(`ie-01,IE,,,,,,,,,,,site,high,investigating,,1,,${a.url} | ${b.url}`);
  });

  it('names the function in the errors of each conversion', () => {
    const stranger = { ...bare, sources: ['no-such-source'] } as Station;
    for (const [name, fn] of [
      ['toCSV', toCSV],
      ['toJSON', toJSON],
      ['flatten', flatten],
      ['toGeoJSON', toGeoJSON],
    ] as const) {
      const located = { ...stranger, location: ie01.location } as Station;
      expect(() => fn([located]), name).toThrow(
        new RangeError(`${name}: unknown source id "no-such-source"; expected an id from \`sources\` or \`options.sources\``),
      );
      expect(() => fn([{ ...located, sources: [a.id], reports: ['third'] } as unknown as Station]), name).toThrow(
        new RangeError(`${name}: unknown report "third"; expected an id from \`reports\``),
      );
    }
  });

  it('writes every known field, quoting only cells with commas, quotes or line breaks', () => {
    const full = { ...bare, city: 'Dublin, "centre"', notes: 'line\rend', nameZh: '都柏林' } as Station;
    const row = toCSV([{ ...ie01, notes: 'Plain notes.' }, full]).split('\r\n')[1];
    expect(row).toBe(
      [
        'ie-01',
        'IE',
        ie01.city,
        ie01.location!.lat,
        ie01.location!.lon,
        ie01.location!.geonameId,
        'fuzhou',
        ie01.bureauConfidence,
        'CN-FJ',
        ie01.opened!.date,
        ie01.nameZh,
        ie01.reports.join(' | '),
        ie01.evidence,
        ie01.confidence,
        'closed',
        '2022-10-26',
        ie01.events.length,
        'Plain notes.',
        [...new Set([...ie01.sources, ...ie01.events.flatMap((e) => e.sources)])]
          .map((id) => sources.find((s) => s.id === id)!.url)
          .join(' | '),
      ].join(','),
    );
    const quoted = toCSV([full]).split('\r\n').slice(1).join('\r\n');
    expect(quoted).toMatch(/^ie-01,IE,"Dublin, ""centre""",.*,都柏林,.*,"line\rend",/);
    expect(toCSV([{ ...bare, city: 'plain' } as Station])).toContain(',IE,plain,');
    expect(toCSV([{ ...bare, city: 'a\nb' } as Station])).toContain(',IE,"a\nb",');
  });

  it('flattens a station: bureau, province, reports, events and sources resolved', () => {
    const [flat] = flatten([ie01]);
    const { province: _p, sources: _s, ...bureau } = bureaus.find((x) => x.id === 'fuzhou')!;
    expect(flat).toEqual({
      ...ie01,
      bureau,
      province: provinces.find((p) => p.code === 'CN-FJ'),
      reports: ie01.reports.map((id) => {
        const { id: rid, title, publisher, published, url } = reports.find((r) => r.id === id)!;
        return { id: rid, title, publisher, published, url };
      }),
      events: ie01.events.map((e) => ({ ...e, sources: e.sources.map((id) => sources.find((s) => s.id === id)) })),
      sources: ie01.sources.map((id) => sources.find((s) => s.id === id)),
    });
    const [none] = flatten([bare]);
    expect([none!.bureau, none!.province, none!.reports]).toEqual([null, null, []]);
    expect(none!.events.map((e) => e.sources)).toEqual([[b], [c, b], [a]]);
    // A bureau or province this dataset does not have is null in the flat record.
    const [stranger] = flatten([{ ...bare, bureau: 'lishui', province: 'CN-XX' } as unknown as Station]);
    expect([stranger!.bureau, stranger!.province]).toEqual([null, null]);
    expect(() => flatten([{ ...bare, reports: ['third'] } as unknown as Station])).toThrow(
      new RangeError('flatten: unknown report "third"; expected an id from `reports`'),
    );
  });

  it('writes the dataset version and revision date around the flat records', () => {
    expect(toJSON([bare])).toEqual({ version: dataset.version, updated: dataset.updated, stations: flatten([bare]) });
    expect(toJSON([])).toEqual({ version: dataset.version, updated: dataset.updated, stations: [] });
  });

  it('makes a GeoJSON Point of longitude and latitude for a located station only', () => {
    expect(toGeoJSON([bare, ie01])).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'ie-01',
          geometry: { type: 'Point', coordinates: [ie01.location!.lon, ie01.location!.lat] },
          properties: flatten([ie01])[0],
        },
      ],
    });
  });
});

describe('what the conversions accept as stations and options', () => {
  const ie01 = stations.find((s) => s.id === 'ie-01')!;
  const broken: [string, Record<string, unknown>][] = [
    ['id', { id: 1 }],
    ['reports', { reports: 'none' }],
    ['reports item', { reports: ['110-overseas', 1] }],
    ['sources', { sources: undefined }],
    ['sources item', { sources: [ie01.sources[0], null] }],
    ['events', { events: {} }],
    ['event', { events: [ie01.events[0], null] }],
    ['event date', { events: [{ ...ie01.events[0], date: 2022 }] }],
    ['event type', { events: [{ ...ie01.events[0], type: undefined }] }],
    ['event sources', { events: [{ ...ie01.events[0], sources: 'x' }] }],
    ['event source', { events: [{ ...ie01.events[0], sources: [ie01.sources[0], 2] }] }],
    ['location', { location: 'Dublin' }],
    ['location lat', { location: { ...ie01.location, lat: '53' } }],
    ['location lon', { location: { ...ie01.location, lon: undefined } }],
    ['opened', { opened: '2022' }],
    ['opened date', { opened: { date: 2022, note: null } }],
  ];

  it.each(broken)('rejects a station whose %s is of the wrong type, naming its index', (_, change) => {
    const station = { ...ie01, ...change } as unknown as Station;
    for (const [name, fn] of [
      ['toCSV', toCSV],
      ['toJSON', toJSON],
      ['flatten', flatten],
      ['toGeoJSON', toGeoJSON],
    ] as const) {
      expect(() => fn([ie01, station]), name).toThrow(new TypeError(`${name}: stations[1] is not a station record`));
    }
  });

  it('accepts a station without location or opening date', () => {
    expect(flatten([{ ...ie01, location: null, opened: null }])[0]).toMatchObject({ location: null, opened: null });
  });

  it('rejects what is not an array of stations', () => {
    for (const [name, fn] of [
      ['toCSV', toCSV],
      ['toJSON', toJSON],
      ['flatten', flatten],
      ['toGeoJSON', toGeoJSON],
    ] as const) {
      expect(() => fn({ 0: ie01, length: 1 } as never), name).toThrow(
        new TypeError(`${name}: stations must be an array of station records`),
      );
    }
  });

  it('checks options and the sources they add', () => {
    const mine: Source = { id: 'mine', url: 'https://example.org/mine', publisher: 'P', title: 'T', date: null, note: 'n' };
    const citing = { ...ie01, sources: ['mine'] } as unknown as Station;
    expect(toJSON([citing], { sources: [mine] }).stations[0]!.sources).toEqual([mine]);
    expect(toGeoJSON([citing], { sources: [mine] }).features[0]!.properties.sources).toEqual([mine]);
    expect(flatten([citing], { sources: [mine, sources[0]!] })[0]!.sources).toEqual([mine]);
    expect(flatten([ie01], {})[0]!.sources).toEqual(flatten([ie01])[0]!.sources);
    expect(flatten([ie01], { sources: undefined })[0]!.sources).toEqual(flatten([ie01])[0]!.sources);
    expect(() => flatten([citing])).toThrow(
      new RangeError('flatten: unknown source id "mine"; expected an id from `sources` or `options.sources`'),
    );
    expect(() => toGeoJSON([ie01], 'x' as never)).toThrow(new TypeError('toGeoJSON: options must be an object'));
    expect(() => toGeoJSON([ie01], null as never)).toThrow(new TypeError('toGeoJSON: options must be an object'));
    expect(() => toJSON([ie01], { sources: {} } as never)).toThrow(
      new TypeError('toJSON: options.sources must be an array of sources'),
    );
    for (const bad of [null, 'mine', { id: 1, url: mine.url }, { id: 'mine' }, { url: mine.url }]) {
      expect(() => flatten([ie01], { sources: [mine, bad] } as never), JSON.stringify(bad)).toThrow(
        new TypeError('flatten: options.sources[1] is not a source (an object with string id and url)'),
      );
    }
  });
});

describe('countryName, more', () => {
  it('gives the same answer on every call, in any case of the code', () => {
    expect(countryName('ie', 'de')).toBe('Irland');
    expect(countryName('IE', 'de')).toBe('Irland');
    expect(countryName('ie')).toBe('Ireland');
    expect(() => countryName('NL', 5 as never)).toThrow(new TypeError('countryName: locale must be a string, got number'));
    expect(() => countryName('XX')).toThrow(
      new RangeError('countryName: unknown country "XX"; expected an ISO 3166-1 alpha-2 code such as "NL"'),
    );
  });
});
