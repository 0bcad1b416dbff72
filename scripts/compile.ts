// Reads data/, checks every record against its schema and every reference between
// records, and resolves it into the dataset the package ships. All problems are collected
// and reported together, each naming the file, the record id and the field.
//
// Each real problem is reported once. Records are checked one by one, so that one bad
// value costs only its own record; a broken record still counts as existing and as citing
// what it cites, so that nothing that refers to it, or that it cites, is reported as a
// problem of its own; and checks whose inputs include a broken record are skipped.
import { compareDates, startOf } from '../src/dates.js';
import { currentState } from '../src/status.js';
import { COUNTRY_CODES } from '../src/generated/countries.js';
import type {
  Bureau,
  Dataset,
  HostCountry,
  Province,
  RetiredStation,
  Source,
  Station,
  StationDetailRecord,
  StationEvent,
} from '../src/types.js';
import { STATION_ID } from '../src/schema-common.js';
import {
  EVENT_ID,
  EventEntrySchema,
  MetaFileSchema,
  RecordSchemas,
  StationEntrySchema,
  type BureauEntry,
  type EventEntry,
  type ListFile,
  type StationEntry,
} from './data-files.js';
import type { GeoCity } from './geonames.js';
import { type DataFiles, loadData } from './load-data.js';
import {
  checkRecords,
  checkUnique,
  citedIn,
  idOf,
  isObject,
  type Json,
  Problems,
  reportIssues,
  shippedEvent,
} from './compile-records.js';
import { publishedIds, releaseChanges, type Snapshot } from './snapshots.js';
import { checkActivityAfterClosures, checkIdHistory, locate } from './compile-stations.js';
import { checkHostCountries, checkListFiles, recordsIn, listingEventsOf, resolveReports } from './compile-lists.js';

export class DataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`data/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
  }
}

export interface CompileOptions {
  /** `yyyy-MM-dd`, the day of the build: no date in the data may be later. */
  readonly today: string;
  readonly version: string;
  readonly cities: ReadonlyMap<number, GeoCity>;
  /**
   * The snapshots of the releases so far (`releases/`), oldest first: every station id they
   * hold stays in data/ or has a retirement record, and they give the changes between releases.
   */
  readonly releases: readonly Snapshot[];
}

interface CountryFile {
  readonly file: string;
  readonly country: string;
  readonly json: Json | undefined;
}

/** Reads a data directory and compiles it (`loadData`, then `compileData`). */
export function compileDataset(dataDir: string, options: CompileOptions): Dataset {
  return compileData(loadData(dataDir), options);
}

/**
 * Checks the files of data/, as `loadData` gives them (or as built in memory), and
 * resolves them into the dataset the package ships; a DataError lists every problem.
 */
export function compileData(files: DataFiles, options: CompileOptions): Dataset {
  const problems = new Problems();
  // A file that could not be read is reported where the compiler first needs it, so that
  // problems come in the order of the checks.
  const read = (file: string): Json | undefined => {
    const found = files[file];
    if (found === undefined) {
      problems.add(file, '-', '-', 'the file is missing');
      return undefined;
    }
    if ('problem' in found) {
      problems.addLine(found.problem);
      return undefined;
    }
    return found.json;
  };

  const metaJson = read('meta.json');
  const meta = metaJson === undefined ? undefined : MetaFileSchema.safeParse(metaJson);
  if (meta && !meta.success) reportIssues(problems, 'meta.json', '-', meta.error.issues, metaJson);
  const updated = meta?.success ? meta.data.updated : undefined;

  const listJson = Object.fromEntries(
    (Object.keys(RecordSchemas) as ListFile[]).map((file) => [file, recordsIn(problems, file, read(file))]),
  ) as Record<ListFile, Json[] | undefined>;
  const sources = checkRecords(problems, 'sources.json', listJson['sources.json'], RecordSchemas['sources.json'], 'id');
  const provinces = checkRecords(problems, 'provinces.json', listJson['provinces.json'], RecordSchemas['provinces.json'], 'code');
  const bureaus = checkRecords(problems, 'bureaus.json', listJson['bureaus.json'], RecordSchemas['bureaus.json'], 'id');
  const reports = checkRecords(problems, 'reports.json', listJson['reports.json'], RecordSchemas['reports.json'], 'id');
  const cityNames = checkRecords(
    problems,
    'city-names.json',
    listJson['city-names.json'],
    RecordSchemas['city-names.json'],
    'name',
    (record, i) => (isObject(record) && typeof record.geonameId === 'number' ? String(record.geonameId) : `[${i}]`),
  );

  const countryFiles: CountryFile[] = Object.keys(files)
    .filter((file) => /^stations\/[^/]+\.json$/.test(file))
    .sort()
    .map((file) => ({ file, country: file.slice('stations/'.length, -'.json'.length), json: read(file) }));

  // Dates: none after the day of the build, nor after the revision date in meta.json.
  if (updated !== undefined && startOf(updated) > options.today) {
    problems.add('meta.json', '-', 'updated', `date ${updated} is in the future`);
  }
  const checkDate = (file: string, record: string, field: string, date: string) => {
    if (startOf(date) > options.today) problems.add(file, record, field, `date ${date} is in the future`);
    else if (updated !== undefined && startOf(date) > updated) {
      problems.add(file, record, field, `date ${date} is after meta.json's "updated" (${updated}): update it`);
    }
  };

  const { checkCitations, countries, retired, aliases } = checkListFiles(
    problems,
    listJson,
    { sources, provinces, bureaus, reports, cityNames },
    options.cities,
    checkDate,
  );

  const bureauById = new Map<string, BureauEntry>(bureaus.valid.map((b) => [b.id, b]));
  // One listing event per report, covering every station it lists.
  const listingEvents = listingEventsOf(reports.valid);
  const fileEventsInOrder: EventEntry[] = [];
  const details: Record<string, StationDetailRecord> = {};

  const stations: Station[] = [];
  const stationIds: { id: string; file: string }[] = [];
  // Every station id found in a readable country file (valid record or not), with its file,
  // and the countries whose file could not be read: their ids are unknown.
  const seenStationIds = new Map<string, string>();
  const unreadCountries = new Set<string>();
  const eventIds: { id: string; file: string }[] = [];
  // False once any station record or file could not be read: counts over all stations
  // (a report's identified stations) are then unknown, and are not checked.
  let allStationsRead = true;
  // Countries whose file lists a station, even one whose timeline is broken (that problem
  // is reported, not again as a country without stations).
  const hostFiles = new Set<string>();

  for (const { file, country, json } of countryFiles) {
    if (!COUNTRY_CODES.includes(country)) {
      problems.add(file, '-', 'file name', `"${country}" is not an ISO 3166-1 alpha-2 country code`);
      allStationsRead = false;
      // Its stations still exist, only misfiled: their ids are not lost.
      if (isObject(json) && Array.isArray(json.stations)) {
        for (const record of json.stations) {
          const id = idOf(record);
          if (id !== undefined) seenStationIds.set(id, file);
        }
      }
      continue;
    }
    if (json === undefined) {
      allStationsRead = false;
      unreadCountries.add(country);
      continue;
    }
    if (!isObject(json) || !Array.isArray(json.stations) || !Array.isArray(json.events)) {
      problems.add(file, '-', '-', 'expected an object with a "stations" array and an "events" array');
      allStationsRead = false;
      unreadCountries.add(country);
      continue;
    }
    for (const key of Object.keys(json)) {
      if (!['$schema', 'stations', 'events'].includes(key)) {
        problems.add(
          file,
          '-',
          key,
          `unknown field ${JSON.stringify(key)}; a country file has "$schema", "stations" and "events"`,
        );
      }
    }
    const prefix = country.toLowerCase();
    const stationEntries = checkRecords(problems, file, json.stations, StationEntrySchema, 'id');
    const eventEntries = checkRecords(problems, file, json.events, EventEntrySchema, 'id');
    if (!stationEntries.complete) allStationsRead = false;
    for (const id of stationEntries.ids) if (!seenStationIds.has(id)) seenStationIds.set(id, file);
    // A malformed id (NL-02) may be a published id mistyped: which ids are gone is unknown.
    if (!json.stations.every((record) => STATION_ID.test(idOf(record) ?? ''))) unreadCountries.add(country);
    if (json.stations.length === 0) problems.add(file, '-', 'stations', 'a country file lists at least one station');
    else hostFiles.add(country);
    // An id in the wrong file is reported as such, once, and not again as a duplicate.
    const placed = (ids: Iterable<string>, pattern: RegExp, expected: string, into: { id: string; file: string }[]) => {
      for (const id of ids) {
        if (!pattern.test(id)) continue; // the record's own check has reported it
        if (id.startsWith(expected)) into.push({ id, file });
        else problems.add(file, id, 'id', `must start with "${expected}" in this file`);
      }
    };
    placed(stationEntries.idList, STATION_ID, `${prefix}-`, stationIds);
    // A misfiled id may be one of this country's renamed by mistake: which of its ids are gone is unknown.
    // A station in the wrong file is reported once, as misfiled: it is compiled nowhere, and
    // what counts all stations (a report's identified stations) is not checked meanwhile.
    const misfiled = stationEntries.idList.some((id) => STATION_ID.test(id) && !id.startsWith(`${prefix}-`));
    if (misfiled) {
      unreadCountries.add(country);
      allStationsRead = false;
    }
    placed(eventEntries.idList, EVENT_ID, `${prefix}-e`, eventIds);

    // Stations that a broken event may cover: their timelines are incomplete.
    const uncertain = new Set<string>();
    for (const event of json.events) {
      if (EventEntrySchema.safeParse(event).success) continue;
      const covered = isObject(event) && Array.isArray(event.stations) ? event.stations : [...stationEntries.ids];
      for (const id of covered) if (typeof id === 'string') uncertain.add(id);
    }

    // A station record without a readable, well-formed id may be the one an event names.
    const stationIdsKnown = json.stations.every((record) => STATION_ID.test(idOf(record) ?? ''));
    let previous: EventEntry | undefined;
    for (const event of eventEntries.valid) {
      checkCitations(file, event.id, 'sources', event.sources);
      checkDate(file, event.id, 'date', event.date);
      event.stations.forEach((id, j) => {
        if (stationIdsKnown && !stationEntries.ids.has(id))
          problems.add(file, event.id, `stations.${j}`, `unknown station id "${id}" in this file`);
      });
      if (previous && compareDates(previous.date, event.date) > 0) {
        problems.add(
          file,
          event.id,
          'date',
          `${event.date} is earlier than ${previous.date} of ${previous.id}, which comes before it: events must be in date order (\`npm run data:format\` sorts them)`,
        );
      }
      previous = event;
    }
    fileEventsInOrder.push(...eventEntries.valid);

    for (const entry of stationEntries.valid) {
      if (!entry.id.startsWith(`${prefix}-`)) continue;
      const station = compileStation(file, country, entry, eventEntries.valid, uncertain.has(entry.id));
      if (station) stations.push(station);
    }
  }

  function compileStation(
    file: string,
    country: string,
    entry: StationEntry,
    fileEvents: readonly EventEntry[],
    timelineIncomplete: boolean,
  ): Station | undefined {
    const record = entry.id;
    checkCitations(file, record, 'sources', entry.sources);
    if (entry.opened) checkDate(file, record, 'opened.date', entry.opened.date);
    if ((entry.bureau === null) !== (entry.bureauConfidence === null)) {
      problems.add(file, record, 'bureauConfidence', 'must be null exactly when bureau is null');
    }
    if (entry.bureau !== null && bureaus.idsKnown && !bureaus.ids.has(entry.bureau)) {
      problems.add(file, record, 'bureau', `unknown bureau "${entry.bureau}"; bureaus.json has ${[...bureaus.ids].join(', ')}`);
    }
    const location = locate(problems, options.cities, aliases, file, country, entry);
    entry.reports.forEach((id, i) => {
      if (reports.idsKnown && !reports.ids.has(id))
        problems.add(file, record, `reports.${i}`, `unknown report "${id}"; reports.json has ${[...reports.ids].join(', ')}`);
    });

    const listings = entry.reports.flatMap((id) => {
      const listing = listingEvents.get(id);
      return listing ? [listing] : [];
    });
    const own = fileEvents.filter((event) => event.stations.includes(entry.id));
    // A stable sort keeps listings ahead of same-day events and file order among the rest,
    // as the shipped events table does.
    const timeline = [...listings, ...own].sort((a, b) => compareDates(a.date, b.date));
    checkActivityAfterClosures(problems, file, entry.id, timeline);
    const state = currentState(timeline);
    if (state === null) {
      // A listing is missing where a report is unknown or broken: that problem is reported.
      if (!timelineIncomplete && entry.reports.every((id) => listingEvents.has(id))) {
        problems.add(file, record, 'events', 'no event sets a state: cite a report or add a dated event');
      }
      return undefined;
    }
    for (const listing of listings) listing.stations.push(entry.id);
    details[entry.id] = { notes: entry.notes, sources: entry.sources };
    const bureau = entry.bureau === null ? undefined : bureauById.get(entry.bureau);
    return {
      id: entry.id,
      country,
      city: entry.city,
      location,
      bureau: entry.bureau,
      bureauConfidence: entry.bureauConfidence,
      province: bureau?.province ?? null,
      opened: entry.opened,
      nameZh: entry.nameZh,
      reports: entry.reports,
      evidence: entry.evidence,
      confidence: entry.confidence,
      ...state,
    } as Station;
  }

  const listIds = [
    ['source', sources, 'sources.json'],
    ['bureau', bureaus, 'bureaus.json'],
    ['province', provinces, 'provinces.json'],
    ['report', reports, 'reports.json'],
    ['country', countries, 'countries.json'],
  ] as const;
  for (const [what, records, file] of listIds)
    checkUnique(
      problems,
      what,
      records.idList.map((id) => ({ id, file })),
    );
  if (checkUnique(problems, 'station', stationIds) > 0) allStationsRead = false;
  if (allStationsRead) checkHostCountries(problems, countries, hostFiles);
  checkUnique(problems, 'event', eventIds);

  checkUnique(
    problems,
    'retired station',
    retired.idList.map((id) => ({ id, file: 'retired.json' })),
  );
  const published = publishedIds(options.releases);
  checkIdHistory(problems, { files: seenStationIds, unreadCountries }, retired, published);

  // A source is unused only if no file cites it; when a file cannot be read, that is unknown.
  const everyFileRead = [metaJson, ...Object.values(listJson), ...countryFiles.map((f) => f.json)].every((j) => j !== undefined);
  if (everyFileRead) {
    const cited = new Set<string>();
    for (const json of [...Object.values(listJson), ...countryFiles.map((f) => f.json)]) citedIn(json, cited);
    for (const id of sources.ids) if (!cited.has(id)) problems.add('sources.json', id, 'id', 'source is cited by nothing');
  }

  stations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const resolvedReports = resolveReports(problems, reports.valid, stations, allStationsRead);

  if (problems.list.length > 0) throw new DataError(problems.list);
  const listings = [...listingEvents.values()].filter((event) => event.stations.length > 0);
  for (const listing of listings) listing.stations.sort();
  // Listings first, then file order; a stable sort by date keeps that order within a day,
  // which is the order the timelines were derived in.
  const events: StationEvent[] = [...listings, ...fileEventsInOrder.map(shippedEvent)].sort((a, b) =>
    compareDates(a.date, b.date),
  );
  return {
    info: {
      version: options.version,
      updated: updated!,
      counts: {
        stations: stations.length,
        countries: new Set(stations.map((s) => s.country)).size,
        events: events.length,
        sources: sources.valid.length,
      },
    },
    stations,
    details,
    events,
    countries: [...countries.valid].sort((a, b) => (a.code < b.code ? -1 : 1)) as HostCountry[],
    bureaus: bureaus.valid as Bureau[],
    provinces: provinces.valid as Province[],
    reports: resolvedReports,
    sources: sources.valid as Source[],
    retired: retired.valid
      .map((entry): RetiredStation => ({ ...entry, lastVersion: published.get(entry.id) ?? null }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    changes: releaseChanges(options.releases),
  };
}
