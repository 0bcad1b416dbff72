// Conversions of station records into the shapes other tools read: a flat record with
// every reference resolved, CSV (RFC 4180) and GeoJSON (RFC 7946).
import { bureaus, dataset, detailRecords, provinces, reports, sourcesById, timelinesById } from './data.js';
import { compareDates } from './dates.js';
import type { EventInput, FlatDataset, FlatEvent, FlatStation, Source, Station, StationEvent } from './types.js';
import { CSV_COLUMNS, LIST_SEPARATOR } from './csv-columns.js';
import { csvCell } from './csv-cell.js';
import { unknownValue } from './validate.js';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
const isStringArray = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Enough of a station's shape for the conversions to work on it without failing midway. */
function isStation(value: unknown): value is Station {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isStringArray(value.reports) &&
    (value.location === null ||
      (isObject(value.location) && typeof value.location.lat === 'number' && typeof value.location.lon === 'number')) &&
    (value.opened === null || (isObject(value.opened) && typeof value.opened.date === 'string'))
  );
}

function expectStations(fn: string, value: unknown): readonly Station[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: stations must be an array of station records`);
  value.forEach((station, i) => {
    if (!isStation(station)) throw new TypeError(`${fn}: stations[${i}] is not a station record`);
  });
  return value;
}

/** Options of the conversions, for stations of your own (see `createQueries`). */
export interface FormatOptions {
  /** The events to take timelines from, instead of this dataset's (`getEvents()`). */
  readonly events?: readonly EventInput[];
  /**
   * Sources that your own stations and events cite, besides this dataset's (`getSources()`). An
   * id that is already in `getSources()` must name the same source.
   */
  readonly sources?: readonly Source[];
}

/** What a conversion resolves references against: sources by id, and timelines by station. */
interface Context {
  readonly fn: string;
  readonly sources: ReadonlyMap<string, Source>;
  readonly timelines: ReadonlyMap<string, readonly StationEvent[]>;
}

/**
 * Each station's events, oldest first (a stable sort keeps the given order within a day),
 * with `scope` and `observed` filled in where left out.
 */
function timelinesOf(events: readonly EventInput[]): ReadonlyMap<string, readonly StationEvent[]> {
  const timelines = new Map<string, StationEvent[]>();
  const complete = events.map((event) => ({ ...event, scope: event.scope ?? 'station', observed: event.observed ?? null }));
  for (const event of complete.sort((a, b) => compareDates(a.date, b.date))) {
    for (const id of event.stations) {
      const timeline = timelines.get(id);
      if (timeline) timeline.push(event);
      else timelines.set(id, [event]);
    }
  }
  return timelines;
}

function contextOf(fn: string, options: unknown): Context {
  const embeddedSources = sourcesById();
  if (options === undefined) return { fn, sources: embeddedSources, timelines: timelinesById() };
  if (!isObject(options)) throw new TypeError(`${fn}: options must be an object`);
  let timelines = timelinesById();
  if (options.events !== undefined) {
    if (
      !Array.isArray(options.events) ||
      !options.events.every((e) => isObject(e) && isStringArray(e.stations) && isStringArray(e.sources))
    ) {
      throw new TypeError(`${fn}: options.events must be an array of events, each with stations and sources`);
    }
    timelines = timelinesOf(options.events);
  }
  const extra = options.sources;
  if (extra === undefined) return { fn, sources: embeddedSources, timelines };
  if (!Array.isArray(extra)) throw new TypeError(`${fn}: options.sources must be an array of sources`);
  const lookup = new Map(embeddedSources);
  extra.forEach((source: unknown, i) => {
    if (!isObject(source) || typeof source.id !== 'string' || typeof source.url !== 'string') {
      throw new TypeError(`${fn}: options.sources[${i}] is not a source (an object with string id and url)`);
    }
    const known = embeddedSources.get(source.id);
    if (known && JSON.stringify(known) !== JSON.stringify(source)) {
      throw new RangeError(`${fn}: options.sources[${i}] reuses the id "${source.id}" of a different source in \`getSources()\``);
    }
    lookup.set(source.id, source as unknown as Source);
  });
  return { fn, sources: lookup, timelines };
}

function resolveSources(context: Context, ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const source = context.sources.get(id);
    if (!source) throw unknownValue(context.fn, 'source id', id, 'an id from `getSources()` or `options.sources`');
    return source;
  });
}

function flattenOne(context: Context, station: Station): FlatStation {
  const bureau = station.bureau === null ? undefined : bureaus.find((b) => b.id === station.bureau);
  const details = detailRecords();
  const record = Object.hasOwn(details, station.id) ? details[station.id] : undefined;
  const timeline = context.timelines.get(station.id) ?? [];
  return {
    ...station,
    bureau: bureau ? { id: bureau.id, name: bureau.name, nameZh: bureau.nameZh, seat: bureau.seat } : null,
    province: station.province === null ? null : (provinces.find((p) => p.code === station.province) ?? null),
    reports: station.reports.map((id) => {
      const report = reports.find((r) => r.id === id);
      if (!report) throw unknownValue(context.fn, 'report', id, 'an id from `reports`');
      const { title, publisher, published, url } = report;
      return { id, title, publisher, published, url };
    }),
    notes: record?.notes ?? null,
    sources: resolveSources(context, record?.sources ?? []),
    events: timeline.map(
      ({ stations: _stations, ...event }): FlatEvent => ({ ...event, sources: resolveSources(context, event.sources) }),
    ),
  };
}

/**
 * Stations with everything resolved (bureau, province, reports, notes, sources and
 * timeline), as in `data/stations.json`.
 */
export function flatten(stations: readonly Station[], options?: FormatOptions): FlatStation[] {
  const context = contextOf('flatten', options);
  return expectStations('flatten', stations).map((station) => flattenOne(context, station));
}

/** The content of `data/stations.json` for these stations: version, revision date and flat records. */
export function toJSON(stations: readonly Station[], options?: FormatOptions): FlatDataset {
  const context = contextOf('toJSON', options);
  const flat = expectStations('toJSON', stations).map((station) => flattenOne(context, station));
  return { version: dataset.version, updated: dataset.updated, stations: flat };
}

/**
 * One RFC 4180 row per station (CRLF line ends, a header row, fields quoted only when
 * needed), in the order of `CSV_COLUMNS`. A text cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is written with a leading `'`, so that no spreadsheet runs
 * it as a formula. Source URLs are the station's own and its
 * events', without repeats.
 */
export function toCSV(stations: readonly Station[], options?: FormatOptions): string {
  const context = contextOf('toCSV', options);
  const rows = expectStations('toCSV', stations).map((station) => {
    const flat = flattenOne(context, station);
    const urls = [...new Set([...flat.sources, ...flat.events.flatMap((e) => e.sources)].map((s) => s.url))];
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: station.id,
      country: station.country,
      city: station.city,
      latitude: station.location?.lat ?? null,
      longitude: station.location?.lon ?? null,
      geonames_id: station.location?.geonameId ?? null,
      bureau: station.bureau,
      bureau_confidence: station.bureauConfidence,
      province: station.province,
      opened: station.opened?.date ?? null,
      name_zh: station.nameZh,
      reports: station.reports.join(LIST_SEPARATOR),
      evidence: station.evidence,
      confidence: station.confidence,
      operation: station.operation,
      closure: station.closure,
      closure_ordered: station.closureOrdered,
      last_reported_active: station.lastReportedActive,
      investigation: station.investigation,
      investigation_as_of: station.investigationAsOf,
      legal: station.legal,
      status: station.status,
      status_since: station.statusSince,
      last_heard: station.lastHeard,
      events: flat.events.length,
      notes: flat.notes,
      source_urls: urls.join(LIST_SEPARATOR),
    };
    return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}

/** One station as a GeoJSON Point feature, with its flat record as properties. */
export interface StationFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: FlatStation;
}

/** The GeoJSON FeatureCollection that `toGeoJSON` returns. */
export interface StationFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly StationFeature[];
}

/**
 * An RFC 7946 FeatureCollection with one Point (longitude, latitude) per station that
 * has a location; its properties are the flat record. Stations without a city are left
 * out: `stations.filter((s) => s.location === null)` lists them.
 */
export function toGeoJSON(stations: readonly Station[], options?: FormatOptions): StationFeatureCollection {
  const context = contextOf('toGeoJSON', options);
  const features = expectStations('toGeoJSON', stations).flatMap((station): StationFeature[] =>
    station.location
      ? [
          {
            type: 'Feature',
            id: station.id,
            geometry: { type: 'Point', coordinates: [station.location.lon, station.location.lat] },
            properties: flattenOne(context, station),
          },
        ]
      : [],
  );
  return { type: 'FeatureCollection', features };
}
