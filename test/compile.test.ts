// The compiler against the real data/ and against broken copies of it: reading the files,
// their shapes and dates, and the tables it assembles. Each broken copy asserts the exact,
// complete list of problems: one line per real problem, and no line that only follows
// from another.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentState } from '../src/status.js';
import { LIST_KEYS } from '../scripts/data-files.js';
import {
  compileFixture,
  DATA,
  dayAfter,
  edit,
  ends,
  eventById,
  options,
  readJsonFile,
  UPDATED,
  type Json,
} from './compile-fixture.js';

const { compiler, copyOfData, problemsIn, problemsAfter } = compileFixture();

describe('compileDataset: files, shapes, dates and tables', () => {
  it('compiles the real data', () => {
    const dataset = compiler().compileDataset(DATA, options);
    expect(dataset.stations.length).toBeGreaterThan(0);
    expect(dataset.info.updated).toBe(UPDATED);
  });

  it('assembles the shipped tables from the files of data/', () => {
    const dataset = compiler().compileDataset(DATA, options);
    const read = readJsonFile;
    const files = readdirSync(join(DATA, 'stations'))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ country: name.slice(0, 2), ...read(`stations/${name}`) }));
    const records = files.flatMap((f) => f.stations.map((r: Json) => ({ ...r, country: f.country })));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const bureaus: Json[] = read('bureaus.json');

    // Stations: sorted by id, each record's own fields as written, its province from its bureau.
    expect(dataset.stations.map((s) => s.id)).toEqual(records.map((r) => r.id).sort());
    for (const record of [...records].sort(byId)) {
      const station = dataset.stations.find((s) => s.id === record.id)!;
      const { notes, sources, geonameId, ...own } = record;
      expect(station, record.id).toMatchObject({ ...own, opened: record.opened });
      expect(station.province, record.id).toBe(bureaus.find((b) => b.id === record.bureau)?.province ?? null);
      const city = geonameId === null ? undefined : options.cities.get(geonameId);
      expect(station.location, record.id).toEqual(city ? { geonameId, lat: city.lat, lon: city.lon } : null);
      expect(dataset.details[record.id], record.id).toEqual({ notes, sources });
    }

    // Events: one listing per report that lists a station, then the files' events, by date;
    // within a day, listings first and the rest in file order.
    const reports: Json[] = read('reports.json');
    const listings = reports
      .map((r) => ({
        id: `listed-${r.id}`,
        date: r.published,
        dateBasis: 'event',
        type: 'listed',
        scope: 'station',
        observed: null,
        actor: r.publisher,
        summary: `Listed in the report "${r.title}".`,
        sources: r.sources,
        stations: records
          .filter((s) => s.reports.includes(r.id))
          .map((s) => s.id)
          .sort(),
      }))
      .filter((listing) => listing.stations.length > 0);
    const day = (date: string) => `${date}-01-01`.slice(0, 10);
    // An event's `observed` is shipped as null where the file leaves it out.
    const shipped = (event: Json) => ({ ...event, observed: event.observed ?? null });
    const expected = [...listings, ...files.flatMap((f) => f.events).map(shipped)]
      .map((event, i) => ({ event, i }))
      .sort((a, b) => (day(a.event.date) < day(b.event.date) ? -1 : day(a.event.date) > day(b.event.date) ? 1 : a.i - b.i))
      .map(({ event }) => event);
    expect(dataset.events).toEqual(expected);

    // Each station's state is what the rules give its events, in that order.
    for (const station of dataset.stations) {
      const timeline = dataset.events.filter((e) => e.stations.includes(station.id));
      const {
        id,
        country,
        city,
        location,
        bureau,
        bureauConfidence,
        province,
        opened,
        nameZh,
        reports: r,
        evidence,
        confidence,
        ...state
      } = station;
      expect(state, id).toEqual(currentState(timeline));
    }

    expect(dataset.countries).toEqual([...read('countries.json')].sort((a: Json, b: Json) => (a.code < b.code ? -1 : 1)));
    expect(dataset.countries.map((c) => c.code)).toEqual([...new Set(records.map((r) => r.country))].sort());
    expect(dataset.info.counts).toEqual({
      stations: records.length,
      countries: new Set(records.map((r) => r.country)).size,
      events: expected.length,
      sources: read('sources.json').length,
    });
    expect(dataset.reports).toEqual(
      reports.map((r) => {
        const listed = records.filter((s) => s.reports.includes(r.id));
        return { ...r, identified: { stations: listed.length, countries: new Set(listed.map((s) => s.country)).size } };
      }),
    );
    expect(dataset.bureaus).toEqual(bureaus);
    expect(dataset.provinces).toEqual(read('provinces.json'));
    expect(dataset.sources).toEqual(read('sources.json'));
  });

  it('compiles the real data on the day of its revision', () => {
    expect(compiler().compileDataset(DATA, { ...options, today: UPDATED }).stations.length).toBeGreaterThan(0);
  });

  it('names the file, record and field of a dropped required field', () => {
    expect(problemsAfter('stations/NL.json', (j) => delete j.stations[1].confidence)).toEqual([
      'stations/NL.json: nl-02: confidence: missing; expected one of "high", "medium", "low"',
    ]);
  });

  it('reports one impossible date once, without false problems about what the record cites', () => {
    expect(problemsAfter('stations/IT.json', (j) => (j.events[0].date = '2022-02-30'))).toEqual([
      'stations/IT.json: it-e01: date: "2022-02-30": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('reports a malformed date once', () => {
    expect(problemsAfter('stations/NL.json', (j) => (eventById(j, 'nl-e01').date = '2022-1'))).toEqual([
      'stations/NL.json: nl-e01: date: "2022-1": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('reports a source that is not https once, without false problems about what cites it', () => {
    expect(problemsAfter('sources.json', (j) => (j[0].url = j[0].url.replace('https:', 'http:')))).toEqual([
      'sources.json: 20-minutes-2022-10-28: url: "http://www.20minutes.fr/societe/4007694-20221028-paris-chi…: expected an https URL',
    ]);
  });

  it('reports a station record that is not an object once', () => {
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0] = 'ie-01'))).toEqual([
      'stations/IE.json: [0]: -: "ie-01": Invalid input: expected object, received string',
    ]);
  });

  it('reports a file that is not JSON once', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'stations/IE.json'), '{ "stations": [');
    expect(problemsIn(dir)).toEqual(['stations/IE.json: -: -: cannot read JSON (Unexpected end of JSON input)']);
  });

  it('gives the line and column of a JSON syntax error, and accepts a byte order mark and CRLF line ends', () => {
    const dir = copyOfData();
    const text = readFileSync(join(DATA, 'stations/IE.json'), 'utf8');
    // The comma dropped after ie-01's id: the parser stops at the next line.
    const broken = text.split('\n');
    const at = broken.findIndex((line) => line.includes('"id": "ie-01",'));
    broken[at] = broken[at]!.replace(/,$/, '');
    writeFileSync(join(dir, 'stations/IE.json'), broken.join('\n'));
    expect(problemsIn(dir)).toEqual([
      `stations/IE.json:${at + 2}:${broken[at + 1]!.indexOf('"') + 1}: -: -: cannot read JSON (Expected ',' or '}' after property value)`,
    ]);
    writeFileSync(join(dir, 'stations/IE.json'), `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.map((s) => s.id),
    ).toContain('ie-01');
  });

  it('rejects a date in the future of the build', () => {
    const today = UPDATED;
    const tomorrow = dayAfter(today);
    const { last } = ends('stations/NL.json');
    expect(problemsAfter('stations/NL.json', (j) => (j.events.at(-1).date = tomorrow), { ...options, today })).toEqual([
      `stations/NL.json: ${last.id}: date: date ${tomorrow} is in the future`,
    ]);
    expect(problemsAfter('meta.json', (j) => (j.updated = tomorrow), { ...options, today })).toEqual([
      `meta.json: -: updated: date ${tomorrow} is in the future`,
    ]);
  });

  it('rejects a date later than the revision date in meta.json', () => {
    const later = dayAfter(UPDATED);
    const { last } = ends('stations/NL.json');
    expect(problemsAfter('stations/NL.json', (j) => (j.events.at(-1).date = later))).toEqual([
      `stations/NL.json: ${last.id}: date: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
    expect(problemsAfter('sources.json', (j) => (j[0].date = later))).toEqual([
      `sources.json: 20-minutes-2022-10-28: date: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
  });

  it('reports a list file without its array of records once, not every reference into it', () => {
    for (const file of ['sources.json', 'provinces.json', 'bureaus.json', 'reports.json', 'city-names.json'] as const) {
      const key = LIST_KEYS[file];
      const records = readJsonFile(file);
      const dir = copyOfData();
      writeFileSync(join(dir, file), JSON.stringify({ $schema: 'x', records }));
      expect(problemsIn(dir), file).toEqual([`${file}: -: -: expected an object with "$schema" and a "${key}" array`]);
      writeFileSync(join(dir, file), JSON.stringify(records));
      expect(problemsIn(dir), file).toEqual([
        `${file}: -: -: expected an object with "$schema" and a "${key}" array: a bare array is the form before 3.1, which \`npm run data:format\` converts`,
      ]);
    }
    const wrapped = copyOfData();
    edit(wrapped, 'countries.json', () => {});
    const countries = JSON.parse(readFileSync(join(wrapped, 'countries.json'), 'utf8'));
    writeFileSync(join(wrapped, 'countries.json'), JSON.stringify({ ...countries, comment: 'x' }));
    expect(problemsIn(wrapped)).toEqual([
      'countries.json: -: comment: unknown field "comment"; countries.json has "$schema" and "countries"',
    ]);
    const country = copyOfData();
    edit(country, 'stations/IE.json', (j) => {
      j.comment = 'x';
    });
    expect(problemsIn(country)).toEqual([
      'stations/IE.json: -: comment: unknown field "comment"; a country file has "$schema", "stations" and "events"',
    ]);
    const dir = copyOfData();
    writeFileSync(join(dir, 'bureaus.json'), '[');
    expect(problemsIn(dir)).toEqual([expect.stringMatching(/^bureaus\.json: -: -: cannot read JSON \(/)]);
  });

  it('reports a record without a readable id once: references may name it', () => {
    expect(
      problemsAfter('sources.json', (j) => {
        delete j[0].id;
        delete j[1].id;
      }),
    ).toEqual(['sources.json: [0]: id: missing; expected string', 'sources.json: [1]: id: missing; expected string']);
    expect(problemsAfter('provinces.json', (j) => delete j[0].code)).toEqual([
      'provinces.json: [0]: code: missing; expected string',
    ]);
    expect(problemsAfter('bureaus.json', (j) => delete j[3].id)).toEqual(['bureaus.json: [3]: id: missing; expected string']);
    expect(problemsAfter('reports.json', (j) => delete j[1].id)).toEqual(['reports.json: [1]: id: missing; expected string']);
  });

  it('reports a broken report once, not as missing listings of the stations it lists', () => {
    expect(problemsAfter('reports.json', (j) => (j[1].url = 'http://example.org/'))).toEqual([
      'reports.json: patrol-and-persuade: url: "http://example.org/": expected an https URL',
    ]);
  });

  it('reports a broken record of city-names.json once, not as the wrong name of a city', () => {
    const frankfurt = (j: Json) => j.find((c: Json) => c.name === 'Frankfurt');
    expect(problemsAfter('city-names.json', (j) => (frankfurt(j).note = ''))).toEqual([
      'city-names.json: 2925533: note: "": Too small: expected string to have >=1 characters',
    ]);
    expect(problemsAfter('city-names.json', (j) => delete frankfurt(j).geonameId)).toEqual([
      `city-names.json: [${readJsonFile('city-names.json').findIndex((c: Json) => c.name === 'Frankfurt')}]: geonameId: missing; expected number`,
    ]);
    expect(problemsAfter('city-names.json', (j) => (frankfurt(j).geonameId = 1))).toEqual([
      'city-names.json: 1: geonameId: GeoNames id 1 is not a known city',
    ]);
  });
});
