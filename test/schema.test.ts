// The published zod schemas (`overseas-police-stations/schema`) on real and broken records.
import { describe, expect, it } from 'vitest';
import { DATASET } from '../src/generated/dataset.js';
import { bureaus, getDetails, getEvents, getSources, provinces, reports, stations, toJSON } from '../src/index.js';
import * as DOCUMENTED from '../src/status.js';
import { freshEachTest } from './fresh.js';

// Loaded afresh for each test: the schemas are built while the module loads (see fresh.ts).
const schema = freshEachTest(() => import('../src/schema.js'));

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the published zod schemas', () => {
  // Built inside the tests, not here: mutation testing attributes what a test runs to it.
  let cached: ReturnType<typeof toJSON> | undefined;
  const flatData = () => (cached ??= toJSON(stations));

  it('accept the flat records of stations.json as toJSON writes them', () => {
    const flat = flatData();
    expect(messages(schema().FlatDatasetSchema.safeParse(flat))).toEqual([]);
    const [station] = flat.stations;
    expect(schema().FlatStationSchema.parse(station)).toEqual(station);
  });

  it('reject a flat record without events or sources, or with a bureau or report cut short', () => {
    const flat = flatData();
    const station = flat.stations.find((s) => s.bureau !== null && s.events.some((e) => e.sources.length > 1))!;
    expect(schema().FlatStationSchema.safeParse({ ...station, events: [] }).success).toBe(false);
    expect(schema().FlatStationSchema.safeParse({ ...station, sources: [] }).success).toBe(false);
    const [first] = station.events;
    expect(schema().FlatEventSchema.safeParse({ ...first, sources: [] }).success).toBe(false);
    expect(schema().FlatStationSchema.safeParse({ ...station, bureau: { ...station.bureau, province: 'CN-FJ' } }).success).toBe(
      false,
    );
    const { id: _id, ...report } = station.reports[0]!;
    expect(schema().FlatStationSchema.safeParse({ ...station, reports: [report] }).success).toBe(false);
    expect(schema().FlatStationSchema.safeParse({ ...station, reports: [{ ...station.reports[0], claimed: 1 }] }).success).toBe(
      false,
    );
    expect(schema().FlatDatasetSchema.safeParse({ ...flat, extra: 1 }).success).toBe(false);
  });

  it('accept https URLs only', () => {
    const flat = flatData();
    const full = {
      ...flat.stations[0]!.reports[0]!,
      claimed: { stations: 1, countries: 1 },
      identified: { stations: 1, countries: 1 },
    };
    const withUrl = (url: string) => ({ ...full, unidentified: [], notes: null, sources: ['x'], url });
    expect(schema().ReportSchema.safeParse(withUrl('https://example.org/')).success).toBe(true);
    for (const url of ['http://example.org/', 'httpsx://example.org/', 'xhttps://example.org/', 'ftp://example.org/']) {
      expect(schema().ReportSchema.safeParse(withUrl(url)).success, url).toBe(false);
      expect(schema().SourceSchema.safeParse({ ...flat.stations[0]!.sources[0], url }).success, url).toBe(false);
    }
  });

  it('name what is wrong with a country, an id or a source id', () => {
    const flat = flatData();
    const station = stations[0]!;
    expect(messages(schema().StationSchema.safeParse({ ...station, country: 'nl' }))).toEqual([
      'country: expected an ISO 3166-1 alpha-2 country code in upper case, such as "NL"',
    ]);
    expect(messages(schema().StationSchema.safeParse({ ...station, id: 'nl-1' }))).toEqual(['id: expected an id like "nl-01"']);
    const source = flat.stations[0]!.sources[0]!;
    for (const id of ['Nrc-2022', 'nrc-2022-', '-nrc', 'nrc--2022', 'nrc 2022']) {
      expect(messages(schema().SourceSchema.safeParse({ ...source, id })), id).toEqual(['id: expected a kebab-case id']);
    }
  });

  it('accept every event type of the timeline', () => {
    const event = getEvents()[0]!;
    for (const type of ['listed', 'activity_reported', 'investigation_ongoing', 'statement', 'raid', 'convicted', 'other']) {
      expect(schema().StationEventSchema.safeParse({ ...event, type }).success, type).toBe(true);
    }
    for (const type of ['rumour', 'media_report']) {
      expect(schema().StationEventSchema.safeParse({ ...event, type }).success, type).toBe(false);
    }
    expect(schema().StationEventSchema.safeParse({ ...event, scope: 'city' }).success).toBe(false);
    expect(schema().StationEventSchema.safeParse({ ...event, observed: '2022-13' }).success).toBe(false);
  });

  it('check the whole embedded dataset and the details of every station', () => {
    expect(messages(schema().DatasetSchema.safeParse(DATASET))).toEqual([]);
    for (const { id } of stations) expect(messages(schema().StationDetailsSchema.safeParse(getDetails(id))), id).toEqual([]);
    const details = getDetails('nl-01')!;
    expect(schema().StationDetailsSchema.safeParse({ ...details, sources: [] }).success).toBe(false);
    expect(schema().StationDetailsSchema.safeParse({ ...details, events: [] }).success).toBe(false);
  });

  it('accept exactly the values the package documents for each closed set', () => {
    const { STATUSES, OPERATIONS, CLOSURE_BASES, INVESTIGATIONS, LEGAL_STAGES } = DOCUMENTED;
    const s = schema();
    expect(s.StatusSchema.options).toEqual(STATUSES);
    expect(s.OperationSchema.options).toEqual(OPERATIONS);
    expect(s.ClosureBasisSchema.options).toEqual(CLOSURE_BASES);
    expect(s.InvestigationSchema.options).toEqual(INVESTIGATIONS);
    expect(s.LegalStageSchema.options).toEqual(LEGAL_STAGES);
    expect(s.EventTypeSchema.options).toEqual(Object.keys(DOCUMENTED.EVENT_EFFECTS));
    expect(s.ConfidenceSchema.options).toEqual(['high', 'medium', 'low']);
    expect(s.EvidenceSchema.options).toEqual(['site', 'count']);
    expect(s.DateBasisSchema.options).toEqual(['event', 'reported']);
    expect(s.BureauIdSchema.options).toEqual(bureaus.map((b) => b.id));
    expect(s.ProvinceCodeSchema.options).toEqual(provinces.map((p) => p.code));
    expect(s.ReportIdSchema.options).toEqual(reports.map((r) => r.id));
    expect(s.CountryCodeSchema.safeParse('NL').success).toBe(true);
  });

  it('give a malformed or impossible date one message', () => {
    const expected = ['expected a real date as YYYY, YYYY-MM or YYYY-MM-DD'];
    for (const date of ['2023-2', '2023-02-30', '23', '2023-13', 'x2023', '2023-02-01x']) {
      expect(messages(schema().PartialDateSchema.safeParse(date)), date).toEqual([`: ${expected[0]}`]);
    }
    for (const date of ['2023', '2023-02', '2024-02-29']) expect(schema().PartialDateSchema.parse(date)).toBe(date);
  });

  it('take a version as three numbers', () => {
    const retired = { id: 'xx-01', date: '2023', reason: 'A duplicate.', replacedBy: null };
    for (const version of ['2.1.0', '10.20.300']) {
      expect(schema().RetiredStationSchema.safeParse({ ...retired, lastVersion: version }).success, version).toBe(true);
    }
    for (const version of ['2.1', 'v2.1.0', '2.1.0-beta', '2.1.0.', 'a.1.0', '2.b.0', '2.1.c', '2..0']) {
      expect(messages(schema().RetiredStationSchema.safeParse({ ...retired, lastVersion: version })), version).toEqual([
        'lastVersion: expected a version such as "2.1.0"',
      ]);
    }
  });

  it('describe the files of a release by name, size and SHA-256', () => {
    const sha256 = 'ab'.repeat(32);
    const meta = (files: Record<string, unknown>) => ({
      version: '2.2.0',
      updated: '2026-11-29',
      counts: { stations: 1, countries: 1, events: 1, sources: 1 },
      files,
    });
    const ok = (files: Record<string, unknown>) => schema().DataMetaSchema.safeParse(meta(files)).success;
    expect(ok({ 'stations.csv': { bytes: 10, sha256 }, 'stations.excel.csv': { bytes: 13, sha256 } })).toBe(true);
    for (const name of ['Stations.csv', '../stations.csv', 'stations-2.csv', 'stations.csv/']) {
      expect(ok({ [name]: { bytes: 10, sha256 } }), name).toBe(false);
    }
    for (const hash of [sha256.slice(1), `${sha256}a`, sha256.toUpperCase(), `${sha256.slice(1)}g`, `x${sha256}`]) {
      expect(ok({ 'stations.csv': { bytes: 10, sha256: hash } }), hash).toBe(false);
    }
    expect(ok({ 'stations.csv': { bytes: 0, sha256 } })).toBe(false);
  });

  it('check the changes of a release field by field', () => {
    const [release] = DATASET.changes;
    expect(schema().ChangesFileSchema.parse(DATASET.changes)).toEqual(DATASET.changes);
    const change = { id: 'nl-01', since: '2022-11', fields: [] as unknown[] };
    const withChanged = (changed: unknown[]) => ({ ...release, stations: { ...release!.stations, changed } });
    const twoFields = [
      { field: 'status', from: 'reported', to: 'closed', event: 'nl-e04' },
      { field: 'reports', from: ['a'], to: null, event: null },
    ];
    expect(schema().ReleaseChangesSchema.safeParse(withChanged([{ ...change, fields: twoFields }])).success).toBe(true);
    expect(schema().ReleaseChangesSchema.safeParse(withChanged([change])).success).toBe(false);
    expect(
      schema().ReleaseChangesSchema.safeParse(
        withChanged([{ ...change, fields: [{ field: 'x', from: {}, to: 1, event: null }] }]),
      ).success,
    ).toBe(false);
    const corrected = (fields: unknown[]) => ({
      ...release,
      events: { ...release!.events, corrected: [{ id: 'nl-e01', fields }] },
    });
    const eventFields = twoFields.map(({ event: _event, ...field }) => field);
    expect(schema().ReleaseChangesSchema.safeParse(corrected(eventFields)).success).toBe(true);
    expect(schema().ReleaseChangesSchema.safeParse(withChanged([{ ...change, fields: eventFields }])).success).toBe(false);
    expect(schema().ReleaseChangesSchema.safeParse(corrected([])).success).toBe(false);
    expect(
      schema().ReleaseChangesSchema.safeParse({ ...release, counts: { ...release!.counts, events: { from: -1, to: 2 } } })
        .success,
    ).toBe(false);
  });

  it('name what is missing from a source or a fact', () => {
    const source = getSources()[0]!;
    expect(messages(schema().SourceSchema.safeParse({ ...source, publisher: '  ' }))).toEqual([
      'publisher: Too small: expected string to have >=1 characters',
    ]);
    expect(messages(schema().SourceSchema.safeParse({ ...source, url: 'http://example.org/' }))).toEqual([
      'url: expected an https URL',
    ]);
    expect(messages(schema().SourceSchema.safeParse({ ...source, date: null, note: null }))).toEqual([
      'note: an undated source needs a note saying what is known of its date',
    ]);
    const event = getEvents()[0]!;
    expect(messages(schema().StationEventSchema.safeParse({ ...event, sources: [] }))).toEqual([
      'sources: every fact needs at least one source',
    ]);
  });

  it('take a station id as two letters and two digits, nothing around them', () => {
    const station = stations[0]!;
    for (const id of ['xnl-01', 'nl-011', 'nl-01 ', 'NL-01']) {
      expect(messages(schema().StationSchema.safeParse({ ...station, id })), id).toEqual(['id: expected an id like "nl-01"']);
    }
  });
});
