// Runs the built command line as a child process, the way users do.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { byCountry, changes, CSV_COLUMNS, countries, dataset, query, stations, toCSV } from '../src/index.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
function cli(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '1' },
  });
  return { status, stdout, stderr };
}

function expectUsageError(args: string[], message: RegExp) {
  const { status, stdout, stderr } = cli(...args);
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(message);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('overseas-police-stations (command line)', () => {
  it('prints what changed in each release, or after a given one, as Markdown or JSON', () => {
    const all = cli('--changes');
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^## 2\.1\.0 against 2\.0\.0 \(data of \d{4}-\d{2}-\d{2}\)$/m);
    expect(all.stdout).toMatch(/^## 2\.0\.0 against 1\.1\.0 /m);
    const since = cli('--changes', '2.0.0');
    expect(since.stdout).not.toMatch(/^## 2\.0\.0 against/m);
    expect(since.stdout).toContain(
      '- fr-01: reported → closed, 2025-07 (operation operating → closed; closure none → ordered)\n',
    );
    expect(since.stdout).toContain('- gr-01: reported → investigating, 2022-12-25 (investigation none → open)\n');
    expect(JSON.parse(cli('--changes', '--format', 'json').stdout)).toEqual(changes());
    expect(JSON.parse(cli('--format', 'json', '--changes', '2.0.0').stdout)).toEqual(changes('2.0.0'));
    const latest = changes()[0]!.version;
    expect(cli('--changes', latest).stdout).toBe(`No release after ${latest}.\n`);
  });

  it.each([
    [['--changes', '9.9.9'], /unknown release "9\.9\.9"; expected one of "\d+\.\d+\.\d+", /],
    [['--changes', '2.0.0', '--country', 'NL'], /--changes cannot be combined with filters or --id/],
    [['--changes', '--format', 'csv'], /--changes takes --format table or json/],
    [['--changes', '2.0.0', '2.1.0'], /Unexpected argument '2\.1\.0'/],
    [['--changes', ''], /--changes SINCE needs a version/],
  ])('rejects --changes misuse: exits 2 with one line on stderr for %j', expectUsageError);

  it('prints a summary with no arguments', () => {
    const { status, stdout, stderr } = cli();
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`overseas-police-stations ${dataset.version} (data updated ${dataset.updated})`);
    expect(stdout).toContain(`${dataset.counts.stations} stations in ${dataset.counts.countries} countries`);
    // Both Dutch stations closed; the latest Dutch event is of February 2023; searched to the reviewed date.
    // Statuses in order: reported, active, closed-unconfirmed, investigating, closed, prosecuted.
    const reviewed = countries.find((c) => c.code === 'NL')!.reviewed;
    expect(stdout).toMatch(new RegExp(`^NL Netherlands +0 +0 +0 +0 +2 +0 +2 +2023-02 +${reviewed}$`, 'm'));
    expect(stdout).toContain(
      `closure ordered or demanded by the host: ${query({ closureOrdered: true }).length} (an order closes nothing by itself)`,
    );
    const open2022 = query({ investigation: 'open' }).filter((s) => s.investigationAsOf!.startsWith('2022')).length;
    expect(stdout).toMatch(new RegExp(`^open +2022 +${open2022}$`, 'm'));
    expect(stdout).toMatch(/^bureau +stations$/m);
    expect(stdout).toMatch(/^province +stations$/m);
    expect(stdout).not.toContain('\u001b[');
  });

  it('filters like query, with repeated or comma-separated values', () => {
    const ids = (text: string) =>
      text
        .split('\n')
        .slice(2)
        .map((line) => line.split(' ')[0]);
    const expected = query({ country: ['NL', 'IE'], status: 'closed' }).map((s) => s.id);
    expect(ids(cli('--country', 'nl,IE', '--status', 'closed').stdout.trimEnd())).toEqual(expected);
    expect(ids(cli('--country', 'NL', '--country', 'IE', '--status', 'closed').stdout.trimEnd())).toEqual(expected);
    expect(cli('--country', 'IS').stdout).toBe('No station matches.\n');
  });

  it('writes JSON, CSV and GeoJSON', () => {
    const json = JSON.parse(cli('--bureau', 'nantong', '--format', 'json').stdout);
    expect(json.stations.map((s: { id: string }) => s.id)).toEqual(query({ bureau: 'nantong' }).map((s) => s.id));
    const csv = Papa.parse<Record<string, string>>(cli('--format', 'csv').stdout, { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(stations.length);
    const geo = JSON.parse(cli('--country', 'NL', '--format', 'geojson').stdout);
    expect(geo.features).toHaveLength(byCountry('NL').length);
  });

  it('writes CSV byte for byte as toCSV does, CRLF on the last row too', () => {
    // With no filter, only the table format prints a summary; csv lists every station.
    const all = spawnSync(process.execPath, [CLI, '--format', 'csv']);
    expect(all.status).toBe(0);
    expect(all.stdout.equals(Buffer.from(toCSV(stations)))).toBe(true);
    expect(all.stdout.equals(readFileSync(new URL('../dist/data/stations.csv', import.meta.url)))).toBe(true);
    const nl = spawnSync(process.execPath, [CLI, '--country', 'NL', '--format', 'csv']);
    expect(nl.stdout.toString('utf8')).toBe(toCSV(byCountry('NL')));
    const none = spawnSync(process.execPath, [CLI, '--country', 'IS', '--format', 'csv']);
    expect(none.stdout.toString('utf8')).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it.each(['json', 'geojson'])(
    'exits quietly with status 0 when the reader closes the pipe early (| head), --format %s',
    async (format) => {
      const full = spawnSync(process.execPath, [CLI, '--format', format]).stdout.length;
      const child = spawn(process.execPath, [CLI, '--format', format], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let received = 0;
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // Like `head -c`: read the first chunk, then close the read end of the pipe.
      child.stdout.once('data', (chunk: Buffer) => {
        received = chunk.length;
        child.stdout.destroy();
      });
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on('close', (c, s) => resolve([c, s])),
      );
      expect(received).toBeGreaterThan(0);
      expect(received).toBeLessThan(full); // the pipe really was closed before the end
      expect(stderr).toBe('');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    },
  );

  it('shows one station with its timeline and sources', () => {
    const { status, stdout } = cli('--id', 'ie-01');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ie-01: Dublin, Ireland \(closed-unconfirmed since 2022-10-25\)$/m);
    expect(stdout).toMatch(/^operation: closed \(closure claimed\); closure ordered 2022-10-25$/m);
    expect(stdout).toMatch(/^investigation: none; legal stage: none; last heard of: 2022-12-13$/m);
    expect(stdout).toMatch(/^ {2}2022-10-25 \(reported\) {2}ordered_closed /m);
    const de = cli('--id', 'de-01').stdout;
    expect(de).toMatch(/^operation: active; activity last observed 2024; closure ordered 2022-11-03$/m);
    expect(de).toMatch(/^investigation: open \(last heard of 2022-11\); legal stage: none; last heard of: 2024-11-27$/m);
    expect(de).toMatch(/^ {2}2024-11-27 \(reported\) {2}activity_reported \(observed 2024\) {2}RTL\/ntv/m);
    expect(cli('--id', 'hr-01').stdout).toMatch(/^ {2}2025-07-17 {2}other \(country context\) /m);
    expect(stdout).toContain('https://www.irishtimes.com/');
    expect(JSON.parse(cli('--id', 'ie-01', '--format', 'json').stdout).bureau.id).toBe('fuzhou');
  });

  it('filters on every status dimension', () => {
    const { status, stdout } = cli('--operation', 'closed', '--legal', 'charged,convicted,sentenced');
    expect(status).toBe(0);
    expect(
      stdout
        .split('\n')
        .slice(2)
        .map((line) => line.split(' ')[0]),
    ).toEqual(['us-01', '']);
    expect(cli('--closure', 'claimed', '--format', 'csv').stdout).toContain('\r\ncz-01,');
    expect(cli('--investigation', 'sometimes')).toMatchObject({ status: 2, stdout: '' });
  });

  it('filters on the evidence and its dates, and shows each value with its date', () => {
    const rows = (...args: string[]) =>
      cli(...args)
        .stdout.trimEnd()
        .split('\n')
        .slice(2);
    const ids = (...args: string[]) => rows(...args).map((line) => line.split(' ')[0]);
    expect(ids('--operation', 'active')).toEqual(query({ operation: 'active' }).map((s) => s.id));
    expect(rows('--operation', 'active').find((line) => line.startsWith('de-01'))).toMatch(
      /^de-01 +DE +Frankfurt +qingtian +investigating +active 2024 +- +2022-11-03 +open 2022-11 +none +2024-11-27$/,
    );
    expect(ids('--closure-ordered')).toEqual(query({ closureOrdered: true }).map((s) => s.id));
    expect(ids('--investigation', 'open', '--investigation-heard-since', '2024')).toEqual(
      query({ investigation: 'open', investigationHeardSince: '2024' }).map((s) => s.id),
    );
    expect(ids('--active-since', '2024')).toEqual(query({ activeSince: '2024' }).map((s) => s.id));
    expect(ids('--active-since', '2024')).toEqual(['de-01', 'fr-04']);
    expect(ids('--heard-since', '2026')).toEqual(query({ heardSince: '2026' }).map((s) => s.id));
  });

  it('prints help and version', () => {
    expect(cli('--help').stdout).toMatch(/^Usage: overseas-police-stations/);
    expect(cli('-v').stdout.trim()).toBe(`${dataset.version} (data updated ${dataset.updated})`);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--status', 'open'], /unknown status "open"; expected one of "reported"/],
    [['--country', 'Narnia'], /unknown country "Narnia"/],
    [['--format', 'xml'], /unknown --format "xml"; expected one of table, json, csv, geojson/],
    [['--opened-from', 'soon'], /unknown --opened-from "soon"/],
    [['--active-since', '2024-13'], /unknown --active-since "2024-13"/],
    [['--investigation-heard-since', 'soon'], /unknown --investigation-heard-since "soon"/],
    [['--heard-since', 'x'], /unknown --heard-since "x"/],
    [['--operation', 'operating'], /unknown operation "operating"; expected one of "unknown", "active", "closed"/],
    [['--id', 'xx-99'], /unknown station id "xx-99"/],
    [['--id', 'nl-01', '--country', 'NL'], /--id cannot be combined with filters/],
    [['--id', 'nl-01', '--format', 'csv'], /--id takes --format table or json/],
    [['stray'], /Unexpected argument 'stray'/],
  ])('exits 2 with one line on stderr and nothing on stdout for %j', expectUsageError);

  // An empty value must not drop its filter and list every station (or ignore one item).
  it.each([
    [['--country', ''], /^overseas-police-stations: --country needs a value/],
    [['--country='], /--country needs a value/],
    [['--country', '', '--format', 'csv'], /--country needs a value/],
    [['--country', ',', '--status', 'closed'], /--country needs a value/],
    [['--country', ' , '], /--country needs a value/],
    [['--country', 'NL,'], /--country "NL," has an empty item/],
    [['--country', 'NL,,IE'], /--country "NL,,IE" has an empty item/],
    [['--country', 'NL', '--country', ''], /--country needs a value/],
    [['--province', ''], /--province needs a value/],
    [['--bureau', ' '], /--bureau needs a value/],
    [['--status', ''], /--status needs a value/],
    [['--report', ','], /--report needs a value/],
    [['--id', ''], /--id needs a value/],
    [['--format', ''], /--format needs a value/],
    [['--opened-from', ''], /--opened-from needs a value/],
    [['--heard-since', ''], /--heard-since needs a value/],
    [['--opened-to', ' '], /--opened-to needs a value/],
  ])('rejects an empty value: exits 2 with one line on stderr and nothing on stdout for %j', expectUsageError);
});
