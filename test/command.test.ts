// What the command prints for its arguments, called in-process through `run` (src/command.ts).
// test/cli.test.ts runs the built command as a process: exit codes, stderr, pipes.
import { describe, expect, it } from 'vitest';
import { run, UsageError } from '../src/command.js';
import {
  bureaus,
  byCountry,
  countBy,
  countryName,
  dataset,
  getStation,
  provinces,
  query,
  reports,
  sources,
  stations,
  toCSV,
  toGeoJSON,
  toJSON,
} from '../src/index.js';
import type { Station } from '../src/types.js';

const STATUSES = ['reported', 'investigating', 'closed', 'prosecuted'] as const;

/**
 * Checks a plain-text table: a header row, a row of dashes as wide as each column (the
 * widest of its cells), columns two spaces apart, numbers aligned right and text left, no
 * trailing spaces. Returns nothing; fails on the first difference.
 */
function expectTable(lines: readonly string[], header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  expect(lines).toHaveLength(rows.length + 2);
  expect(lines[1]).toBe(widths.map((w) => '-'.repeat(w)).join('  '));
  [header, ...rows].forEach((row, r) => {
    const line = lines[r === 0 ? 0 : r + 1]!;
    expect(line, line).toBe(line.trimEnd());
    let start = 0;
    row.forEach((value, i) => {
      const text = String(value);
      const cell = line.slice(start, start + widths[i]!);
      const right = numeric[i] && r > 0;
      expect(right ? cell : cell.trimEnd(), `${line} [${i}]`).toBe(right ? text.padStart(widths[i]!) : text);
      if (i < row.length - 1) expect(line.slice(start + widths[i]!, start + widths[i]! + 2), line).toBe('  ');
      start += widths[i]! + 2;
    });
  });
}

/** The blank-line separated blocks of an output. */
const blocks = (output: string) => output.trimEnd().split('\n\n');

function usageError(args: string[]): string {
  try {
    run(args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${JSON.stringify(args)}`);
}

describe('run: help and version', () => {
  it('prints the help, which lists the bureaus, provinces and reports of the data', () => {
    const help = run(['--help']);
    expect(run(['-h'])).toBe(help);
    expect(help).toMatch(/^Usage: overseas-police-stations \[filters\] \[--format table\|json\|csv\|geojson\]\n/);
    expect(help.endsWith('this text\n  -v, --version         the package and dataset version\n')).toBe(true);
    expect(help).toContain(`  --bureau ID           ${bureaus.map((b) => b.id).join(', ')}\n`);
    expect(help).toContain(`  --report ID           ${reports.map((r) => r.id).join(', ')}\n`);
    expect(help).toContain(
      `  --province NAME       ${provinces.map((p) => p.code).join(', ')}, or ${provinces.map((p) => p.name).join(', ')}\n`,
    );
    expect(help).toContain(`  --status STATUS       ${STATUSES.join(', ')}\n`);
  });

  it('prints the version and the revision date of the data', () => {
    const version = `${dataset.version} (data updated ${dataset.updated})\n`;
    expect(run(['--version'])).toBe(version);
    expect(run(['-v'])).toBe(version);
  });
});

describe('run: the summary', () => {
  // Run in each test, not once here: mutation testing attributes what a test runs to it.
  const summary = () => run([]);
  const part = (i: number) => blocks(summary())[i]!;

  it('opens with the version and the counts, and ends with one line end', () => {
    expect(blocks(summary())).toHaveLength(6);
    expect(summary().endsWith('\n')).toBe(true);
    expect(summary().endsWith('\n\n')).toBe(false);
    const { counts } = dataset;
    expect(part(0).split('\n')).toEqual([
      `overseas-police-stations ${dataset.version} (data updated ${dataset.updated})`,
      `${counts.stations} stations in ${counts.countries} countries, ${counts.events} events, ${counts.sources} sources`,
    ]);
  });

  it("has each report's claimed and identified counts, by the short title", () => {
    expectTable(
      part(1).split('\n'),
      ['report', 'claimed', 'identified'],
      reports.map((r) => [r.title.slice(0, r.title.indexOf(':')), r.claimed.stations, r.identified.stations]),
    );
    expect(part(1)).toMatch(/^110 Overseas +\d+ +\d+$/m);
  });

  it('counts the stations of each country by status, most stations first', () => {
    const countries = countBy('country');
    expectTable(
      part(2).split('\n'),
      ['country', ...STATUSES, 'total'],
      countries.map(({ value, count }) => [
        `${value} ${countryName(value!)}`,
        ...STATUSES.map((status) => query({ country: value!, status }).length),
        count,
      ]),
    );
    expect(part(2)).toMatch(/^NL Netherlands +0 +0 +2 +0 +2$/m);
  });

  it('counts stations by status, bureau and province, with "unknown" for none', () => {
    expectTable(
      part(3).split('\n'),
      ['status', 'stations'],
      countBy('status').map(({ value, count }) => [value!, count]),
    );
    expectTable(
      part(4).split('\n'),
      ['bureau', 'stations'],
      countBy('bureau').map(({ value, count }) => [value ?? 'unknown', count]),
    );
    expectTable(
      part(5).split('\n'),
      ['province', 'stations'],
      countBy('province').map(({ value, count }) => [value ?? 'unknown', count]),
    );
    const unplaced = stations.filter((s) => s.bureau === null).length;
    expect(unplaced).toBeGreaterThan(0);
    expect(part(4)).toMatch(new RegExp(`^unknown +${unplaced}$`, 'm'));
    expect(part(5)).toMatch(new RegExp(`^unknown +${unplaced}$`, 'm'));
  });
});

describe('run: lists', () => {
  const row = (s: Station) => [s.id, s.country, s.city ?? '-', s.bureau ?? '-', s.status, s.opened?.date ?? '-'];
  const header = ['id', 'country', 'city', 'bureau', 'status', 'opened'];

  it('lists the stations that match, with "-" for what is unknown', () => {
    // Countries with a station of unknown city, of unknown bureau and of unknown opening date.
    const countries = [
      stations.find((s) => s.city === null)!.country,
      stations.find((s) => s.bureau === null)!.country,
      stations.find((s) => s.opened === null)!.country,
      'NL',
    ];
    const found = query({ country: countries });
    const output = run(['--country', countries.join(',')]);
    expect(output.endsWith('\n')).toBe(true);
    expectTable(output.trimEnd().split('\n'), header, found.map(row));
    expect(output).toMatch(/^nl-01 +NL +Amsterdam +qingtian +closed +2018-06$/m);
    expect(output).toMatch(/ - /);
  });

  it('combines filters like query, with repeated or comma-separated values, trimmed', () => {
    const expected = query({ country: ['NL', 'IE'], status: 'closed', openedFrom: '2018-07', openedTo: '2022-03' });
    for (const args of [
      ['--country', 'nl, IE', '--status', 'closed', '--opened-from', '2018-07', '--opened-to', '2022-03'],
      ['--country', 'NL', '--country', ' ie ', '--status', 'closed', '--opened-from', '2018-07', '--opened-to', '2022-03'],
    ]) {
      expectTable(run(args).trimEnd().split('\n'), header, expected.map(row));
    }
    expect(expected.map((s) => s.id)).toEqual(['ie-01', 'nl-02']);
    const byDates = run(['--opened-from', '2022-03', '--opened-to', '2022-03']);
    expectTable(byDates.trimEnd().split('\n'), header, query({ openedFrom: '2022-03', openedTo: '2022-03' }).map(row));
    expect(run(['--province', 'Jiangsu', '--bureau', 'nantong', '--report', 'patrol-and-persuade'])).toBe(
      run(['--province', 'CN-JS', '--bureau', 'nantong', '--report', 'patrol-and-persuade']),
    );
  });

  it('says so when nothing matches', () => {
    expect(run(['--country', 'IS'])).toBe('No station matches.\n');
  });

  it('writes JSON, CSV and GeoJSON of what matches, whole', () => {
    const nl = byCountry('NL');
    expect(run(['--country', 'NL', '--format', 'json'])).toBe(`${JSON.stringify(toJSON(nl), null, 2)}\n`);
    expect(run(['--country', 'NL', '--format', 'csv'])).toBe(toCSV(nl));
    expect(run(['--country', 'NL', '--format', 'geojson'])).toBe(`${JSON.stringify(toGeoJSON(nl), null, 2)}\n`);
    // With no filter, every station: only the table format prints a summary instead.
    expect(run(['--format', 'csv'])).toBe(toCSV(stations));
    expect(run(['--format', 'table'])).toBe(run([]));
  });
});

describe('run: one station', () => {
  /** The detail of a station, line by line, as the help promises: its record, timeline and sources. */
  function detail(s: Station): string {
    const cite = (ids: readonly string[]) => ids.map((id) => `[${id}]`).join(' ');
    const cited = new Set([...s.sources, ...s.events.flatMap((e) => e.sources)]);
    const lines = [
      `${s.id}: ${s.city ?? 'city unknown'}, ${countryName(s.country)} (${s.status})`,
      `bureau: ${s.bureau ?? 'unknown'}${s.bureauConfidence === null ? '' : ` (${s.bureauConfidence} confidence)`}`,
      `reports: ${s.reports.length === 0 ? 'none' : s.reports.join(', ')}; opened: ${s.opened?.date ?? 'unknown'}; confidence: ${s.confidence}`,
      ...(s.notes === null ? [] : [`notes: ${s.notes}`]),
      `sources: ${cite(s.sources)}`,
      '',
      'timeline:',
      ...s.events.map(
        (e) =>
          `  ${e.date}${e.dateBasis === 'reported' ? ' (reported)' : ''}  ${e.type}  ${e.actor}: ${e.summary} ${cite(e.sources)}`,
      ),
      '',
      'sources:',
      ...sources
        .filter((source) => cited.has(source.id))
        .map((source) => `  [${source.id}] ${source.publisher}, ${source.date ?? 'undated'}: ${source.url}`),
    ];
    return `${lines.join('\n')}\n`;
  }

  it('shows its record, its timeline and the sources it cites', () => {
    expect(run(['--id', 'ie-01'])).toBe(detail(getStation('ie-01')!));
    expect(run(['--id', 'ie-01'])).toMatch(/^ie-01: Dublin, Ireland \(closed\)\nbureau: fuzhou \(high confidence\)\n/);
    expect(run(['--id', 'ie-01', '--format', 'table'])).toBe(run(['--id', 'ie-01']));
  });

  it('says what is unknown, and marks dates that are only the day of a report', () => {
    const pick = (test: (s: Station) => boolean) => {
      const station = stations.find(test);
      expect(station).toBeDefined();
      return station!;
    };
    const examples = [
      pick((s) => s.city === null),
      pick((s) => s.bureau === null),
      pick((s) => s.opened === null),
      pick((s) => s.reports.length === 0),
      pick((s) => s.events.some((e) => e.dateBasis === 'reported')),
    ];
    for (const station of examples) expect(run(['--id', station.id]), station.id).toBe(detail(station));
    expect(run(['--id', examples[0]!.id])).toMatch(/^[a-z]{2}-\d{2}: city unknown, /);
    expect(run(['--id', examples[1]!.id])).toMatch(/\nbureau: unknown\n/);
    expect(run(['--id', examples[3]!.id])).toMatch(/\nreports: none; /);
    expect(run(['--id', examples[4]!.id])).toMatch(/\n {2}\d{4}(-\d\d){0,2} \(reported\) {2}[a-z_]+ {2}/);
    const undated = sources.find((s) => s.date === null);
    if (undated) {
      const citing = stations.find((s) => [...s.sources, ...s.events.flatMap((e) => e.sources)].includes(undated.id));
      if (citing) expect(run(['--id', citing.id])).toContain(`  [${undated.id}] ${undated.publisher}, undated: ${undated.url}`);
    }
  });

  it('writes its flat record as JSON', () => {
    const station = getStation('ie-01')!;
    expect(run(['--id', 'ie-01', '--format', 'json'])).toBe(`${JSON.stringify(toJSON([station]).stations[0], null, 2)}\n`);
  });
});

describe('run: usage errors', () => {
  it.each([
    [['--bogus'], expect.stringMatching(/^Unknown option '--bogus'/)],
    [['stray'], "Unexpected argument 'stray'. This command does not take positional arguments"],
    [['--format', 'xml'], 'unknown --format "xml"; expected one of table, json, csv, geojson'],
    [['--id', 'xx-99'], 'unknown station id "xx-99"; ids look like "nl-01"'],
    [['--id', 'nl-01', '--country', 'NL'], '--id cannot be combined with filters'],
    [['--id', 'nl-01', '--opened-to', '2020'], '--id cannot be combined with filters'],
    [['--id', 'nl-01', '--format', 'csv'], '--id takes --format table or json'],
    [['--id', 'nl-01', '--format', 'geojson'], '--id takes --format table or json'],
    [
      ['--country', 'Narnia'],
      expect.stringMatching(/^unknown country "Narnia"; expected an ISO 3166-1 alpha-2 code; stations are in /),
    ],
    [['--status', 'open'], 'unknown status "open"; expected one of "reported", "investigating", "closed", "prosecuted"'],
    [['--opened-from', 'soon'], 'unknown --opened-from "soon"; expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD'],
    [
      ['--opened-to', '2023-02-30'],
      'unknown --opened-to "2023-02-30"; expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [['--country', ''], '--country needs a value'],
    [['--country', ' , '], '--country needs a value'],
    [['--country', 'NL', '--country', ''], '--country needs a value'],
    [['--country', 'NL,'], '--country "NL," has an empty item'],
    [['--country', 'NL, ,IE'], '--country "NL, ,IE" has an empty item'],
    [['--report', ','], '--report needs a value'],
    [['--id', ' '], '--id needs a value'],
    [['--format', ''], '--format needs a value'],
    [['--opened-from', ''], '--opened-from needs a value'],
    [['--opened-to', ' '], '--opened-to needs a value'],
  ])('%j: %s', (args, message) => {
    expect(usageError(args)).toEqual(message);
  });
});
