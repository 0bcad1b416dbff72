// The compiler against the real data/ and against broken copies of it. Each broken copy
// asserts the exact, complete list of problems: one line per real problem, and no line
// that only follows from another.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompileOptions, DataError } from '../scripts/compile.js';
import { freshEachTest } from './fresh.js';
import { geonamesCities } from '../scripts/geonames.js';
import { readReleases } from '../scripts/snapshots.js';
import { currentState } from '../src/status.js';
import { LIST_KEYS, type ListFile } from '../scripts/data-files.js';

// Loaded afresh for each test: what the module builds while it loads (its helpers, and the
// record schemas it imports) is then run by each test (see fresh.ts).
const compiler = freshEachTest(() => import('../scripts/compile.js'));

const DATA = new URL('../data/', import.meta.url).pathname;
/** The latest release whose snapshot is in releases/. */
const LATEST = readReleases(new URL('../releases/', import.meta.url).pathname).at(-1)!.version;
// An injected clock: the compiler's "not in the future" check must not make these tests
// depend on the day they run. Dates against the revision date are tested below.
const options: CompileOptions = {
  today: '9999-12-31',
  version: '0.0.0-test',
  cities: geonamesCities(),
  releases: readReleases(new URL('../releases/', import.meta.url).pathname),
};
const UPDATED: string = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')).updated;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: the fixtures edit arbitrary JSON.
type Json = any;

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-data-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

/** The records of a list file, or the whole of meta.json or a country file. */
const body = (file: string, json: Json): Json => (file in LIST_KEYS ? json[LIST_KEYS[file as ListFile]] : json);

/** Edits a file of a copy of data/: `change` gets a list file's records, or the whole of another file. */
function edit(dir: string, file: string, change: (json: Json) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(body(file, json));
  writeFileSync(path, JSON.stringify(json));
}

function problemsIn(dir: string, opts: CompileOptions = options): string[] {
  try {
    compiler().compileDataset(dir, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(compiler().DataError);
    return [...(error as DataError).problems];
  }
  throw new Error('the edited data compiled without a problem');
}

/** Compiles a copy of data/ after `change` edited one of its files; returns the problems found. */
function problemsAfter(file: string, change: (json: Json) => void, opts?: CompileOptions): string[] {
  const dir = copyOfData();
  edit(dir, file, change);
  return problemsIn(dir, opts);
}

/** A file of data/ as parsed JSON: a list file's records, or the whole of another file. */
function readJsonFile(file: string): Json {
  return body(file, JSON.parse(readFileSync(join(DATA, file), 'utf8')));
}

/** The event with this id in a parsed country file. */
const eventById = (j: Json, id: string) => j.events.find((e: Json) => e.id === id);
/** The id and date of the first and the last event of a country file in data/. */
function ends(file: string): { first: { id: string; date: string }; last: { id: string; date: string } } {
  const { events } = JSON.parse(readFileSync(join(DATA, file), 'utf8'));
  return { first: events[0], last: events.at(-1) };
}

/** The day after a `yyyy-MM-dd` day, computed without the code under test. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('compileDataset', () => {
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

  /** A second Irish station in no report: its events alone must give it a status. */
  const unlisted = (j: Json) => j.stations.push({ ...j.stations[0], id: 'ie-02', reports: [] });

  it('rejects a station whose timeline sets no state', () => {
    expect(problemsAfter('stations/IE.json', unlisted)).toEqual([
      'stations/IE.json: ie-02: events: no event sets a state: cite a report or add a dated event',
    ]);
  });

  it('does not report a timeline as empty when its only event is broken', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({ ...j.events.at(-1), id: 'ie-e99', type: 'closure', stations: ['ie-02'] });
      }),
    ).toEqual([
      'stations/IE.json: ie-e99: type: "closure" is not accepted; expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"',
    ]);
  });

  it('does not report a timeline as empty when a broken event may cover it', () => {
    // An event without a list of stations may be any station's.
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({ ...j.events[2], id: 'ie-e90', date: '2022-12-14', stations: undefined });
      }),
    ).toEqual(['stations/IE.json: ie-e90: stations: missing; expected array']);
  });

  it('rejects a timeline whose only event is country context, which sets nothing', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({
          ...j.events[2],
          id: 'ie-e90',
          date: '2022-12-14',
          type: 'statement',
          scope: 'country',
          stations: ['ie-02'],
        });
      }),
    ).toEqual(['stations/IE.json: ie-02: events: no event sets a state: cite a report or add a dated event']);
  });

  it('takes a station-scope statement as news of a station in neither report', () => {
    const dir = copyOfData();
    edit(dir, 'stations/IE.json', (j) => {
      unlisted(j);
      j.events.push({
        ...j.events[2],
        id: 'ie-e90',
        date: '2022-12-14',
        type: 'statement',
        scope: 'station',
        stations: ['ie-02'],
      });
    });
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.find((s) => s.id === 'ie-02'),
    ).toMatchObject({
      operation: 'unknown',
      status: 'reported',
      statusSince: '2022-12-14',
      lastHeard: '2022-12-14',
    });
  });

  it('refuses a report of activity seen before a closure that comes before it', () => {
    // Dublin closed on the embassy's word on 2022-10-25 (ie-e02).
    const activity = (j: Json, observed: string) => ({
      ...j.events[2],
      id: 'ie-e90',
      date: '2022-12-14',
      type: 'activity_reported',
      scope: 'station',
      observed,
      stations: ['ie-01'],
    });
    expect(problemsAfter('stations/IE.json', (j) => j.events.push(activity(j, '2022-10')))).toEqual([
      'stations/IE.json: ie-e90: observed: activity observed 2022-10 is earlier than ie-e02 (closure_claimed, 2022-10-25) on ie-01: it cannot reopen ie-01; type it as a statement, or correct the dates',
    ]);
    const dir = copyOfData();
    edit(dir, 'stations/IE.json', (j) => j.events.push(activity(j, '2022-11')));
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.find((s) => s.id === 'ie-01'),
    ).toMatchObject({
      operation: 'active',
      lastReportedActive: '2022-11',
    });
  });

  it('quotes an unknown value, lists what is accepted and suggests the closest', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        j.events[0].type = 'ordred_closed';
        j.events[1].scope = 'Station';
        j.stations[0].confidence = 'hihg';
      }),
    ).toEqual([
      'stations/IE.json: ie-01: confidence: "hihg" is not accepted; expected one of "high", "medium", "low"; did you mean "high"?',
      `stations/IE.json: ${readJsonFile('stations/IE.json').events[0].id}: type: "ordred_closed" is not accepted; expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"; did you mean "ordered_closed"?`,
      `stations/IE.json: ${readJsonFile('stations/IE.json').events[1].id}: scope: "Station" is not accepted; expected one of "station", "country"; did you mean "station"?`,
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.events[0].type = 'listed'))).toEqual([
      `stations/IE.json: ${readJsonFile('stations/IE.json').events[0].id}: type: "listed" is not accepted (expected an event type other than "listed", which the build adds from \`reports\`); expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"`,
    ]);
  });

  it('names an event id of the wrong form', () => {
    expect(problemsAfter('stations/IE.json', (j) => (j.events[0].id = 'ie-1'))).toEqual([
      'stations/IE.json: ie-1: id: "ie-1": expected an id like "nl-e01"',
    ]);
  });

  it("reports a station copied into another country's file once", () => {
    expect(
      problemsAfter('stations/NL.json', (j) => {
        j.stations.push(readJsonFile('stations/IE.json').stations[0]);
      }),
    ).toEqual(['stations/NL.json: ie-01: id: must start with "nl-" in this file']);
  });

  it('compiles files given in memory, as the loading step gives them from a directory', async () => {
    const { loadData, parseDataFile } = await import('../scripts/load-data.js');
    const files = loadData(DATA);
    expect(compiler().compileData(files, options)).toEqual(compiler().compileDataset(DATA, options));
    const ie = readJsonFile('stations/IE.json');
    const events = ie.events.map((e: Json) => (e.type === 'ordered_closed' ? { ...e, type: 'statement' } : e));
    const edited = { ...files, 'stations/IE.json': { json: { ...ie, events } } };
    expect(
      compiler()
        .compileData(edited, options)
        .stations.find((s) => s.id === 'ie-01')!.closureOrdered,
    ).toBeNull();
    expect(parseDataFile('meta.json', '{')).toEqual({
      problem: "meta.json:1:2: -: -: cannot read JSON (Expected property name or '}')",
    });
    const { 'reports.json': _missing, ...rest } = files;
    expect(() => compiler().compileData(rest, options)).toThrow(/reports\.json: -: -: the file is missing/);
  });

  it('checks scope and observed against the type', () => {
    const base = (j: Json) => j.events[2];
    expect(
      problemsAfter('stations/IE.json', (j) => {
        j.events.push({ ...base(j), id: 'ie-e90', date: '2022-12-14', type: 'ordered_closed', scope: 'country' });
        j.events.push({ ...base(j), id: 'ie-e91', date: '2022-12-14', type: 'activity_reported', scope: 'station' });
        j.events.push({ ...base(j), id: 'ie-e92', date: '2022-12-14', type: 'statement', scope: 'station', observed: '2022-12' });
        j.events.push({
          ...base(j),
          id: 'ie-e93',
          date: '2022-12-14',
          type: 'activity_reported',
          scope: 'station',
          observed: '2023',
        });
        j.events.push({ ...base(j), id: 'ie-e94', date: '2022-12-14', type: 'statement', scope: 'town' });
      }),
    ).toEqual([
      'stations/IE.json: ie-e90: scope: "country": a country-scope event sets nothing, so it cannot be ordered_closed: use station scope, or a type that sets nothing (other_proceedings, denied_by_host, denied_by_china, statement, other)',
      'stations/IE.json: ie-e91: observed: an activity_reported event needs `observed`: when the activity was seen',
      'stations/IE.json: ie-e92: observed: "2022-12": only activity_reported events have `observed`; this one is statement',
      'stations/IE.json: ie-e93: observed: "2023": observed 2023 is later than the event\'s date 2022-12-14',
      'stations/IE.json: ie-e94: scope: "town" is not accepted; expected one of "station", "country"',
    ]);
  });

  it('still checks the timelines a broken event does not name', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({ ...j.events[2], id: 'ie-e90', date: '2022-12-14', type: 'closure', stations: ['ie-01'] });
      }),
    ).toEqual([
      'stations/IE.json: ie-e90: type: "closure" is not accepted; expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"',
      'stations/IE.json: ie-02: events: no event sets a state: cite a report or add a dated event',
    ]);
  });

  it('does not report a timeline as empty when its only report is unknown', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => j.stations.push({ ...j.stations[0], id: 'ie-02', reports: ['third'] })),
    ).toEqual(['stations/IE.json: ie-02: reports.0: unknown report "third"; reports.json has 110-overseas, patrol-and-persuade']);
  });

  it('rejects a report whose counts do not add up, and does not check counts while a station is broken', () => {
    expect(problemsAfter('reports.json', (j) => (j[0].claimed.stations += 1))).toEqual([
      'reports.json: 110-overseas: unidentified: claimed 55 stations but 53 are identified and 1 listed as unidentified',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].evidence = 'rumour'))).toEqual([
      'stations/IE.json: ie-01: evidence: "rumour" is not accepted; expected one of "site", "count"',
    ]);
  });

  it('accepts an undated source only with a note saying what is known', () => {
    expect(
      problemsAfter('sources.json', (j) => {
        j[0].date = null;
        j[0].note = null;
      }),
    ).toEqual([
      'sources.json: 20-minutes-2022-10-28: note: null: an undated source needs a note saying what is known of its date',
    ]);
  });

  it('needs a reviewed date for every host country, and only for host countries', () => {
    expect(
      problemsAfter('countries.json', (j) =>
        j.splice(
          j.findIndex((c: Json) => c.code === 'IE'),
          1,
        ),
      ),
    ).toEqual(['countries.json: IE: code: missing: IE has stations, so it needs a reviewed date']);
    expect(problemsAfter('countries.json', (j) => j.push({ code: 'IS', reviewed: '2026-11', note: 'Nothing found.' }))).toEqual([
      'countries.json: IS: code: IS has no station in data/stations/',
    ]);
    const later = dayAfter(UPDATED);
    expect(problemsAfter('countries.json', (j) => (j.find((c: Json) => c.code === 'IE').reviewed = later))).toEqual([
      `countries.json: IE: reviewed: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
    expect(problemsAfter('countries.json', (j) => j.push({ ...j[0] }))).toEqual([
      `countries.json: ${'AE'}: id: duplicate country id (also in countries.json)`,
    ]);
  });

  /** ae-01 under a new id, ae-02: the published id ae-01 is gone from data/. */
  const renamed = (j: Json) => (j.stations[0].id = 'ae-02');
  const retirement = { id: 'ae-01', date: '2026-11-01', reason: 'Merged into ae-02.', replacedBy: 'ae-02' };

  it('fails when a published station id disappears without a retirement record', () => {
    expect(problemsAfter('stations/AE.json', renamed)).toEqual([
      `retired.json: ae-01: id: station ae-01, published in ${LATEST}, is no longer in stations/AE.json: add a retirement record (id, date, reason, replacedBy)`,
    ]);
  });

  it('accepts a retired id with its record, and ships the record with the last release that had it', () => {
    const dir = copyOfData();
    edit(dir, 'stations/AE.json', renamed);
    edit(dir, 'retired.json', (j) => j.push(retirement));
    const dataset = compiler().compileDataset(dir, options);
    expect(dataset.stations.map((s) => s.id)).not.toContain('ae-01');
    expect(dataset.stations.map((s) => s.id)).toContain('ae-02');
    expect(dataset.retired).toEqual([{ ...retirement, lastVersion: LATEST }]);
    // Sorted by id; an id no release shipped has no last version.
    const unpublished = { ...retirement, id: 'ae-00', replacedBy: null };
    const two = copyOfData();
    edit(two, 'stations/AE.json', renamed);
    edit(two, 'retired.json', (j) => j.push(retirement, unpublished));
    expect(compiler().compileDataset(two, options).retired).toEqual([
      { ...unpublished, lastVersion: null },
      { ...retirement, lastVersion: LATEST },
    ]);
    const reversed = copyOfData();
    edit(reversed, 'stations/AE.json', renamed);
    edit(reversed, 'retired.json', (j) => j.push(unpublished, retirement));
    expect(
      compiler()
        .compileDataset(reversed, options)
        .retired.map((r) => r.id),
    ).toEqual(['ae-00', 'ae-01']);
  });

  it('fails when a retired id is reused, or a retirement names an unknown station', () => {
    expect(problemsAfter('retired.json', (j) => j.push(retirement))).toEqual([
      'stations/AE.json: ae-01: id: "ae-01" was retired on 2026-11-01 (retired.json) and is never reused: give this station a new id',
      'retired.json: ae-01: replacedBy: unknown station id "ae-02" in data/stations/',
    ]);
    const dir = copyOfData();
    edit(dir, 'stations/AE.json', renamed);
    edit(dir, 'retired.json', (j) => j.push({ ...retirement, replacedBy: 'ae-03' }, { ...retirement }));
    expect(problemsIn(dir)).toEqual([
      'retired.json: ae-01: id: duplicate retired station id (also in retired.json)',
      'retired.json: ae-01: replacedBy: unknown station id "ae-03" in data/stations/',
    ]);
  });

  it('checks a retirement record like any other record', () => {
    const dir = copyOfData();
    edit(dir, 'stations/AE.json', renamed);
    edit(dir, 'retired.json', (j) => j.push({ ...retirement, date: dayAfter(UPDATED), reason: ' ' }));
    expect(problemsIn(dir)).toEqual(['retired.json: ae-01: reason: " ": Too small: expected string to have >=1 characters']);
    const later = dayAfter(UPDATED);
    const again = copyOfData();
    edit(again, 'stations/AE.json', renamed);
    edit(again, 'retired.json', (j) => j.push({ ...retirement, date: later }));
    expect(problemsIn(again)).toEqual([
      `retired.json: ae-01: date: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
  });

  it('rejects a source that nothing cites', () => {
    expect(
      problemsAfter('sources.json', (j) =>
        j.push({ id: 'orphan-2022', url: 'https://example.org/', publisher: 'X', title: 'Y', date: '2022', note: null }),
      ),
    ).toEqual(['sources.json: orphan-2022: id: source is cited by nothing']);
  });

  it('compares city names without case', () => {
    const dir = copyOfData();
    edit(dir, 'stations/NL.json', (j) => (j.stations[0].city = 'AMSTERDAM'));
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.find((s) => s.id === 'nl-01')?.city,
    ).toBe('AMSTERDAM');
  });

  it('names countries.json in the problems of its records', () => {
    expect(problemsAfter('countries.json', (j) => (j.find((c: Json) => c.code === 'NL').reviewed = 'soon'))).toEqual([
      'countries.json: NL: reviewed: "soon": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('reports a file named after no country once, whatever it holds', () => {
    for (const content of ['"not an object"', '{ "stations": 5 }', '[]']) {
      const dir = copyOfData();
      writeFileSync(join(dir, 'stations/XN.json'), content);
      expect(problemsIn(dir), content).toEqual([
        'stations/XN.json: -: file name: "XN" is not an ISO 3166-1 alpha-2 country code',
      ]);
    }
  });

  it('does not report a published id as gone while its file holds a misfiled id that may be it', () => {
    expect(
      problemsAfter('stations/NL.json', (j) => {
        j.stations[0].id = 'ie-09';
        for (const event of j.events) event.stations = event.stations.map((id: string) => (id === 'nl-01' ? 'ie-09' : id));
      }),
    ).toEqual(['stations/NL.json: ie-09: id: must start with "nl-" in this file']);
  });

  it('does not report a replacement as unknown while its country file cannot be read', () => {
    const dir = copyOfData();
    edit(dir, 'retired.json', (j) => j.push({ id: 'nl-00', date: '2026-11-01', reason: 'A test.', replacedBy: 'ae-05' }));
    writeFileSync(join(dir, 'stations/AE.json'), '{ not JSON');
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe("stations/AE.json:1:3: -: -: cannot read JSON (Expected property name or '}')");
  });

  it('derives a state from the events and listings in date order, whatever the order of the files', () => {
    const dir = copyOfData();
    // A press report before the station's listing: its status dates from the press report.
    edit(dir, 'stations/AE.json', (j) =>
      j.events.push({
        id: 'ae-e01',
        date: '2022-08',
        dateBasis: 'reported',
        type: 'statement',
        scope: 'station',
        actor: 'A newspaper',
        summary: 'Named the station.',
        sources: [j.stations[0].sources[0]],
        stations: ['ae-01'],
      }),
    );
    // Stations out of id order in their file: listings still name them in order.
    edit(dir, 'stations/NL.json', (j) => j.stations.reverse());
    const dataset = compiler().compileDataset(dir, options);
    expect(dataset.stations.find((s) => s.id === 'ae-01')).toMatchObject({ status: 'reported', statusSince: '2022-08' });
    const listing = dataset.events.find((e) => e.id === 'listed-110-overseas')!;
    expect(listing.stations).toEqual([...listing.stations].sort());
    expect(listing.stations).toContain('nl-01');
  });

  it('ships no listing event for a report that lists no station', () => {
    const dir = copyOfData();
    edit(dir, 'reports.json', (j) =>
      j.push({
        ...j[0],
        id: 'a-third-report',
        claimed: { stations: 1, countries: 1 },
        unidentified: [{ ...j[0].unidentified[0], count: 1 }],
      }),
    );
    const dataset = compiler().compileDataset(dir, options);
    expect(dataset.reports.find((r) => (r.id as string) === 'a-third-report')?.identified).toEqual({ stations: 0, countries: 0 });
    expect(dataset.events.map((e) => e.id)).not.toContain('listed-a-third-report');
    expect(dataset.events.map((e) => e.id)).toContain('listed-110-overseas');
  });
});
