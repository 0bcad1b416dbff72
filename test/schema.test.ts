// The published zod schemas (`overseas-police-stations/schema`) on real and broken records.
import { beforeAll, describe, expect, it } from 'vitest';
import { getEvents, stations, toJSON } from '../src/index.js';

// Loaded in beforeAll rather than imported: a schema module that throws while it builds its
// schemas then fails these tests, which a mutation runner counts, instead of failing the import.
let schema: typeof import('../src/schema.js');
beforeAll(async () => {
  schema = await import('../src/schema.js');
});

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the published zod schemas', () => {
  // Built inside the tests, not here: mutation testing attributes what a test runs to it.
  let cached: ReturnType<typeof toJSON> | undefined;
  const flatData = () => (cached ??= toJSON(stations));

  it('accept the flat records of stations.json as toJSON writes them', () => {
    const flat = flatData();
    expect(messages(schema.FlatDatasetSchema.safeParse(flat))).toEqual([]);
    const [station] = flat.stations;
    expect(schema.FlatStationSchema.parse(station)).toEqual(station);
  });

  it('reject a flat record without events or sources, or with a bureau or report cut short', () => {
    const flat = flatData();
    const station = flat.stations.find((s) => s.bureau !== null && s.events.some((e) => e.sources.length > 1))!;
    expect(schema.FlatStationSchema.safeParse({ ...station, events: [] }).success).toBe(false);
    expect(schema.FlatStationSchema.safeParse({ ...station, sources: [] }).success).toBe(false);
    const [first] = station.events;
    expect(schema.FlatEventSchema.safeParse({ ...first, sources: [] }).success).toBe(false);
    expect(schema.FlatStationSchema.safeParse({ ...station, bureau: { ...station.bureau, province: 'CN-FJ' } }).success).toBe(
      false,
    );
    const { id: _id, ...report } = station.reports[0]!;
    expect(schema.FlatStationSchema.safeParse({ ...station, reports: [report] }).success).toBe(false);
    expect(schema.FlatStationSchema.safeParse({ ...station, reports: [{ ...station.reports[0], claimed: 1 }] }).success).toBe(
      false,
    );
    expect(schema.FlatDatasetSchema.safeParse({ ...flat, extra: 1 }).success).toBe(false);
  });

  it('accept https URLs only', () => {
    const flat = flatData();
    const full = {
      ...flat.stations[0]!.reports[0]!,
      claimed: { stations: 1, countries: 1 },
      identified: { stations: 1, countries: 1 },
    };
    const withUrl = (url: string) => ({ ...full, unidentified: [], notes: null, sources: ['x'], url });
    expect(schema.ReportSchema.safeParse(withUrl('https://example.org/')).success).toBe(true);
    for (const url of ['http://example.org/', 'httpsx://example.org/', 'xhttps://example.org/', 'ftp://example.org/']) {
      expect(schema.ReportSchema.safeParse(withUrl(url)).success, url).toBe(false);
      expect(schema.SourceSchema.safeParse({ ...flat.stations[0]!.sources[0], url }).success, url).toBe(false);
    }
  });

  it('name what is wrong with a country, an id or a source id', () => {
    const flat = flatData();
    const station = stations[0]!;
    expect(messages(schema.StationSchema.safeParse({ ...station, country: 'nl' }))).toEqual([
      'country: expected an ISO 3166-1 alpha-2 country code in upper case, such as "NL"',
    ]);
    expect(messages(schema.StationSchema.safeParse({ ...station, id: 'nl-1' }))).toEqual(['id: expected an id like "nl-01"']);
    const source = flat.stations[0]!.sources[0]!;
    for (const id of ['Nrc-2022', 'nrc-2022-', '-nrc', 'nrc--2022', 'nrc 2022']) {
      expect(messages(schema.SourceSchema.safeParse({ ...source, id })), id).toEqual(['id: expected a kebab-case id']);
    }
  });

  it('accept every event type of the timeline', () => {
    const event = getEvents()[0]!;
    for (const type of ['listed', 'media_report', 'investigation_opened', 'statement', 'raid', 'convicted', 'other']) {
      expect(schema.StationEventSchema.safeParse({ ...event, type }).success, type).toBe(true);
    }
    expect(schema.StationEventSchema.safeParse({ ...event, type: 'rumour' }).success).toBe(false);
  });
});
