// Checks the references among the list files (sources, provinces, bureaus, reports,
// countries, retired ids, city names) once each has been read record by record.
import type { HostCountry, Report, Station, StationEvent } from '../src/types.js';
import type { GeoCity } from './geonames.js';
import type { CityAliases } from './compile-stations.js';
import { checkRecords, fold, isObject, type Json, type Problems, type Records } from './compile-records.js';
import {
  LIST_KEYS,
  RecordSchemas,
  type BureauEntry,
  type CityNameEntry,
  type ListFile,
  type ProvinceEntry,
  type ReportEntry,
  type SourceEntry,
} from './data-files.js';

/**
 * The records of a list file (`{ "$schema": …, "<key>": [ … ] }`), or `undefined` once
 * it is reported why there are none to read.
 */
export function recordsIn(problems: Problems, file: ListFile, json: Json | undefined): Json[] | undefined {
  if (json === undefined) return undefined;
  const key = LIST_KEYS[file];
  if (!isObject(json) || !Array.isArray(json[key])) {
    const old = Array.isArray(json) ? ': a bare array is the form before 3.1, which `npm run data:format` converts' : '';
    problems.add(file, '-', '-', `expected an object with "$schema" and a "${key}" array${old}`);
    return undefined;
  }
  for (const other of Object.keys(json)) {
    if (other !== '$schema' && other !== key)
      problems.add(file, '-', other, `unknown field ${JSON.stringify(other)}; ${file} has "$schema" and "${key}"`);
  }
  return json[key] as Json[];
}

/** Checks one date of a record (see compileData): none after the build's day or meta.json's revision. */
export type CheckDate = (file: string, record: string, field: string, date: string) => void;
/** Checks that every id of a record's `field` names a source. */
export type CheckCitations = (file: string, record: string, field: string, ids: readonly string[]) => void;

/** The list files read before the station files. */
export interface ListRecords {
  readonly sources: Records<SourceEntry>;
  readonly provinces: Records<ProvinceEntry>;
  readonly bureaus: Records<BureauEntry>;
  readonly reports: Records<ReportEntry>;
  readonly cityNames: Records<CityNameEntry>;
}

/**
 * Checks the dates and references of the list files, and reads the two list files whose
 * checks come after them (countries.json, retired.json); gives what the station files need.
 */
export function checkListFiles(
  problems: Problems,
  listJson: Readonly<Record<ListFile, Json[] | undefined>>,
  { sources, provinces, bureaus, reports, cityNames }: ListRecords,
  cities: ReadonlyMap<number, GeoCity>,
  checkDate: CheckDate,
) {
  const sourceIds = sources.ids;
  const checkCitations = (file: string, record: string, field: string, ids: readonly string[]) => {
    if (!sources.idsKnown) return;
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.add(file, record, `${field}.${i}`, `unknown source id "${id}"`);
    });
  };

  for (const source of sources.valid) if (source.date) checkDate('sources.json', source.id, 'date', source.date);
  for (const bureau of bureaus.valid) {
    checkCitations('bureaus.json', bureau.id, 'sources', bureau.sources);
    if (provinces.idsKnown && !provinces.ids.has(bureau.province)) {
      problems.add(
        'bureaus.json',
        bureau.id,
        'province',
        `unknown province "${bureau.province}"; provinces.json has ${[...provinces.ids].join(', ')}`,
      );
    }
  }
  for (const report of reports.valid) {
    checkCitations('reports.json', report.id, 'sources', report.sources);
    checkDate('reports.json', report.id, 'published', report.published);
    report.unidentified.forEach((gap, i) => {
      checkCitations('reports.json', report.id, `unidentified.${i}.sources`, gap.sources);
    });
  }
  const countries = checkRecords(problems, 'countries.json', listJson['countries.json'], RecordSchemas['countries.json'], 'code');
  for (const entry of countries.valid) checkDate('countries.json', entry.code, 'reviewed', entry.reviewed);
  const retired = checkRecords(problems, 'retired.json', listJson['retired.json'], RecordSchemas['retired.json'], 'id');
  for (const entry of retired.valid) checkDate('retired.json', entry.id, 'date', entry.date);
  const aliases = new Map<number, Set<string>>();
  // False when a record of city-names.json is broken or names no known city: the name it
  // was meant to give may be any station's, so names are then not checked against ids.
  let aliasesKnown = cityNames.complete;
  for (const entry of cityNames.valid) {
    if (!cities.has(entry.geonameId)) {
      problems.add('city-names.json', String(entry.geonameId), 'geonameId', `GeoNames id ${entry.geonameId} is not a known city`);
      aliasesKnown = false;
    }
    const names = aliases.get(entry.geonameId) ?? new Set<string>();
    names.add(fold(entry.name));
    aliases.set(entry.geonameId, names);
  }
  return { checkCitations, countries, retired, aliases: { names: aliases, known: aliasesKnown } as CityAliases };
}

/** One listing event per report, to which each station it lists is added as it compiles. */
export function listingEventsOf(reports: readonly ReportEntry[]): Map<string, StationEvent & { stations: string[] }> {
  return new Map(
    reports.map((report) => [
      report.id,
      {
        id: `listed-${report.id}`,
        date: report.published,
        dateBasis: 'event',
        type: 'listed',
        scope: 'station',
        observed: null,
        actor: report.publisher,
        summary: `Listed in the report "${report.title}".`,
        sources: report.sources,
        stations: [],
      },
    ]),
  );
}

/** Each host country says how current its record is; a country without stations has no entry. */
export function checkHostCountries(problems: Problems, countries: Records<HostCountry>, hosts: ReadonlySet<string>): void {
  for (const code of [...hosts].sort()) {
    if (!countries.ids.has(code))
      problems.add('countries.json', code, 'code', `missing: ${code} has stations, so it needs a reviewed date`);
  }
  for (const entry of countries.valid) {
    if (!hosts.has(entry.code))
      problems.add('countries.json', entry.code, 'code', `${entry.code} has no station in data/stations/`);
  }
}

/**
 * The reports with the stations and countries they identify; when every station was read
 * (`countsKnown`), what they identify plus what they leave unidentified must equal what they claim.
 */
export function resolveReports(
  problems: Problems,
  reports: readonly ReportEntry[],
  stations: readonly Station[],
  countsKnown: boolean,
): Report[] {
  return reports.map((report) => {
    const listed = stations.filter((s) => s.reports.includes(report.id as Station['reports'][number]));
    const identified = { stations: listed.length, countries: new Set(listed.map((s) => s.country)).size };
    const missing = report.unidentified.reduce((sum, gap) => sum + gap.count, 0);
    if (countsKnown && identified.stations + missing !== report.claimed.stations) {
      problems.add(
        'reports.json',
        report.id,
        'unidentified',
        `claimed ${report.claimed.stations} stations but ${identified.stations} are identified and ${missing} listed as unidentified`,
      );
    }
    return { ...report, identified } as Report;
  });
}
