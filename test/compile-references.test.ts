// The compiler against broken copies of data/: references between records, ids, places
// and names. Each asserts the exact, complete list of problems.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataError } from '../scripts/compile.js';
import { compileFixture, DATA, dayAfter, edit, ends, eventById, options, UPDATED, type Json } from './compile-fixture.js';

const { compiler, copyOfData, problemsIn, problemsAfter } = compileFixture();

describe('compileDataset: references, ids and places', () => {
  it('throws a DataError that lists every problem in its message', () => {
    const dir = copyOfData();
    edit(dir, 'stations/NL.json', (j) => {
      j.stations[0].sources.push('no-such-source');
      j.stations[1].bureau = 'beijing';
    });
    let error: unknown;
    try {
      compiler().compileDataset(dir, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(compiler().DataError);
    expect((error as DataError).name).toBe('DataError');
    expect((error as DataError).message).toBe(
      'data/ has 2 problem(s):\n' +
        '  stations/NL.json: nl-01: sources.3: unknown source id "no-such-source"\n' +
        '  stations/NL.json: nl-02: bureau: unknown bureau "beijing"; bureaus.json has fuzhou, qingtian, wenzhou, nantong',
    );
  });

  it('rejects a country file of the wrong shape, or with no station', () => {
    expect(problemsAfter('stations/IE.json', (j) => delete j.events)).toEqual([
      'stations/IE.json: -: -: expected an object with a "stations" array and an "events" array',
      // Its events were the only ones to cite these sources: a real problem of the edited data.
      'sources.json: irish-times-2022-10-08: id: source is cited by nothing',
      'sources.json: irish-times-2022-10-27: id: source is cited by nothing',
      'sources.json: oireachtas-2022-10-25: id: source is cited by nothing',
    ]);
    const dir = copyOfData();
    writeFileSync(join(dir, 'stations/IE.json'), `[${readFileSync(join(DATA, 'stations/IE.json'), 'utf8')}]`);
    writeFileSync(join(dir, 'stations/IS.json'), JSON.stringify({ stations: [], events: [] }));
    expect(problemsIn(dir)).toEqual([
      'stations/IE.json: -: -: expected an object with a "stations" array and an "events" array',
      'stations/IS.json: -: stations: a country file lists at least one station',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations = { list: j.stations }))).toEqual([
      'stations/IE.json: -: -: expected an object with a "stations" array and an "events" array',
    ]);
  });

  it('rejects a bureau confidence without a bureau, and a GeoNames id that is no known city', () => {
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].bureauConfidence = null))).toEqual([
      'stations/IE.json: ie-01: bureauConfidence: must be null exactly when bureau is null',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].bureau = null))).toEqual([
      'stations/IE.json: ie-01: bureauConfidence: must be null exactly when bureau is null',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].geonameId = 1))).toEqual([
      'stations/IE.json: ie-01: geonameId: GeoNames id 1 is not a known city',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].city = null))).toEqual([
      'stations/IE.json: ie-01: geonameId: must be null exactly when city is null',
    ]);
  });

  it('rejects unknown sources cited by events, bureaus, reports and their gaps', () => {
    expect(problemsAfter('stations/IE.json', (j) => j.events[0].sources.push('nope'))).toEqual([
      'stations/IE.json: ie-e04: sources.1: unknown source id "nope"',
    ]);
    expect(problemsAfter('bureaus.json', (j) => j[0].sources.push('nope'))).toEqual([
      'bureaus.json: fuzhou: sources.1: unknown source id "nope"',
    ]);
    expect(
      problemsAfter('reports.json', (j) => {
        j[1].sources.push('nope');
        j[1].unidentified[2].sources.unshift('nope-2');
      }),
    ).toEqual([
      'reports.json: patrol-and-persuade: sources.3: unknown source id "nope"',
      'reports.json: patrol-and-persuade: unidentified.2.sources.0: unknown source id "nope-2"',
    ]);
  });

  it("checks report and opening dates against the day of the build and meta.json's date", () => {
    const later = dayAfter(UPDATED);
    expect(problemsAfter('reports.json', (j) => (j[0].published = later))).toEqual([
      `reports.json: 110-overseas: published: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].opened.date = later))).toEqual([
      `stations/IE.json: ie-01: opened.date: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
    expect(problemsAfter('sources.json', (j) => (j[0].date = later), { ...options, today: UPDATED })).toEqual([
      `sources.json: 20-minutes-2022-10-28: date: date ${later} is in the future`,
    ]);
    // The day itself is allowed, whatever the precision.
    expect(compiler().compileDataset(DATA, { ...options, today: UPDATED }).info.updated).toBe(UPDATED);
  });

  it('rejects a meta.json that is not an object with a real date', () => {
    expect(problemsAfter('meta.json', (j) => (j.updated = '2022-02-30'))).toEqual([
      'meta.json: -: updated: "2022-02-30": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    const dir = copyOfData();
    writeFileSync(join(dir, 'meta.json'), JSON.stringify([{ updated: UPDATED }]));
    expect(problemsIn(dir)).toEqual([
      `meta.json: -: -: [{"updated":"${JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')).updated}"}]: Invalid input: expected object, received array`,
    ]);
  });

  it('rejects duplicate province and report ids', () => {
    expect(problemsAfter('provinces.json', (j) => j.push({ ...j[0] }))).toEqual([
      'provinces.json: CN-FJ: id: duplicate province id (also in provinces.json)',
    ]);
    expect(problemsAfter('reports.json', (j) => j.push({ ...j[0] }))).toEqual([
      'reports.json: 110-overseas: id: duplicate report id (also in reports.json)',
    ]);
  });

  it('does not check the stations an event names while a station id is unreadable or malformed', () => {
    expect(problemsAfter('stations/NL.json', (j) => delete j.stations[1].id)).toEqual([
      'stations/NL.json: [1]: id: missing; expected string',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].id = 7))).toEqual([
      'stations/IE.json: [0]: id: 7: Invalid input: expected string, received number',
    ]);
    // Reported once as malformed: not again as filed under the wrong country, nor as the
    // unknown station of each event that names "nl-02".
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[1].id = 'NL-02'))).toEqual([
      'stations/NL.json: NL-02: id: "NL-02": expected an id like "nl-01"',
    ]);
  });

  it('sorts the stations by id, whatever their order in the file', () => {
    const dir = copyOfData();
    edit(dir, 'stations/NL.json', (j) => j.stations.reverse());
    const ids = compiler()
      .compileDataset(dir, options)
      .stations.map((s) => s.id);
    expect(ids.slice(ids.indexOf('nl-01'), ids.indexOf('nl-01') + 2)).toEqual(['nl-01', 'nl-02']);
    expect(ids).toEqual([...ids].sort());
  });

  it('counts only the ids in `sources` arrays as citations', () => {
    // A source whose id is also a station's id, named in events' `stations`, is still uncited.
    expect(
      problemsAfter('sources.json', (j) =>
        j.push({ id: 'ie-01', url: 'https://example.org/', publisher: 'X', title: 'Y', date: '2022', note: null }),
      ),
    ).toEqual(['sources.json: ie-01: id: source is cited by nothing']);
  });

  it('reports a record that is null, or a nested field, at its path', () => {
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0] = null))).toEqual([
      'stations/IE.json: [0]: -: null: Invalid input: expected object, received null',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].opened.date = '2022-3'))).toEqual([
      'stations/IE.json: ie-01: opened.date: "2022-3": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(problemsAfter('reports.json', (j) => (j[0].unidentified[0].count = 0))).toEqual([
      'reports.json: 110-overseas: unidentified.0.count: 0: Too small: expected number to be >0',
    ]);
  });

  it('reports a meta.json that is not JSON once', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'meta.json'), '{');
    expect(problemsIn(dir)).toEqual(["meta.json:1:2: -: -: cannot read JSON (Expected property name or '}')"]);
  });

  it('reads the country files in the order of their names, and only .json files', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'stations/README.md'), '# Not data\n');
    expect(compiler().compileDataset(dir, options).stations.length).toBeGreaterThan(0);
    for (const file of ['stations/US.json', 'stations/AE.json', 'stations/NL.json', 'stations/CA.json']) {
      edit(dir, file, (j) => (j.stations[0].confidence = 'certain'));
    }
    expect(problemsIn(dir).map((p) => p.split(':')[0])).toEqual([
      'stations/AE.json',
      'stations/CA.json',
      'stations/NL.json',
      'stations/US.json',
    ]);
  });

  it('accepts a record dated on the day of the build and of meta.json', () => {
    const dir = copyOfData();
    edit(dir, 'sources.json', (j) => (j[0].date = UPDATED));
    expect(compiler().compileDataset(dir, { ...options, today: UPDATED }).sources[0]!.date).toBe(UPDATED);
  });

  it('rejects a file named after no country', () => {
    const dir = copyOfData();
    renameSync(join(dir, 'stations/IE.json'), join(dir, 'stations/XN.json'));
    expect(problemsIn(dir)).toEqual(['stations/XN.json: -: file name: "XN" is not an ISO 3166-1 alpha-2 country code']);
  });

  it('rejects dangling references to sources, bureaus, reports and stations', () => {
    expect(problemsAfter('stations/NL.json', (j) => j.stations[0].sources.push('no-such-source'))).toEqual([
      'stations/NL.json: nl-01: sources.3: unknown source id "no-such-source"',
    ]);
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].bureau = 'beijing'))).toEqual([
      'stations/NL.json: nl-01: bureau: unknown bureau "beijing"; bureaus.json has fuzhou, qingtian, wenzhou, nantong',
    ]);
    expect(problemsAfter('stations/NL.json', (j) => j.stations[0].reports.push('third-report'))).toEqual([
      'stations/NL.json: nl-01: reports.2: unknown report "third-report"; reports.json has 110-overseas, patrol-and-persuade',
    ]);
    expect(problemsAfter('stations/NL.json', (j) => (eventById(j, 'nl-e01').stations = ['nl-09']))).toEqual([
      'stations/NL.json: nl-e01: stations.0: unknown station id "nl-09" in this file',
    ]);
    expect(problemsAfter('bureaus.json', (j) => (j[0].province = 'CN-BJ'))).toEqual([
      'bureaus.json: fuzhou: province: unknown province "CN-BJ"; provinces.json has CN-FJ, CN-JS, CN-ZJ',
    ]);
  });

  it('rejects duplicate ids within a file and across files', () => {
    expect(problemsAfter('stations/NL.json', (j) => j.stations.push({ ...j.stations[0] }))).toEqual([
      'stations/NL.json: nl-01: id: duplicate station id (also in stations/NL.json)',
    ]);
    expect(problemsAfter('stations/NL.json', (j) => (eventById(j, 'nl-e02').id = 'nl-e01'))).toEqual([
      'stations/NL.json: nl-e01: id: duplicate event id (also in stations/NL.json)',
    ]);
    expect(problemsAfter('sources.json', (j) => j.push({ ...j[0] }))).toEqual([
      'sources.json: 20-minutes-2022-10-28: id: duplicate source id (also in sources.json)',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => j.events.push({ ...eventById(j, 'ie-e03'), date: '2022-12-14' }))).toEqual([
      'stations/IE.json: ie-e03: id: duplicate event id (also in stations/IE.json)',
    ]);
    expect(problemsAfter('bureaus.json', (j) => j.push({ ...j[0] }))).toEqual([
      'bureaus.json: fuzhou: id: duplicate bureau id (also in bureaus.json)',
    ]);
  });

  it('rejects an event or station filed under another country', () => {
    // nl-e01 copied into IE.json: its id names the Netherlands, so it is in the wrong file.
    expect(
      problemsAfter('stations/IE.json', (j) => j.events.push({ ...eventById(j, 'ie-e03'), id: 'nl-e01', date: '2022-12-14' })),
    ).toEqual(['stations/IE.json: nl-e01: id: must start with "ie-e" in this file']);
    expect(
      problemsAfter('stations/IE.json', (j) => {
        j.stations[0].id = 'nl-01';
        for (const event of j.events) event.stations = ['nl-01'];
      }),
    ).toEqual(['stations/IE.json: nl-01: id: must start with "ie-" in this file']);
  });

  it('rejects unsorted events', () => {
    // The latest event moved to the front: the one out of order is the earliest, now second.
    const { first, last } = ends('stations/NL.json');
    expect(problemsAfter('stations/NL.json', (j) => j.events.unshift(j.events.pop()))).toEqual([
      `stations/NL.json: ${first.id}: date: ${first.date} is earlier than ${last.date} of ${last.id}, which comes before it: events must be in date order (\`npm run data:format\` sorts them)`,
    ]);
  });

  it("checks that a GeoNames id is a city in the station's country, with the station's city name", () => {
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].geonameId = 2964574))).toEqual([
      'stations/NL.json: nl-01: geonameId: GeoNames id 2964574 (Dublin) is in IE, not NL',
    ]);
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].geonameId = null))).toEqual([
      'stations/NL.json: nl-01: geonameId: must be null exactly when city is null',
    ]);
    // Rotterdam's id under Amsterdam's name: the map would show Rotterdam.
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].geonameId = 2747891))).toEqual([
      'stations/NL.json: nl-01: city: "Amsterdam" is not the name of GeoNames id 2747891 (Rotterdam); fix the id, or add the name to city-names.json if it is another name of that city',
    ]);
  });

  it('accepts a city name without its accents, or one listed in city-names.json', () => {
    const dataset = compiler().compileDataset(DATA, options);
    const city = (id: string) => dataset.stations.find((s) => s.id === id)?.city;
    expect(city('ca-07')).toBe('Montreal'); // GeoNames: Montréal
    expect(city('de-01')).toBe('Frankfurt'); // GeoNames: Frankfurt am Main, city-names.json: Frankfurt
    expect(
      problemsAfter('city-names.json', (j) =>
        j.splice(
          j.findIndex((c: Json) => c.name === 'Frankfurt'),
          1,
        ),
      ),
    ).toEqual([
      'stations/DE.json: de-01: city: "Frankfurt" is not the name of GeoNames id 2925533 (Frankfurt am Main); fix the id, or add the name to city-names.json if it is another name of that city',
    ]);
  });
});
