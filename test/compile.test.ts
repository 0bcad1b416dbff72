import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDataset, DataError } from '../scripts/compile.js';
import { geonamesCities } from '../scripts/geonames.js';

const DATA = new URL('../data/', import.meta.url).pathname;
const options = { today: '2026-11-29', version: '0.0.0-test', cities: geonamesCities() };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Compiles a copy of data/ after `edit` changed one of its files; returns the problems found. */
function problemsAfter(file: string, edit: (json: Json) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ops-data-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  try {
    compileDataset(dir, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return [...(error as DataError).problems];
  }
  throw new Error('the edited data compiled without a problem');
}

describe('compileDataset', () => {
  it('compiles the real data', () => {
    const dataset = compileDataset(DATA, options);
    expect(dataset.stations.length).toBeGreaterThan(0);
  });

  it('names the file, record and field of a dropped required field', () => {
    expect(problemsAfter('stations/NL.json', (j) => delete j.stations[1].confidence)).toContainEqual(
      expect.stringMatching(/^stations\/NL\.json: nl-02: confidence: /),
    );
  });

  it('rejects a malformed or impossible date', () => {
    expect(problemsAfter('stations/NL.json', (j) => (j.events[0].date = '2022-10-32'))).toContainEqual(
      'stations/NL.json: nl-e01: date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('rejects a date in the future', () => {
    expect(problemsAfter('stations/NL.json', (j) => (j.events[4].date = '2027-01'))).toContainEqual(
      'stations/NL.json: nl-e05: date: date 2027-01 is in the future',
    );
    expect(problemsAfter('sources.json', (j) => (j[0].date = '2030'))).toContainEqual(
      expect.stringMatching(/^sources\.json: [a-z0-9-]+: date: date 2030 is in the future/),
    );
  });

  it('rejects a file named after no country', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-data-'));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    renameSync(join(dir, 'stations/NL.json'), join(dir, 'stations/XN.json'));
    expect(() => compileDataset(dir, options)).toThrow(/stations\/XN\.json: -: file name: "XN" is not an ISO 3166-1 alpha-2 country code/);
  });

  it('rejects dangling references to sources, bureaus, reports and stations', () => {
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].sources = ['no-such-source']))).toContainEqual(
      'stations/NL.json: nl-01: sources.0: unknown source id "no-such-source"',
    );
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].bureau = 'beijing'))).toContainEqual(
      expect.stringMatching(/^stations\/NL\.json: nl-01: bureau: /),
    );
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].reports = ['third-report']))).toContainEqual(
      expect.stringMatching(/^stations\/NL\.json: nl-01: reports\.0: /),
    );
    expect(problemsAfter('stations/NL.json', (j) => (j.events[0].stations = ['nl-09']))).toContainEqual(
      'stations/NL.json: nl-e01: stations.0: unknown station id "nl-09" in this file',
    );
  });

  it('rejects duplicate ids', () => {
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[1].id = 'nl-01'))).toContainEqual(
      'stations/: nl-01: id: duplicate station id',
    );
    expect(problemsAfter('stations/NL.json', (j) => (j.events[1].id = 'nl-e01'))).toContainEqual(
      'stations/NL.json: nl-e01: id: duplicate event id',
    );
  });

  it('rejects unsorted events', () => {
    expect(problemsAfter('stations/NL.json', (j) => j.events.reverse())).toContainEqual(
      expect.stringMatching(/^stations\/NL\.json: nl-e04: date: events must be sorted by date/),
    );
  });

  it('rejects a source URL that is not https', () => {
    expect(
      problemsAfter('sources.json', (j) => (j[0].url = j[0].url.replace('https:', 'http:'))),
    ).toContainEqual(expect.stringMatching(/^sources\.json: [a-z0-9-]+: url: expected an https URL/));
  });

  it('checks that a GeoNames id is a city in the station\'s country', () => {
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].geonameId = 2964574))).toContainEqual(
      'stations/NL.json: nl-01: geonameId: GeoNames id 2964574 (Dublin) is in IE, not NL',
    );
    expect(problemsAfter('stations/NL.json', (j) => (j.stations[0].geonameId = null))).toContainEqual(
      'stations/NL.json: nl-01: geonameId: must be null exactly when city is null',
    );
  });

  it('rejects a station whose timeline sets no status', () => {
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].reports = []) && (j.events = []))).toContainEqual(
      'stations/IE.json: ie-01: events: no event sets a status: cite a report or add a dated event',
    );
  });

  it('rejects a report whose counts do not add up', () => {
    expect(problemsAfter('reports.json', (j) => (j[0].claimed.stations += 1))).toContainEqual(
      expect.stringMatching(/^reports\.json: 110-overseas: unidentified: claimed \d+ stations but/),
    );
  });

  it('accepts an undated source only with a note saying what is known', () => {
    expect(problemsAfter('sources.json', (j) => ((j[0].date = null), (j[0].note = null)))).toContainEqual(
      expect.stringMatching(/^sources\.json: [a-z0-9-]+: note: an undated source needs a note/),
    );
  });

  it('rejects a source that nothing cites', () => {
    expect(
      problemsAfter('sources.json', (j) =>
        j.push({ id: 'orphan-2022', url: 'https://example.org/', publisher: 'X', title: 'Y', date: '2022', note: null }),
      ),
    ).toContainEqual('sources.json: orphan-2022: id: source is cited by nothing');
  });
});
