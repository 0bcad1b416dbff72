// The compiler's pure stages, each on a small in-memory fixture: what they report, word for word.
import { describe, expect, it } from 'vitest';
import { checkHostCountries, resolveReports } from '../scripts/compile-lists.js';
import { Problems } from '../scripts/compile-records.js';
import { checkActivityAfterClosures, checkIdHistory, locate } from '../scripts/compile-stations.js';
import type { EventEntry, ReportEntry, StationEntry } from '../scripts/data-files.js';
import type { HostCountry, Station } from '../src/types.js';

const event = (id: string, type: string, date: string, extra: Partial<EventEntry> = {}) =>
  ({ id, type, date, scope: 'station', observed: null, stations: ['xx-01'], ...extra }) as EventEntry;

describe('checkActivityAfterClosures', () => {
  it('names both events when activity seen before a closure would reopen the station', () => {
    const problems = new Problems();
    const timeline = [
      event('nl-e01', 'closure_confirmed', '2022-11-01'),
      event('nl-e02', 'activity_reported', '2023-01-05', { observed: '2022-10' }),
    ];
    checkActivityAfterClosures(problems, 'stations/NL.json', 'nl-01', timeline);
    expect(problems.list).toEqual([
      'stations/NL.json: nl-e02: observed: activity observed 2022-10 is earlier than nl-e01 (closure_confirmed, 2022-11-01) on nl-01: it cannot reopen nl-01; type it as a statement, or correct the dates',
    ]);
  });

  it('accepts activity seen after the closure, and ignores country-scope closures', () => {
    const problems = new Problems();
    checkActivityAfterClosures(problems, 'f', 'nl-01', [
      event('nl-e01', 'closure_confirmed', '2022-11-01'),
      event('nl-e02', 'activity_reported', '2023-01-05', { observed: '2022-12' }),
    ]);
    checkActivityAfterClosures(problems, 'f', 'nl-01', [
      event('nl-e03', 'closure_confirmed', '2022-11-01', { scope: 'country' }),
      event('nl-e04', 'activity_reported', '2023-01-05', { observed: '2022-01' }),
    ]);
    // Seen on the day it closed: not before it.
    checkActivityAfterClosures(problems, 'f', 'nl-01', [
      event('nl-e05', 'closure_confirmed', '2022-11-01'),
      event('nl-e06', 'activity_reported', '2023-01-05', { observed: '2022-11-01' }),
    ]);
    // Only a report of activity reopens a station (other types' `observed` is refused elsewhere).
    checkActivityAfterClosures(problems, 'f', 'nl-01', [
      event('nl-e07', 'closure_confirmed', '2022-11-01'),
      event('nl-e08', 'statement', '2023-01-05', { observed: '2022-10' }),
    ]);
    expect(problems.list).toEqual([]);
  });
});

describe('locate', () => {
  const cities = new Map([[2759794, { name: 'Amsterdam', country: 'NL', lat: 52.37, lon: 4.89 }]]);
  const entry = (city: string | null, geonameId: number | null) => ({ id: 'nl-01', city, geonameId }) as StationEntry;
  const aliases = { names: new Map([[2759794, new Set(['mokum'])]]), known: true };

  it('gives the coordinates of a city whose name or other name matches', () => {
    const problems = new Problems();
    expect(locate(problems, cities, aliases, 'f', 'NL', entry('Amsterdam', 2759794))).toEqual({
      geonameId: 2759794,
      lat: 52.37,
      lon: 4.89,
    });
    expect(locate(problems, cities, aliases, 'f', 'NL', entry('Mokum', 2759794))).toEqual({
      geonameId: 2759794,
      lat: 52.37,
      lon: 4.89,
    });
    expect(locate(problems, cities, aliases, 'f', 'NL', entry(null, null))).toBeNull();
    expect(problems.list).toEqual([]);
  });

  it('names each mismatch', () => {
    const problems = new Problems();
    locate(problems, cities, aliases, 'f', 'NL', entry('Amsterdam', null));
    locate(problems, cities, aliases, 'f', 'NL', entry('Amsterdam', 1));
    locate(problems, cities, aliases, 'f', 'BE', entry('Amsterdam', 2759794));
    locate(problems, cities, aliases, 'f', 'NL', entry('Rotterdam', 2759794));
    locate(problems, cities, { ...aliases, known: false }, 'f', 'NL', entry('Rotterdam', 2759794));
    expect(problems.list).toEqual([
      'f: nl-01: geonameId: must be null exactly when city is null',
      'f: nl-01: geonameId: GeoNames id 1 is not a known city',
      'f: nl-01: geonameId: GeoNames id 2759794 (Amsterdam) is in NL, not BE',
      'f: nl-01: city: "Rotterdam" is not the name of GeoNames id 2759794 (Amsterdam); fix the id, or add the name to city-names.json if it is another name of that city',
    ]);
  });
});

describe('checkIdHistory', () => {
  const retired = (valid: { id: string; date: string; replacedBy: string | null }[], extra: string[] = []) => ({
    valid,
    ids: new Set([...valid.map((r) => r.id), ...extra]),
  });

  it('keeps published ids: present, retired, or in a file that could not be read', () => {
    const problems = new Problems();
    const seen = { files: new Map([['nl-01', 'stations/NL.json']]), unreadCountries: new Set(['FR']) };
    const published = new Map([
      ['nl-01', '1.0.0'],
      ['nl-02', '1.0.0'],
      ['fr-01', '1.0.0'],
      ['de-01', '2.0.0'],
      ['it-01', '2.0.0'],
    ]);
    checkIdHistory(problems, seen, retired([{ id: 'nl-02', date: '2023-01-01', replacedBy: 'nl-01' }], ['it-01']), published);
    expect(problems.list).toEqual([
      'retired.json: de-01: id: station de-01, published in 2.0.0, is no longer in stations/DE.json: add a retirement record (id, date, reason, replacedBy)',
    ]);
  });

  it('never reuses a retired id, and replaces only with a known station', () => {
    const problems = new Problems();
    const seen = { files: new Map([['nl-01', 'stations/NL.json']]), unreadCountries: new Set<string>() };
    checkIdHistory(problems, seen, retired([{ id: 'nl-01', date: '2023-01-01', replacedBy: 'nl-09' }]), new Map());
    expect(problems.list).toEqual([
      'stations/NL.json: nl-01: id: "nl-01" was retired on 2023-01-01 (retired.json) and is never reused: give this station a new id',
      'retired.json: nl-01: replacedBy: unknown station id "nl-09" in data/stations/',
    ]);
  });
});

describe('checkHostCountries and resolveReports', () => {
  it('asks for a reviewed date per host country and none for a country without stations', () => {
    const problems = new Problems();
    const countries = {
      valid: [{ code: 'BE' } as HostCountry],
      ids: new Set(['BE']),
      idList: ['BE'],
      complete: true,
      idsKnown: true,
    };
    checkHostCountries(problems, countries, new Set(['NL']));
    expect(problems.list).toEqual([
      'countries.json: NL: code: missing: NL has stations, so it needs a reviewed date',
      'countries.json: BE: code: BE has no station in data/stations/',
    ]);
  });

  it('counts what a report identifies, and checks its claim only when every station was read', () => {
    const report = { id: 'r1', claimed: { stations: 3, countries: 2 }, unidentified: [{ count: 1 }] } as unknown as ReportEntry;
    const stations = [
      { id: 'nl-01', country: 'NL', reports: ['r1'] },
      { id: 'be-01', country: 'BE', reports: ['r1'] },
      { id: 'be-02', country: 'BE', reports: ['r1'] },
    ] as unknown as Station[];
    const problems = new Problems();
    expect(resolveReports(problems, [report], stations, true)[0]?.identified).toEqual({ stations: 3, countries: 2 });
    expect(problems.list).toEqual([
      'reports.json: r1: unidentified: claimed 3 stations but 3 are identified and 1 listed as unidentified',
    ]);
    const quiet = new Problems();
    resolveReports(quiet, [report], stations, false);
    expect(quiet.list).toEqual([]);
  });
});
