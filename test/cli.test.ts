// The command line's output for each kind of arguments, in process through `run(argv, io)`
// (test/cli-process.test.ts runs the built command as a child process, the way users do).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  bureaus,
  byCountry,
  CLOSURE_BASES,
  COUNT_KEYS,
  changes,
  INVESTIGATIONS,
  LEGAL_STAGES,
  OPERATIONS,
  provinces,
  reports,
  STATUSES,
  stationsOn,
  countBy,
  countries,
  countryName as countryNameOf,
  dataset,
  query,
  getDetails,
  stateOn,
  stations,
} from '../src/index.js';
import { freshEachTest } from './fresh.js';

// Loaded afresh for each test, for mutation testing (see fresh.ts).
const command = freshEachTest(() => import('../src/cli-run.js'));

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = command().run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** The rows of a table the command printed: the lines after its header and rule, up to the first blank line. */
function rowsOf(stdout: string): string[] {
  const lines = stdout.split('\n').slice(2);
  const end = lines.indexOf('');
  return end === -1 ? lines : lines.slice(0, end);
}

/** The first cell of each row: the station ids of a listing. */
const idsOf = (stdout: string) => rowsOf(stdout).map((line) => line.split(' ')[0]);

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
    // One blank line between releases.
    expect(all.stdout).toMatch(/\.\n\n## 2\.0\.0 against 1\.1\.0 /);
    const latest = changes()[0]!.version;
    expect(cli('--changes', latest).stdout).toBe(`No release after ${latest}.\n`);
  });

  it.each([
    [['--changes', '9.9.9'], /unknown release "9\.9\.9"; expected one of "\d+\.\d+\.\d+", /],
    [['--changes', '2.0.0', '--country', 'NL'], /--changes cannot be combined with filters, --on, --count-by or --id/],
    [['--changes', '--format', 'csv'], /--changes takes --format table or json/],
    [['--changes', '2.0.0', '2.1.0'], /unexpected "2\.1\.0": each value follows its option/],
    [['--changes', ''], /--changes SINCE needs a version/],
    [['--changes', '--id', 'nl-01'], /--changes cannot be combined with filters, --on, --count-by or --id/],
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
    const expected = query({ country: ['NL', 'IE'], status: 'closed' }).map((s) => s.id);
    expect(idsOf(cli('--country', 'nl,IE', '--status', 'closed').stdout)).toEqual(expected);
    expect(idsOf(cli('--country', 'NL', '--country', 'IE', '--status', 'closed').stdout)).toEqual(expected);
    expect(cli('--country', 'nl,IE', '--status', 'closed').stdout.endsWith(`\n\n${expected.length} stations listed.\n`)).toBe(
      true,
    );
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
    expect(idsOf(stdout)).toEqual(['us-01']);
    expect(stdout.endsWith('\n\n1 station listed.\n')).toBe(true);
    expect(cli('--closure', 'claimed', '--format', 'csv').stdout).toContain('\r\ncz-01,');
    expect(cli('--investigation', 'sometimes')).toMatchObject({ status: 2, stdout: '' });
  });

  it('filters on the evidence and its dates, and shows each value with its date', () => {
    const rows = (...args: string[]) => rowsOf(cli(...args).stdout);
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
    [['--bogus'], /^overseas-police-stations: there is no option --bogus \(see --help\)\n$/],
    [['--contry', 'NL'], /there is no option --contry; did you mean --country\?/],
    [['--country'], /^overseas-police-stations: --country needs a value \(see --help\)\n$/],
    [['--help=yes'], /--help takes no value/],
    [['--closure-ordered=1'], /--closure-ordered takes no value/],
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
    [['stray'], /unexpected "stray": each value follows its option, as in --country NL/],
    [['ca-01'], /unexpected "ca-01": to show that station, give its id after --id, as in --id ca-01 \(see --help\)/],
    [
      ['--country', 'NL', 'NL-01'],
      /unexpected "NL-01": to show that station, give its id after --id, as in --id nl-01 \(see --help\)/,
    ],
    [
      ['--count-by', 'colour'],
      /unknown --count-by "colour"; expected one of country, province, bureau, report, operation, closure, investigation, legal, status/,
    ],
    [['--count-by', 'status', '--format', 'geojson'], /--count-by takes --format table, json or csv/],
    [['--on', '2022-02-30'], /unknown --on "2022-02-30"; expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
    [['--on', ''], /--on needs a value/],
    [['--city', ','], /--city needs a value/],
    [
      ['--country', 'Korea'],
      /--country "Korea" names more than one country: KP \(North Korea\), KR \(South Korea\); give its code/,
    ],
    [
      ['--country', 'Atlantis'],
      /unknown country "Atlantis"; give an ISO 3166-1 code such as NL or NLD, or an English name such as Netherlands/,
    ],
    [['--id', 'nl-01', '--on', '2023'], /--id cannot be combined with filters, --on/],
    [['--changes', '--count-by', 'status'], /--changes cannot be combined with filters, --on, --count-by or --id/],
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

describe('counts, past dates, countries by name and cities (command line)', () => {
  it('counts stations by any key, among those the filters select, with country names', () => {
    const { status, stdout } = cli('--count-by', 'country', '--status', 'closed');
    expect(status).toBe(0);
    const closed = query({ status: 'closed' });
    const tally = new Map<string, number>();
    for (const s of closed) tally.set(s.country, (tally.get(s.country) ?? 0) + 1);
    const byCode = [...tally];
    byCode.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    expect(rowsOf(stdout)).toEqual(
      byCode.map(([code, n]) => expect.stringMatching(new RegExp(`^${code} ${countryNameOf(code)} +${n}$`))),
    );
    expect(stdout.endsWith(`\n\n${closed.length} stations counted.\n`)).toBe(true);
    const json = JSON.parse(cli('--count-by', 'status', '--format', 'json').stdout);
    expect(json).toEqual({ key: 'status', stations: stations.length, counts: countBy('status') });
    expect(cli('--count-by', 'country', '--country', 'NL', '--format', 'csv').stdout).toBe(
      'country,name,stations\r\nNL,Netherlands,2\r\n',
    );
    expect(cli('--count-by', 'bureau', '--country', 'AE').stdout).toMatch(/^unknown +1$/m);
    expect(cli('--count-by', 'status', '--country', 'IS').stdout).toBe('No station matches.\n\n0 stations counted.\n');
  });

  it('gives every value as it stood on a past day, from the events up to then', () => {
    const day = '2022-10-30';
    const listing = cli('--on', day, '--country', 'NL');
    expect(listing.stdout.split('\n')[0]).toBe(
      `Values as they stood at the end of 30 October 2022; ${stations.filter((s) => stateOn(s.id, day) === null).length} stations not yet reported by then, left out.`,
    );
    expect(rowsOf(listing.stdout.split('\n').slice(2).join('\n')).map((line) => line.split(/ +/)[4])).toEqual(
      byCountry('NL').map((s) => stateOn(s.id, day)!.status),
    );
    // The counts equal stateOn's, station by station; a month runs to its last day.
    const counts = JSON.parse(cli('--on', '2022-10', '--count-by', 'status', '--format', 'json').stdout);
    const states = stations.map((s) => stateOn(s.id, '2022-10-31')).filter((s) => s !== null);
    expect(counts.on).toBe('2022-10-31');
    expect(counts.stations).toBe(states.length);
    for (const { value, count } of counts.counts) expect(count).toBe(states.filter((s) => s.status === value).length);
    // A report published later had not listed a station yet, and the timelines end that day.
    expect(cli('--on', '2022-10', '--count-by', 'report').stdout).not.toContain('patrol-and-persuade');
    const csv = Papa.parse<Record<string, string>>(cli('--on', day, '--country', 'NL', '--format', 'csv').stdout, {
      header: true,
      delimiter: ',',
      skipEmptyLines: true,
    });
    const upTo = (id: string) => String(getDetails(id)!.events.filter((e) => e.date <= day).length);
    expect(csv.data.map((row) => [row.id, row.status, row.events])).toEqual([
      ['nl-01', 'investigating', upTo('nl-01')],
      ['nl-02', 'investigating', upTo('nl-02')],
    ]);
    expect(upTo('nl-01')).not.toBe(String(getDetails('nl-01')!.events.length));
  });

  it('takes a country by its English name, any case, accents optional, and a city by name', () => {
    const it = idsOf(cli('--country', 'Italy').stdout);
    expect(it).toEqual(byCountry('IT').map((s) => s.id));
    // Alpha-3 codes, and UK, which ISO 3166-1 reserves for the United Kingdom (GB).
    for (const [given, code] of [
      ['ITA', 'IT'],
      ['usa', 'US'],
      ['UK', 'GB'],
      ['uk,deu', ['GB', 'DE']],
    ] as const)
      expect(idsOf(cli('--country', given).stdout), given).toEqual(query({ country: code }).map((s) => s.id));
    // Three letters that are no alpha-3 code are part of a name: Spain's code is ESP.
    expect(idsOf(cli('--country', 'spa').stdout)).toEqual(byCountry('ES').map((s) => s.id));
    expect(idsOf(cli('--country', 'italy,netherlands').stdout)).toEqual(query({ country: ['IT', 'NL'] }).map((s) => s.id));
    expect(idsOf(cli('--country', 'Côte d’Ivoire').stdout)).toEqual([]);
    expect(cli('--country', 'Iceland').stdout).toBe('No station matches.\n');
    expect(idsOf(cli('--city', 'sao paulo').stdout)).toEqual(stations.filter((s) => s.city === 'São Paulo').map((s) => s.id));
    expect(idsOf(cli('--city', 'Milan,ROME').stdout)).toEqual(
      stations.filter((s) => s.city === 'Milan' || s.city === 'Rome').map((s) => s.id),
    );
  });

  it('shows examples in its help', () => {
    const help = cli('--help').stdout;
    expect(help).toMatch(/^Examples:$/m);
    for (const example of help.split('Examples:\n')[1]!.trim().split('\n')) {
      const argv = example
        .trim()
        .split(/\s+/)
        .slice(1)
        .filter((arg, i, all) => arg !== '>' && all[i - 1] !== '>');
      expect([example, cli(...argv).status]).toEqual([example, 0]);
    }
  });
});

describe('the tables the command line prints', () => {
  it('aligns numbers right and text left under a rule as wide as each column', () => {
    const lines = cli('--count-by', 'country').stdout.split('\n');
    const [header, rule, ...rows] = lines;
    expect(header).toMatch(/^country +stations$/);
    // The rule: one run of dashes per column, as wide as the column's widest cell.
    const widths = rule!.split('  ').map((dashes) => dashes.length);
    expect(rule).toMatch(/^-+ {2}-+$/);
    const body = rows.slice(0, rows.indexOf(''));
    expect(Math.max(...body.map((row) => row.slice(0, widths[0]).trimEnd().length))).toBe(widths[0]);
    for (const row of body) {
      // The count ends at the end of its column (right-aligned); the name starts at the left.
      expect(row.length).toBe(widths[0]! + 2 + widths[1]!);
      expect(row).toMatch(/^[A-Z]{2} \S/);
    }
    expect(body.map((row) => Number(row.trim().split(/ +/).at(-1)))).toEqual(countBy('country').map((c) => c.count));
  });

  it('prints the summary tables with their headers, in order', () => {
    const { stdout } = cli();
    const headers = stdout.split('\n').filter((_line, i, all) => /^-[- ]*$/.test(all[i + 1] ?? ''));
    expect(headers.map((line) => line.split(/ {2,}/)[0])).toEqual([
      'report',
      'country',
      'status',
      'operation',
      'investigation',
      'legal stage',
      'bureau',
      'province',
    ]);
    expect(headers[0]).toMatch(/^report +claimed +identified$/);
    expect(headers[3]).toMatch(/^operation +closure +stations$/);
    expect(headers[4]).toMatch(/^investigation +last heard of +stations$/);
    expect(stdout).toMatch(/^unknown +\d+$/m);
  });
});

describe("the command line's rarer paths, word for word", () => {
  const stderrOf = (...argv: string[]) => cli(...argv).stderr;
  const said = (message: string) => `overseas-police-stations: ${message} (see --help)\n`;

  it('names what --id cannot be combined with', () => {
    expect(stderrOf('--id', 'nl-01', '--city', 'Rome')).toBe(said('--id cannot be combined with filters, --city'));
    expect(stderrOf('--id', 'nl-01', '--count-by', 'status')).toBe(said('--id cannot be combined with filters, --count-by'));
    expect(stderrOf('--id', 'nl-01', '--on', '2023', '--city', 'Rome')).toBe(
      said('--id cannot be combined with filters, --city or --on'),
    );
    expect(stderrOf('--id', 'nl-01', '--status', 'closed')).toBe(
      said('--id cannot be combined with filters, --on or --count-by'),
    );
  });

  it('says what was wrong with a value in the words of the command', () => {
    expect(stderrOf('--changes', ' ')).toBe(said('--changes SINCE needs a version, or leave it out'));
    expect(stderrOf('-x')).toBe(said('there is no option -x'));
    expect(stderrOf('-hx')).toBe(said('there is no option -x'));
    const known = [...changes().map((c) => c.version), changes().at(-1)!.previous].map((v) => `"${v}"`).join(', ');
    expect(stderrOf('--changes', '9.9.9')).toBe(said(`unknown release "9.9.9"; expected one of ${known}`));
    expect(stderrOf('--active-since', '2024-13')).toBe(
      said('unknown --active-since "2024-13"; expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    );
    expect(stderrOf('--on', '2023', '--opened-from', 'soon')).toBe(
      said('unknown --opened-from "soon"; expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    );
  });

  it('takes the one country whose name contains the words given', () => {
    expect(idsOf(cli('--country', 'ital').stdout)).toEqual(byCountry('IT').map((s) => s.id));
    expect(stderrOf('--country', 'netherl')).toBe(
      said('--country "netherl" names more than one country: BQ (Caribbean Netherlands), NL (Netherlands); give its code'),
    );
  });

  it('lists every station as it stood on a day when --on is given alone, and counts those left out', () => {
    const day = '2022-10';
    const then = stationsOn(day);
    const listing = cli('--on', day).stdout;
    expect(
      listing.startsWith(
        `Values as they stood at the end of 31 October 2022; ${stations.length - then.stations.length} stations not yet reported by then, left out.\n\nid `,
      ),
    ).toBe(true);
    expect(listing.endsWith(`\n\n${then.stations.length} stations listed.\n`)).toBe(true);
    const counts = cli('--on', day, '--count-by', 'status').stdout;
    expect(counts.split('\n')[0]).toBe(listing.split('\n')[0]);
    expect(cli('--on', '2030').stdout.split('\n')[0]).toBe('Values as they stood at the end of 31 December 2030.');
  });

  it('lists each filter value in its help', () => {
    const help = cli('--help').stdout;
    expect(help).toContain(`  --bureau ID           ${bureaus.map((b) => b.id).join(', ')}\n`);
    expect(help).toContain(`  --report ID           ${reports.map((r) => r.id).join(', ')}\n`);
    expect(help).toContain(
      `  --province NAME       ${provinces.map((p) => p.code).join(', ')}, or ${provinces.map((p) => p.name).join(', ')}\n`,
    );
    expect(help).toContain(`  --operation VALUE     ${OPERATIONS.join(', ')} (unknown: listed, no evidence since)\n`);
    expect(help).toContain(`  --closure BASIS       ${CLOSURE_BASES.join(', ')} (who says it closed)\n`);
    expect(help).toContain(`  --investigation VALUE ${INVESTIGATIONS.join(', ')}\n`);
    expect(help).toContain(`  --legal STAGE         ${LEGAL_STAGES.join(', ')} (over the station's activity)\n`);
    expect(help).toContain(`  --status STATUS       ${STATUSES.join(', ')} (the summary of the four above)\n`);
    expect(help).toContain(`KEY: ${COUNT_KEYS.join(', ')}\n`);
  });
});
