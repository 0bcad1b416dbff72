// Reads data/, checks every file against its schema and every reference between files,
// and resolves it into the dataset the package ships. All problems are collected and
// reported together, each naming the file, the record id and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { compareDates, startOf } from '../src/dates.js';
import { statusAt } from '../src/status.js';
import { COUNTRY_CODES } from '../src/generated/countries.js';
import type { Dataset, Report, Station, StationEvent } from '../src/types.js';
import {
  BureausFileSchema,
  CountryFileSchema,
  MetaFileSchema,
  ProvincesFileSchema,
  ReportsFileSchema,
  SourcesFileSchema,
  type CountryFile,
} from './data-files.js';
import type { GeoCity } from './geonames.js';

export class DataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`data/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
  }
}

export interface CompileOptions {
  /** `yyyy-MM-dd`: no date in the data may be later. */
  readonly today: string;
  readonly version: string;
  readonly cities: ReadonlyMap<number, GeoCity>;
}

type Problems = string[];

function problem(problems: Problems, file: string, record: string, field: string, message: string): void {
  problems.push(`${file}: ${record}: ${field}: ${message}`);
}

/** Parses a JSON file against a schema; on failure, records one problem per issue. */
function readFile<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
  problems: Problems,
): z.infer<S> | undefined {
  const file = relative(root, path) || path;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problem(problems, file, '-', '-', `cannot read JSON (${(error as Error).message})`);
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [record, field] = locate(json, issue.path);
    problem(problems, file, record, field, issue.message);
  }
  return undefined;
}

/** Names the record an issue is in (by its id where it has one) and the field path within it. */
function locate(json: unknown, path: readonly PropertyKey[]): [string, string] {
  let node: unknown = json;
  let record = '-';
  let fieldStart = 0;
  for (let i = 0; i < path.length; i++) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[path[i]!];
    if (typeof path[i] === 'number' && node && typeof node === 'object' && record === '-') {
      const id = (node as { id?: unknown; code?: unknown }).id ?? (node as { code?: unknown }).code;
      record = typeof id === 'string' ? id : `${path.slice(0, i + 1).join('.')}`;
      fieldStart = i + 1;
    }
  }
  const field = path.slice(fieldStart).map(String).join('.') || '-';
  return [record, field];
}

function checkUnique(problems: Problems, file: string, ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problem(problems, file, id, 'id', `duplicate ${what} id`);
    seen.add(id);
  }
}

export function compileDataset(dataDir: string, options: CompileOptions): Dataset {
  const problems: Problems = [];
  const path = (name: string) => join(dataDir, name);
  const meta = readFile(dataDir, path('meta.json'), MetaFileSchema, problems);
  const sources = readFile(dataDir, path('sources.json'), SourcesFileSchema, problems) ?? [];
  const provinces = readFile(dataDir, path('provinces.json'), ProvincesFileSchema, problems) ?? [];
  const bureaus = readFile(dataDir, path('bureaus.json'), BureausFileSchema, problems) ?? [];
  const reports = readFile(dataDir, path('reports.json'), ReportsFileSchema, problems) ?? [];
  const countryFiles = readdirSync(path('stations'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: `stations/${name}`,
      country: name.slice(0, -'.json'.length),
      data: readFile(dataDir, path(`stations/${name}`), CountryFileSchema, problems),
    }));

  checkUnique(problems, 'sources.json', sources.map((s) => s.id), 'source');
  checkUnique(problems, 'bureaus.json', bureaus.map((b) => b.id), 'bureau');
  checkUnique(problems, 'provinces.json', provinces.map((p) => p.code), 'province');
  checkUnique(problems, 'reports.json', reports.map((r) => r.id), 'report');

  const sourceIds = new Set(sources.map((s) => s.id));
  const usedSources = new Set<string>();
  const cite = (file: string, record: string, field: string, ids: readonly string[]) => {
    ids.forEach((id, i) => {
      usedSources.add(id);
      if (!sourceIds.has(id)) problem(problems, file, record, `${field}.${i}`, `unknown source id "${id}"`);
    });
  };
  const notFuture = (file: string, record: string, field: string, date: string) => {
    if (startOf(date) > options.today) problem(problems, file, record, field, `date ${date} is in the future`);
  };

  for (const source of sources) if (source.date) notFuture('sources.json', source.id, 'date', source.date);
  if (meta) notFuture('meta.json', '-', 'updated', meta.updated);
  const provinceCodes = new Set(provinces.map((p) => p.code));
  for (const bureau of bureaus) {
    cite('bureaus.json', bureau.id, 'sources', bureau.sources);
    if (!provinceCodes.has(bureau.province)) {
      problem(problems, 'bureaus.json', bureau.id, 'province', `unknown province "${bureau.province}"`);
    }
  }
  for (const report of reports) {
    cite('reports.json', report.id, 'sources', report.sources);
    notFuture('reports.json', report.id, 'published', report.published);
    report.unidentified.forEach((gap, i) => cite('reports.json', report.id, `unidentified.${i}.sources`, gap.sources));
  }

  const bureauById = new Map(bureaus.map((b) => [b.id, b]));
  const reportById = new Map<string, (typeof reports)[number]>(reports.map((r) => [r.id, r]));
  const listingEvent = (reportId: string): StationEvent | undefined => {
    const report = reportById.get(reportId);
    if (!report) return undefined;
    return {
      id: `listed-${report.id}`,
      date: report.published,
      dateBasis: 'event',
      type: 'listed',
      actor: report.publisher,
      summary: `Listed in the report "${report.title}".`,
      sources: report.sources,
    };
  };

  const stations: Station[] = [];
  const allStationIds: string[] = [];
  let eventCount = 0;
  for (const { file, country, data } of countryFiles) {
    if (!COUNTRY_CODES.includes(country)) {
      problem(problems, file, '-', 'file name', `"${country}" is not an ISO 3166-1 alpha-2 country code`);
      continue;
    }
    if (!data) continue;
    stations.push(...compileCountry(file, country, data));
  }

  function compileCountry(file: string, country: string, data: CountryFile): Station[] {
    const ids = new Set(data.stations.map((s) => s.id));
    allStationIds.push(...data.stations.map((s) => s.id));
    data.events.forEach((event, i) => {
      cite(file, event.id, 'sources', event.sources);
      notFuture(file, event.id, 'date', event.date);
      event.stations.forEach((id, j) => {
        if (!ids.has(id)) problem(problems, file, event.id, `stations.${j}`, `unknown station id "${id}" in this file`);
      });
      const previous = data.events[i - 1];
      if (previous && compareDates(previous.date, event.date) > 0) {
        problem(problems, file, event.id, 'date', `events must be sorted by date: ${event.date} comes after ${previous.date}`);
      }
    });
    checkUnique(problems, file, data.events.map((e) => e.id), 'event');
    eventCount += data.events.length;

    return data.stations.map((entry) => {
      const record = entry.id;
      if (!entry.id.startsWith(`${country.toLowerCase()}-`)) {
        problem(problems, file, record, 'id', `must start with "${country.toLowerCase()}-"`);
      }
      cite(file, record, 'sources', entry.sources);
      if (entry.opened) notFuture(file, record, 'opened.date', entry.opened.date);
      if ((entry.bureau === null) !== (entry.bureauConfidence === null)) {
        problem(problems, file, record, 'bureauConfidence', 'must be null exactly when bureau is null');
      }
      const bureau = entry.bureau === null ? undefined : bureauById.get(entry.bureau);
      if (entry.bureau !== null && !bureau) problem(problems, file, record, 'bureau', `unknown bureau "${entry.bureau}"`);

      let location: Station['location'] = null;
      if ((entry.city === null) !== (entry.geonameId === null)) {
        problem(problems, file, record, 'geonameId', 'must be null exactly when city is null');
      } else if (entry.geonameId !== null) {
        const city = options.cities.get(entry.geonameId);
        if (!city) problem(problems, file, record, 'geonameId', `GeoNames id ${entry.geonameId} is not a known city`);
        else if (city.country !== country) {
          problem(problems, file, record, 'geonameId', `GeoNames id ${entry.geonameId} (${city.name}) is in ${city.country}, not ${country}`);
        } else location = { geonameId: entry.geonameId, lat: city.lat, lon: city.lon };
      }

      const listings = entry.reports.flatMap((reportId, i) => {
        const event = listingEvent(reportId);
        if (!event) problem(problems, file, record, `reports.${i}`, `unknown report "${reportId}"`);
        return event ? [event] : [];
      });
      const own = data.events
        .filter((event) => event.stations.includes(entry.id))
        .map(({ stations: _covered, ...event }) => event);
      // A stable sort keeps listings ahead of same-day events and file order among the rest.
      const events = [...listings, ...own].sort((a, b) => compareDates(a.date, b.date));
      const status = statusAt(events);
      if (status === null) {
        problem(problems, file, record, 'events', 'no event sets a status: cite a report or add a dated event');
      }
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
        notes: entry.notes,
        sources: entry.sources,
        events,
        status: status ?? 'reported',
      };
    });
  }

  checkUnique(problems, 'stations/', allStationIds, 'station');
  for (const source of sources) {
    if (!usedSources.has(source.id)) problem(problems, 'sources.json', source.id, 'id', 'source is cited by nothing');
  }

  stations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const resolvedReports: Report[] = reports.map((report) => {
    const listed = stations.filter((s) => s.reports.includes(report.id));
    const identified = { stations: listed.length, countries: new Set(listed.map((s) => s.country)).size };
    const missing = report.unidentified.reduce((sum, gap) => sum + gap.count, 0);
    if (identified.stations + missing !== report.claimed.stations) {
      problem(
        problems,
        'reports.json',
        report.id,
        'unidentified',
        `claimed ${report.claimed.stations} stations but ${identified.stations} are identified and ${missing} listed as unidentified`,
      );
    }
    return { ...report, identified };
  });

  if (problems.length > 0) throw new DataError(problems);
  return {
    info: {
      version: options.version,
      updated: meta!.updated,
      counts: {
        stations: stations.length,
        countries: new Set(stations.map((s) => s.country)).size,
        events: eventCount,
        sources: sources.length,
      },
    },
    stations,
    bureaus,
    provinces,
    reports: resolvedReports,
    sources,
    countryCodes: COUNTRY_CODES,
  };
}
