// Conversions of station records into the shapes other tools read: a flat record with
// every reference resolved, CSV (RFC 4180) and GeoJSON (RFC 7946).
import { bureaus, countryCodes, dataset, provinces, reports, sources } from './data.js';
import { lastStatusChange } from './status.js';
import type { FlatDataset, FlatStation, Source, Station } from './types.js';
import { expectString, unknownValue } from './validate.js';

const sourceById = new Map(sources.map((s) => [s.id, s]));
const bureauById = new Map(bureaus.map(({ province: _p, sources: _s, ...bureau }) => [bureau.id, bureau]));
const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
const reportById = new Map(
  reports.map(({ id, title, publisher, published, url }) => [id, { id, title, publisher, published, url }]),
);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
const isStringArray = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Enough of a station's shape for the conversions to work on it without failing midway. */
function isStation(value: unknown): value is Station {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isStringArray(value.reports) &&
    isStringArray(value.sources) &&
    Array.isArray(value.events) &&
    value.events.every(
      (e) => isObject(e) && typeof e.date === 'string' && typeof e.type === 'string' && isStringArray(e.sources),
    ) &&
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

/** Options of the conversions. */
export interface FormatOptions {
  /**
   * Sources that your own stations cite, besides this dataset's `sources`. An id that is
   * already in `sources` must name the same source.
   */
  readonly sources?: readonly Source[];
}

type SourceLookup = ReadonlyMap<string, Source>;

/** The dataset's sources, with the caller's own added. */
function sourceLookup(fn: string, options: unknown): SourceLookup {
  if (options === undefined) return sourceById;
  if (!isObject(options)) throw new TypeError(`${fn}: options must be an object`);
  const extra = options.sources;
  if (extra === undefined) return sourceById;
  if (!Array.isArray(extra)) throw new TypeError(`${fn}: options.sources must be an array of sources`);
  const lookup = new Map(sourceById);
  extra.forEach((source: unknown, i) => {
    if (!isObject(source) || typeof source.id !== 'string' || typeof source.url !== 'string') {
      throw new TypeError(`${fn}: options.sources[${i}] is not a source (an object with string id and url)`);
    }
    const known = sourceById.get(source.id);
    if (known && JSON.stringify(known) !== JSON.stringify(source)) {
      throw new RangeError(`${fn}: options.sources[${i}] reuses the id "${source.id}" of a different source in \`sources\``);
    }
    lookup.set(source.id, source as unknown as Source);
  });
  return lookup;
}

function resolveSources(fn: string, ids: readonly string[], lookup: SourceLookup): Source[] {
  return ids.map((id) => {
    const source = lookup.get(id);
    if (!source) throw unknownValue(fn, 'source id', id, 'an id from `sources` or `options.sources`');
    return source;
  });
}

function flattenOne(fn: string, station: Station, lookup: SourceLookup): FlatStation {
  return {
    ...station,
    bureau: station.bureau === null ? null : (bureauById.get(station.bureau) ?? null),
    province: station.province === null ? null : (provinceByCode.get(station.province) ?? null),
    reports: station.reports.map((id) => {
      const report = reportById.get(id);
      if (!report) throw unknownValue(fn, 'report', id, 'an id from `reports`');
      return report;
    }),
    events: station.events.map((event) => ({ ...event, sources: resolveSources(fn, event.sources, lookup) })),
    sources: resolveSources(fn, station.sources, lookup),
  };
}

/** Stations with their bureau, province, reports, events and sources resolved, as in `data/stations.json`. */
export function flatten(stations: readonly Station[], options?: FormatOptions): FlatStation[] {
  const lookup = sourceLookup('flatten', options);
  return expectStations('flatten', stations).map((station) => flattenOne('flatten', station, lookup));
}

/** The content of `data/stations.json` for these stations: version, revision date and flat records. */
export function toJSON(stations: readonly Station[], options?: FormatOptions): FlatDataset {
  const lookup = sourceLookup('toJSON', options);
  const flat = expectStations('toJSON', stations).map((station) => flattenOne('toJSON', station, lookup));
  return { version: dataset.version, updated: dataset.updated, stations: flat };
}

/** Columns of `toCSV`, in order. List-valued cells are joined with `LIST_SEPARATOR`. */
export const CSV_COLUMNS = [
  'id',
  'country',
  'city',
  'latitude',
  'longitude',
  'geonames_id',
  'bureau',
  'bureau_confidence',
  'province',
  'opened',
  'name_zh',
  'reports',
  'evidence',
  'confidence',
  'status',
  'status_since',
  'events',
  'notes',
  'source_urls',
] as const;

/** What joins the items of a list-valued CSV cell, such as `reports` or `source_urls`. */
export const LIST_SEPARATOR = ' | ';

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One RFC 4180 row per station (CRLF line ends, a header row, fields quoted only when
 * needed), in the order of `CSV_COLUMNS`. Source URLs are the station's own and its
 * events', without repeats.
 */
export function toCSV(stations: readonly Station[], options?: FormatOptions): string {
  const lookup = sourceLookup('toCSV', options);
  const rows = expectStations('toCSV', stations).map((station) => {
    const flat = flattenOne('toCSV', station, lookup);
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
      status: station.status,
      status_since: lastStatusChange(station.events)?.event.date ?? null,
      events: station.events.length,
      notes: station.notes,
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
  const lookup = sourceLookup('toGeoJSON', options);
  const features = expectStations('toGeoJSON', stations).flatMap((station): StationFeature[] =>
    station.location
      ? [
          {
            type: 'Feature',
            id: station.id,
            geometry: { type: 'Point', coordinates: [station.location.lon, station.location.lat] },
            properties: flattenOne('toGeoJSON', station, lookup),
          },
        ]
      : [],
  );
  return { type: 'FeatureCollection', features };
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in a language, through `Intl.DisplayNames`: `countryName('NL')` is
 * "Netherlands", `countryName('NL', 'de')` "Niederlande". The answer never depends on the
 * machine's locale: a region or variant the runtime has no names for falls back to its
 * language (`'de-XX'` answers in German), and a locale whose language it has no names for
 * (`'xx'`), or a malformed one, throws a RangeError rather than answering in the host's
 * language. Throws a RangeError for a code that is not ISO 3166-1 alpha-2.
 */
export function countryName(code: string, locale = 'en'): string {
  const upper = expectString('countryName', 'code', code).toUpperCase();
  expectString('countryName', 'locale', locale);
  if (!countryCodes.has(upper)) throw unknownValue('countryName', 'country', code, 'an ISO 3166-1 alpha-2 code such as "NL"');
  let names = displayNames.get(locale);
  if (!names) {
    // Intl.DisplayNames falls back to the host's locale for one it has no data for: ask first.
    let supported: string[] = [];
    try {
      supported = Intl.DisplayNames.supportedLocalesOf([locale]);
    } catch {
      // A malformed tag: reported below like an unsupported one.
    }
    if (supported.length === 0) {
      throw unknownValue(
        'countryName',
        'locale',
        locale,
        'a BCP 47 language tag of a language Intl.DisplayNames has names for, such as "en", "fr" or "zh-Hant"',
      );
    }
    names = new Intl.DisplayNames(supported, { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(upper) ?? upper;
}
