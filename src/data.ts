// The embedded dataset, as the build generated it from data/: one deeply frozen table per
// export. Events, sources and station details are parsed on first use, so that importing
// the package costs little more than parsing the station records, and an app that never
// uses them does not bundle them.
import { parseFrozen } from './freeze.js';
import { COUNTRY_CODES } from './generated/countries.js';
import { BUREAUS, COUNTRIES, INFO, PROVINCES, REPORTS, RETIRED, STATIONS } from './generated/tables.js';
import { detailsText, eventsText, sourcesText } from './lazy.js';
import type {
  Bureau,
  DatasetInfo,
  HostCountry,
  Province,
  Report,
  RetiredStation,
  Source,
  Station,
  StationDetailRecord,
  StationEvent,
} from './types.js';

/** Every station, sorted by id. Deeply frozen. */
export const stations: readonly Station[] = STATIONS;
/** The operating public security bureaus. */
export const bureaus: readonly Bureau[] = BUREAUS;
/** The Chinese provinces of the operating bureaus. */
export const provinces: readonly Province[] = PROVINCES;
/** The reports, with what they claimed and how much of it the dataset identifies. */
export const reports: readonly Report[] = REPORTS;
/** Version, revision date and counts of the embedded dataset. */
export const dataset: DatasetInfo = INFO;
/**
 * Each host country with how current its record is: the day up to which its government's
 * responses were searched (`reviewed`) and what that search found last (`note`). By code.
 */
export const countries: readonly HostCountry[] = COUNTRIES;
/**
 * Every station id retired since a release shipped it, sorted by id: when, why, and the
 * station it was merged into (`data/retired.json`). `getStation` knows none of them.
 */
export const retired: readonly RetiredStation[] = RETIRED;
/** Every ISO 3166-1 alpha-2 code, for validating country arguments. */
export const countryCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(COUNTRY_CODES);

let events: readonly StationEvent[] | undefined;
let sources: readonly Source[] | undefined;
let details: Readonly<Record<string, StationDetailRecord>> | undefined;

/**
 * Every event, oldest first (a report's listing and a country-wide event are one event
 * each), with the ids of the stations it concerns. Deeply frozen; parsed on first call.
 */
export function getEvents(): readonly StationEvent[] {
  events ??= parseFrozen<readonly StationEvent[]>(eventsText());
  return events;
}

/** Every source cited by a station, event, bureau or report. Deeply frozen; parsed on first call. */
export function getSources(): readonly Source[] {
  sources ??= parseFrozen<readonly Source[]>(sourcesText());
  return sources;
}

/** The notes and source ids of each station, by id. */
export function detailRecords(): Readonly<Record<string, StationDetailRecord>> {
  details ??= parseFrozen<Readonly<Record<string, StationDetailRecord>>>(detailsText());
  return details;
}

let sourceMap: ReadonlyMap<string, Source> | undefined;
let timelineMap: ReadonlyMap<string, readonly StationEvent[]> | undefined;

/** Every source of `getSources()` by its id. Built on first call. */
export function sourcesById(): ReadonlyMap<string, Source> {
  sourceMap ??= new Map(getSources().map((s) => [s.id, s]));
  return sourceMap;
}

/**
 * Each station's events by station id, oldest first in the order of the events table (a
 * frozen list for every station). Built on first call.
 */
export function timelinesById(): ReadonlyMap<string, readonly StationEvent[]> {
  if (!timelineMap) {
    const lists = new Map<string, StationEvent[]>(stations.map((s) => [s.id, []]));
    for (const event of getEvents()) for (const id of event.stations) lists.get(id)?.push(event);
    for (const list of lists.values()) Object.freeze(list);
    timelineMap = lists;
  }
  return timelineMap;
}
