// What the command line prints, byte for byte: its tables, the summary, one station's
// record and the counts, each expected text built here from the library's values.
import { describe, expect, it } from 'vitest';
import { counted, detail, list, onLabel, summary, table } from '../src/cli-render.js';
import {
  byCountry,
  CLOSURE_BASES,
  countBy,
  countries,
  countryName,
  dataset,
  getDetails,
  getSource,
  INVESTIGATIONS,
  isNews,
  OPERATIONS,
  query,
  reports,
  STATUSES,
  type Station,
  stations,
} from '../src/index.js';

describe('table', () => {
  it('aligns a column of numbers right and text left, under a rule as wide as each column', () => {
    expect(
      table(
        ['name', 'n', 'note'],
        [
          ['ab', 3, 'x'],
          ['c', 12, ''],
        ],
      ),
    ).toBe(['name   n  note', '----  --  ----', 'ab     3  x', 'c     12'].join('\n'));
  });

  it('aligns a column left when any of its cells is text', () => {
    expect(
      table(
        ['k', 'value'],
        [
          ['a', 1],
          ['b', '-'],
        ],
      ),
    ).toBe(['k  value', '-  -----', 'a  1', 'b  -'].join('\n'));
  });

  it('prints the header and its rule alone when there is no row', () => {
    expect(table(['key', 'stations'], [])).toBe('key  stations\n---  --------');
  });
});

/** The date of the latest news about a country's stations, or "-". */
function latestNews(code: string): string {
  const dates = byCountry(code)
    .flatMap((s) => getDetails(s.id)!.events)
    .filter((e) => isNews(e))
    .map((e) => e.date);
  return dates.sort().at(-1) ?? '-';
}

describe('summary', () => {
  const sections = () => summary().split('\n\n');

  it('says the version, the counts, and the reports with what they claimed and what is identified', () => {
    const [head, reportTable] = sections();
    expect(head).toBe(
      `overseas-police-stations ${dataset.version} (data updated ${dataset.updated})\n` +
        `${stations.length} stations in ${dataset.counts.countries} countries, ${dataset.counts.events} events, ${dataset.counts.sources} sources`,
    );
    expect(reportTable).toBe(
      table(
        ['report', 'claimed', 'identified'],
        reports.map((r) => [r.title.replace(/:.*$/, ''), r.claimed.stations, r.identified.stations]),
      ),
    );
    expect(reportTable!.split('\n')[2]).toMatch(/^110 Overseas +54 +\d+$/);
  });

  it('gives each country its stations by status, total, latest news and reviewed date', () => {
    const rows = countBy('country').map(({ value, count }) => {
      const code = value!;
      const here = byCountry(code);
      return [
        `${code} ${countryName(code)}`,
        ...STATUSES.map((status) => here.filter((s) => s.status === status).length),
        count,
        latestNews(code),
        countries.find((c) => c.code === code)!.reviewed,
      ];
    });
    expect(sections()[2]).toBe(table(['country', ...STATUSES, 'total', 'latest event', 'reviewed'], rows));
  });

  it('counts each status, operation with its closure basis, investigation by year last heard of, legal stage, bureau and province', () => {
    const [, , , status, operation, ordered, investigation, legal, bureau, province] = sections();
    expect(status).toBe(
      table(
        ['status', 'stations'],
        countBy('status').map(({ value, count }) => [value!, count]),
      ),
    );
    const operations = [
      ...OPERATIONS.filter((o) => o !== 'closed').map((o) => [o, '-', query({ operation: o }).length] as const),
      ...CLOSURE_BASES.map((c) => ['closed', c, query({ operation: 'closed', closure: c }).length] as const),
    ].filter(([, , n]) => n > 0);
    operations.sort((a, b) => OPERATIONS.indexOf(a[0]) - OPERATIONS.indexOf(b[0]));
    expect(operation).toBe(table(['operation', 'closure', 'stations'], operations));
    expect(operations.filter(([o]) => o === 'closed').length).toBeGreaterThan(1);
    expect(ordered).toBe(
      `closure ordered or demanded by the host: ${query({ closureOrdered: true }).length} (an order closes nothing by itself)`,
    );
    const years = INVESTIGATIONS.flatMap((i) => {
      const heard = query({ investigation: i }).map((s) => s.investigationAsOf?.slice(0, 4) ?? '-');
      return [...new Set(heard)].sort().map((y) => [i, y, heard.filter((h) => h === y).length]);
    });
    expect(investigation).toBe(table(['investigation', 'last heard of', 'stations'], years));
    expect(years.map(([i, y]) => `${i} ${y}`)).toContain('none -');
    expect(years.filter(([i]) => i === 'open').length).toBeGreaterThan(1);
    expect(legal).toBe(
      table(
        ['legal stage', 'stations'],
        countBy('legal').map(({ value, count }) => [value!, count]),
      ),
    );
    const named = (key: 'bureau' | 'province') => countBy(key).map(({ value, count }) => [value ?? 'unknown', count]);
    expect(bureau).toBe(table(['bureau', 'stations'], named('bureau')));
    expect(province).toBe(table(['province', 'stations'], named('province')));
    expect(named('bureau').map(([v]) => v)).toContain('unknown');
  });
});

/** One station's record as the command prints it, line by line. */
function expectedDetail(station: Station): string {
  const { notes, sources, events } = getDetails(station.id)!;
  const cite = (ids: readonly string[]) => ids.map((id) => `[${id}]`).join(' ');
  const operation = [
    `operation: ${station.operation}`,
    station.closure === null ? '' : ` (closure ${station.closure})`,
    station.lastReportedActive === null ? '' : `; activity last observed ${station.lastReportedActive}`,
    station.closureOrdered === null ? '' : `; closure ordered ${station.closureOrdered}`,
  ].join('');
  const timeline = events.map((e) =>
    [
      `  ${e.date}`,
      e.dateBasis === 'reported' ? ' (reported)' : '',
      `  ${e.type}`,
      e.scope === 'country' ? ' (country context)' : '',
      e.observed ? ` (observed ${e.observed})` : '',
      `  ${e.actor}: ${e.summary} ${cite(e.sources)}`,
    ].join(''),
  );
  const cited = new Set([...sources.map((s) => s.id), ...events.flatMap((e) => e.sources)]);
  return [
    `${station.id}: ${station.city ?? 'city unknown'}, ${countryName(station.country)} (${station.status} since ${station.statusSince})`,
    operation,
    `investigation: ${station.investigation}${station.investigationAsOf === null ? '' : ` (last heard of ${station.investigationAsOf})`}; legal stage: ${station.legal}; last heard of: ${station.lastHeard ?? 'nothing since its listing'}`,
    `bureau: ${station.bureau ?? 'unknown'}${station.bureauConfidence === null ? '' : ` (${station.bureauConfidence} confidence)`}`,
    `reports: ${station.reports.length === 0 ? 'none' : station.reports.join(', ')}; opened: ${station.opened?.date ?? 'unknown'}; confidence: ${station.confidence}`,
    ...(notes === null ? [] : [`notes: ${notes}`]),
    `sources: ${cite(sources.map((s) => s.id))}`,
    '',
    'timeline:',
    ...timeline,
    '',
    'sources:',
    ...[...cited].sort().map((id) => {
      const s = getSource(id)!;
      return `  [${s.id}] ${s.publisher}, ${s.date ?? 'undated'}: ${s.url}`;
    }),
  ].join('\n');
}

describe('detail', () => {
  it("prints every station's values with their dates, its timeline and every source it cites", () => {
    for (const station of stations) expect([station.id, detail(station)]).toEqual([station.id, expectedDetail(station)]);
  });

  it('meets each case of the record in the data (so that the test above reads each branch)', () => {
    const some = (test: (s: Station) => boolean) => stations.some(test);
    expect(some((s) => s.city === null)).toBe(true);
    expect(some((s) => s.bureau === null) && some((s) => s.bureauConfidence !== null)).toBe(true);
    expect(some((s) => s.reports.length === 0) && some((s) => s.reports.length > 1)).toBe(true);
    expect(some((s) => s.opened === null) && some((s) => s.opened !== null)).toBe(true);
    expect(some((s) => s.lastHeard === null) && some((s) => s.closure !== null)).toBe(true);
    expect(some((s) => getDetails(s.id)!.notes !== null)).toBe(true);
    const events = stations.flatMap((s) => getDetails(s.id)!.events);
    expect(events.some((e) => e.scope === 'country') && events.some((e) => e.observed)).toBe(true);
    expect(events.some((e) => e.dateBasis === 'reported') && events.some((e) => e.sources.length > 1)).toBe(true);
    const cited = stations.flatMap((s) => [
      ...getDetails(s.id)!.sources.map((x) => x.id),
      ...getDetails(s.id)!.events.flatMap((e) => e.sources),
    ]);
    expect(cited.some((id) => getSource(id)!.date === null)).toBe(true);
  });
});

describe('list', () => {
  it('prints one row per station and the number listed', () => {
    const found = byCountry('NL');
    const rows = found.map((s) => [
      s.id,
      s.country,
      s.city ?? '-',
      s.bureau ?? '-',
      s.status,
      s.lastReportedActive ? `${s.operation} ${s.lastReportedActive}` : s.operation,
      s.closure ?? '-',
      s.closureOrdered ?? '-',
      s.investigationAsOf ? `${s.investigation} ${s.investigationAsOf}` : s.investigation,
      s.legal,
      s.lastHeard ?? '-',
    ]);
    const header = [
      'id',
      'country',
      'city',
      'bureau',
      'status',
      'operation',
      'closure',
      'ordered',
      'investigation',
      'legal',
      'last heard',
    ];
    expect(list(found)).toBe(`${table(header, rows)}\n\n2 stations listed.`);
    expect(list([stations[0]!]).endsWith('\n\n1 station listed.')).toBe(true);
    expect(list([])).toBe('No station matches.');
    const unknownBureau = stations.find((s) => s.bureau === null && s.closure === null && s.closureOrdered === null)!;
    const noCity = stations.find((s) => s.city === null)!;
    expect(list([noCity]).split('\n')[2]!.split(/ {2,}/)[2]).toBe('-');
    const unheard = stations.find((s) => s.lastHeard === null)!;
    expect(list([unheard]).split('\n')[2]!.split(/ {2,}/).at(-1)).toBe('-');
    const cells = list([unknownBureau]).split('\n')[2]!.split(/ {2,}/);
    expect([cells[0], cells[3], cells[6], cells[7]]).toEqual([unknownBureau.id, '-', '-', '-']);
  });
});

describe('counted', () => {
  const nl = byCountry('NL');
  const byStatus = countBy('status');

  it('prints a table of counts, a missing value as "none" or "unknown", and the number counted', () => {
    expect(counted('status', byStatus, stations.length, 'table')).toBe(
      `${table(
        ['status', 'stations'],
        byStatus.map(({ value, count }) => [value!, count]),
      )}\n\n${stations.length} stations counted.\n`,
    );
    expect(counted('closure', [{ value: null, count: 3 }], 3, 'table')).toBe(
      'closure  stations\n-------  --------\nnone            3\n\n3 stations counted.\n',
    );
    expect(counted('bureau', [{ value: null, count: 1 }], 1, 'table')).toBe(
      'bureau   stations\n-------  --------\nunknown         1\n\n1 station counted.\n',
    );
    expect(counted('province', [{ value: null, count: 1 }], 1, 'table')).toContain('\nunknown          1\n');
    expect(counted('country', [{ value: 'NL', count: 2 }], 2, 'table')).toContain('\nNL Netherlands         2\n');
    expect(counted('report', [{ value: '110-overseas', count: 2 }], 2, 'table')).toContain(
      '\n\n2 stations counted (a station listed in both reports counts under each).\n',
    );
    expect(counted('status', [], 0, 'table')).toBe('No station matches.\n\n0 stations counted.\n');
  });

  it('says the day and how many stations were not yet reported, with --on', () => {
    const text = counted('status', [{ value: 'reported', count: 2 }], 2, 'table', { day: '2022-10-31', notYet: 5 });
    expect(text.startsWith(`${onLabel('2022-10-31', 5)}\n\nstatus    stations\n`)).toBe(true);
    expect(JSON.parse(counted('status', [], 0, 'json', { day: '2022-10-31', notYet: 5 }))).toEqual({
      key: 'status',
      on: '2022-10-31',
      stations: 0,
      counts: [],
    });
  });

  it('writes JSON with the names of countries, and CSV with CRLF line ends', () => {
    expect(
      JSON.parse(
        counted(
          'country',
          [
            { value: 'NL', count: nl.length },
            { value: null, count: 1 },
          ],
          3,
          'json',
        ),
      ),
    ).toEqual({
      key: 'country',
      stations: 3,
      counts: [
        { value: 'NL', count: 2, name: 'Netherlands' },
        { value: null, count: 1 },
      ],
    });
    expect(JSON.parse(counted('bureau', [{ value: null, count: 1 }], 1, 'json'))).toEqual({
      key: 'bureau',
      stations: 1,
      counts: [{ value: null, count: 1 }],
    });
    expect(
      counted(
        'country',
        [
          { value: 'NL', count: 2 },
          { value: null, count: 1 },
        ],
        3,
        'csv',
      ),
    ).toBe('country,name,stations\r\nNL,Netherlands,2\r\n,1\r\n');
    expect(
      counted(
        'bureau',
        [
          { value: 'fuzhou', count: 4 },
          { value: null, count: 1 },
        ],
        5,
        'csv',
      ),
    ).toBe('bureau,stations\r\nfuzhou,4\r\n,1\r\n');
  });
});

describe('onLabel', () => {
  it('says the day in words and how many stations are left out', () => {
    expect(onLabel('2022-10-01', 0)).toBe('Values as they stood at the end of 1 October 2022.');
    expect(onLabel('2022-10-01', 1)).toBe(
      'Values as they stood at the end of 1 October 2022; 1 station not yet reported by then, left out.',
    );
    expect(onLabel('2022-10-01', 2)).toBe(
      'Values as they stood at the end of 1 October 2022; 2 stations not yet reported by then, left out.',
    );
  });
});
