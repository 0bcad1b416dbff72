// The generators of the build, called directly: the JSON Schema of stations.json and the
// module of closed sets. (The files they write into dist/ are checked in formats.test.ts
// and closed-sets.test.ts.)
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { dateCandidates, isRealDate } from './calendar-dates.js';
import { closedSetsModule } from '../scripts/closed-sets.js';
import { CALENDAR_DATE, HTTPS_URL, jsonSchema } from '../scripts/json-schema.js';
import { bureaus, provinces, reports, stations, toJSON } from '../src/index.js';
import { PartialDateSchema } from '../src/schema.js';

// ajv-formats is CommonJS whose types declare a default export that TypeScript's NodeNext mode misreads.
const addFormats: typeof import('ajv-formats').default = createRequire(import.meta.url)('ajv-formats');

// biome-ignore lint/suspicious/noExplicitAny: the edits change arbitrary JSON.
type Json = any;

/** Every value of a key anywhere in a JSON value. */
function valuesOf(json: unknown, key: string): unknown[] {
  const found: unknown[] = [];
  JSON.stringify(json, (k, value) => {
    if (k === key) found.push(value);
    return value;
  });
  return found;
}

describe('CALENDAR_DATE', () => {
  it('accepts exactly the real years, months and days', () => {
    const pattern = new RegExp(CALENDAR_DATE, 'u');
    for (const date of dateCandidates()) expect(pattern.test(date), date).toBe(isRealDate(date));
  });
});

describe('jsonSchema', () => {
  // Built in each test, not once here: mutation testing attributes what a test runs to it.
  const setup = () => {
    const schema = jsonSchema('9.8.7');
    return {
      schema,
      validate: addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema),
      data: toJSON(stations),
    };
  };

  it('is a draft 2020-12 schema named after the package version', () => {
    const { schema } = setup();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://unpkg.com/overseas-police-stations@9.8.7/dist/data/schema.json');
    expect(schema.title).toBe('overseas-police-stations: data/stations.json');
    expect(schema.description).toMatch(/^Checks the shape of every record: .* The build of the package checks those\.$/);
    // What it checks, and what no JSON Schema can.
    for (const fact of [
      '), https URLs, and dates as YYYY, YYYY-MM or YYYY-MM-DD that exist in the calendar (leap years included). It',
      'that ids are unique, that events are sorted and their dates not after `updated`',
      'that `status` follows from the events, that coordinates belong to the GeoNames id, or that report counts add up.',
    ]) {
      expect(schema.description).toContain(fact);
    }
  });

  it('accepts the dataset as toJSON writes it', () => {
    const { validate, data } = setup();
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('checks every date with the calendar pattern and every URL for https, and leaves other patterns alone', () => {
    const { schema, validate, data } = setup();
    const patterns = valuesOf(schema, 'pattern');
    // updated, opened, event, source (of a station and of an event) and report dates.
    expect(patterns.filter((p) => p === CALENDAR_DATE).length).toBeGreaterThanOrEqual(6);
    expect(patterns.filter((p) => p === HTTPS_URL).length).toBeGreaterThanOrEqual(3);
    expect(patterns).toContain('^[a-z]{2}-\\d{2}$');
    expect(patterns.every((p) => p === CALENDAR_DATE || p === HTTPS_URL || !String(p).includes('\\d{4}'))).toBe(true);
    const change = (edit: (copy: Json) => void) => {
      const copy = structuredClone(data);
      edit(copy);
      return validate(copy);
    };
    expect(change((c) => (c.updated = '2023-02-29'))).toBe(false);
    expect(change((c) => (c.stations[0].events[0].date = '2022-04-31'))).toBe(false);
    expect(change((c) => (c.stations[0].reports[0].published = '2022-13'))).toBe(false);
    expect(change((c) => (c.stations[0].sources[0].url = 'http://example.org/'))).toBe(false);
    expect(change((c) => (c.stations[0].reports[0].url = 'ftp://example.org/'))).toBe(false);
    expect(change((c) => (c.stations[0].events[0].sources[0].url = 'https://example.org/'))).toBe(true);
    expect(change((c) => (c.stations[0].id = 'nl-1'))).toBe(false);
  });
});

describe('jsonSchema of other zod schemas', () => {
  it('fails rather than publish a schema whose dates or URLs it could not strengthen', () => {
    expect(() => jsonSchema('1.0.0', z.object({ date: PartialDateSchema }))).toThrow(
      new Error('json-schema: expected partial dates and URLs to strengthen, found 1 and 0'),
    );
    expect(() => jsonSchema('1.0.0', z.object({ url: z.url(), other: z.url() }))).toThrow(
      new Error('json-schema: expected partial dates and URLs to strengthen, found 0 and 2'),
    );
  });
});

describe('closedSetsModule', () => {
  it('writes the ids of bureaus, provinces and reports as constants and literal types', () => {
    const module = closedSetsModule({
      bureaus: [{ ...bureaus[0]!, id: 'lishui' as never }, bureaus[1]!],
      provinces: [provinces[0]!, { ...provinces[1]!, code: 'CN-XX' as never, name: 'Xanadu' }],
      reports: [{ ...reports[0]!, id: 'third' as never }],
    });
    const [b, p] = [bureaus[1]!.id, provinces[0]!];
    expect(module.split('\n')).toEqual([
      '// Generated by scripts/build-data.ts from data/bureaus.json, data/provinces.json and data/reports.json. Do not edit.',
      '/** Ids of the operating bureaus in `data/bureaus.json`. */',
      `export const BUREAU_IDS = ["lishui", "${b}"] as const;`,
      '/** ISO 3166-2 codes of the provinces in `data/provinces.json`. */',
      `export const PROVINCE_CODES = ["${p.code}", "CN-XX"] as const;`,
      '/** Ids of the reports in `data/reports.json`. */',
      'export const REPORT_IDS = ["third"] as const;',
      '',
      '/** The Chinese public security bureaus that the reports say run the stations. */',
      `export type BureauId = "lishui" | "${b}";`,
      "/** ISO 3166-2 code of an operating bureau's province. */",
      `export type ProvinceCode = "${p.code}" | "CN-XX";`,
      "/** English name of an operating bureau's province. */",
      `export type ProvinceEnglishName = "${p.name}" | "Xanadu";`,
      '/** The reports the dataset follows. */',
      'export type ReportId = "third";',
      '',
    ]);
  });
});
