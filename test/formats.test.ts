// The shipped data files, checked with tools that know nothing of this package:
// ajv for the JSON Schema, papaparse for the CSV, check-geojson for the GeoJSON.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { check as checkGeoJSON } from '@placemarkio/check-geojson';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dateCandidates, isRealDate } from './calendar-dates.js';
import {
  byCountry,
  CSV_COLUMNS,
  dataset,
  getDetails,
  LIST_SEPARATOR,
  getSources,
  stations,
  toCSV,
  toGeoJSON,
} from '../src/index.js';
import type { Station } from '../src/types.js';

// ajv-formats is CommonJS whose types declare a default export that TypeScript's NodeNext mode misreads.
const addFormats: typeof import('ajv-formats').default = createRequire(import.meta.url)('ajv-formats');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = (name: string) => readFileSync(new URL(`../dist/data/${name}`, import.meta.url), 'utf8');

describe('data/stations.json and data/schema.json', () => {
  const json = JSON.parse(file('stations.json'));
  const schema = JSON.parse(file('schema.json'));
  // ajv-formats checks `format: "uri"`; without it ajv ignores formats and accepts any string.
  const compile = () => addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);
  const changed = (change: (copy: typeof json) => void) => {
    const copy = structuredClone(json);
    change(copy);
    return copy;
  };

  it('validates against its JSON Schema (draft 2020-12) with ajv and ajv-formats', () => {
    const validate = compile();
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('names the package version in its $id', () => {
    expect(schema.$id).toBe(`https://unpkg.com/overseas-police-stations@${pkg.version}/dist/data/schema.json`);
  });

  it('rejects a URL that is broken or not https', () => {
    const validate = compile();
    for (const url of ['not a url', 'https://exa mple.com/', 'http://example.com/', '']) {
      expect(validate(changed((copy) => (copy.stations[0].sources[0].url = url))), url).toBe(false);
      expect(validate(changed((copy) => (copy.stations[0].events[0].sources[0].url = url))), url).toBe(false);
      expect(validate(changed((copy) => (copy.stations[0].reports[0].url = url))), url).toBe(false);
    }
    expect(validate(changed((copy) => (copy.stations[0].sources[0].url = 'https://example.com/a?b=c#d')))).toBe(true);
  });

  it('rejects impossible dates in every date field; February 29 only in leap years', () => {
    const validate = compile();
    const setters: ((copy: typeof json, date: string) => void)[] = [
      (copy, date) => (copy.updated = date),
      (copy, date) => (copy.stations.find((s: Station) => s.opened !== null).opened.date = date),
      (copy, date) => (copy.stations[0].events[0].date = date),
      (copy, date) => (copy.stations[0].sources[0].date = date),
      (copy, date) => (copy.stations[0].events[0].sources[0].date = date),
      (copy, date) => (copy.stations[0].reports[0].published = date),
    ];
    for (const set of setters) {
      for (const date of ['2023-02-30', '2023-02-29', '2023-04-31', '2023-13', '2023-00-10', '2023-1-5', '23']) {
        expect(validate(changed((copy) => set(copy, date))), `${set} ${date}`).toBe(false);
      }
      for (const date of ['2024-02-29', '2000-02-29', '2023-12-31', '2023-02', '2023']) {
        expect(validate(changed((copy) => set(copy, date))), `${set} ${date}`).toBe(true);
      }
    }
  });

  it('has a date pattern that accepts exactly the real dates', () => {
    const patterns = new Set<string>();
    JSON.stringify(schema, (key, value) => {
      if (key === 'pattern' && /\\d\{4\}/.test(value)) patterns.add(value);
      return value;
    });
    expect(patterns.size).toBe(1);
    const pattern = new RegExp([...patterns][0]!, 'u');
    for (const date of dateCandidates()) expect(pattern.test(date), date).toBe(isRealDate(date));
  });

  it('is rejected by the schema when a record is broken', () => {
    const validate = compile();
    const broken = structuredClone(json);
    broken.stations[0].status = 'open';
    expect(validate(broken)).toBe(false);
    delete broken.stations[0].status;
    broken.stations[1].country = 'Narnia';
    expect(validate(broken)).toBe(false);
  });

  it('holds every station with its references resolved', () => {
    expect(json.version).toBe(dataset.version);
    expect(json.updated).toBe(dataset.updated);
    expect(json.stations.map((s: Station) => s.id)).toEqual(stations.map((s) => s.id));
    const ie = json.stations.find((s: Station) => s.id === 'ie-01');
    expect(ie.bureau).toMatchObject({ id: 'fuzhou', name: 'Fuzhou Municipal Public Security Bureau' });
    expect(ie.province).toMatchObject({ code: 'CN-FJ', name: 'Fujian' });
    expect(ie.reports[0]).toMatchObject({ id: '110-overseas', published: '2022-09-12' });
    expect(ie.events[1].sources[0].url).toMatch(/^https:\/\//);
    expect(ie.sources.every((s: { url: string }) => s.url.startsWith('https://'))).toBe(true);
  });
});

describe('data/stations.csv', () => {
  const csv = file('stations.csv');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('parses as RFC 4180 with a stable header and one row per station', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => row.id)).toEqual(stations.map((s) => s.id));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length - 1).toBe(stations.length + 1);
    expect(csv).toBe(toCSV(stations));
  });

  it('round-trips the values, quotes included', () => {
    for (const [row, station] of parsed.data.map((row, i) => [row, stations[i]!] as const)) {
      expect(row.country).toBe(station.country);
      expect(row.city).toBe(station.city ?? '');
      expect(row.status).toBe(station.status);
      expect([row.operation, row.closure, row.investigation, row.legal]).toEqual([
        station.operation,
        station.closure ?? '',
        station.investigation,
        station.legal,
      ]);
      expect(row.status_since).toBe(station.statusSince);
      expect(row.notes).toBe(getDetails(station.id)!.notes ?? '');
      expect(row.latitude === '' ? null : Number(row.latitude)).toBe(station.location?.lat ?? null);
      expect(row.reports).toBe(station.reports.join(LIST_SEPARATOR));
      expect(Number(row.events)).toBe(getDetails(station.id)!.events.length);
    }
    const urls = new Set(getSources().map((s) => s.url));
    for (const row of parsed.data)
      for (const url of row.source_urls!.split(LIST_SEPARATOR)) expect(urls.has(url), url).toBe(true);
  });

  it('quotes commas, quotes and line breaks', () => {
    const station = { ...byCountry('NL')[0]!, city: 'He said "closed", then\nleft' } as Station;
    const [row] = Papa.parse<Record<string, string>>(toCSV([station]), { header: true, skipEmptyLines: true }).data;
    expect(row!.city).toBe('He said "closed", then\nleft');
  });
});

describe('data/stations.excel.csv', () => {
  it('is stations.csv behind a UTF-8 byte order mark, so that Excel reads São Paulo and name_zh right', () => {
    const bytes = readFileSync(new URL('../dist/data/stations.excel.csv', import.meta.url));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).equals(readFileSync(new URL('../dist/data/stations.csv', import.meta.url)))).toBe(true);
    expect(bytes.subarray(3).toString('utf8')).toContain('São Paulo');
  });
});

describe('data/stations.geojson', () => {
  const text = file('stations.geojson');

  it('is valid RFC 7946 GeoJSON', () => {
    expect(() => checkGeoJSON(text)).not.toThrow();
  });

  it('has one Point (longitude, latitude) per located station and leaves out the rest', () => {
    const geo = JSON.parse(text);
    const located = stations.filter((s) => s.location !== null);
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual(located.map((s) => s.id));
    const nl01 = geo.features.find((f: { id: string }) => f.id === 'nl-01');
    expect(nl01.geometry.coordinates).toEqual([4.88969, 52.37403]);
    expect(nl01.properties.bureau.id).toBe('qingtian');
    expect(toGeoJSON(stations.filter((s) => s.location === null)).features).toEqual([]);
  });
});

// countryName's answers and errors are tested in conversions.test.ts; this one needs dist/.
describe('countryName', () => {
  it('gives the same answers whatever the locale of the machine', () => {
    const script = `
      const { countryName } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
      const out = { host: Intl.DateTimeFormat().resolvedOptions().locale, nl: countryName('NL'), fr: countryName('NL', 'fr') };
      try { out.xx = countryName('NL', 'xx'); } catch (error) { out.xx = error.constructor.name; }
      console.log(JSON.stringify(out));`;
    for (const host of ['de_DE.UTF-8', 'ja_JP.UTF-8', 'C']) {
      const env = { ...process.env, LC_ALL: host, LANG: host };
      const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' }));
      // The host locale really is in effect in the child process.
      expect(out.host).toBe({ 'de_DE.UTF-8': 'de-DE', 'ja_JP.UTF-8': 'ja-JP', C: 'en-US' }[host]);
      expect(out).toEqual({ host: out.host, nl: 'Netherlands', fr: 'Pays-Bas', xx: 'RangeError' });
    }
  });
});
