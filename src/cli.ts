// The `overseas-police-stations` command: a summary of the embedded dataset, filtered
// lists in four formats, and one station's full record.
import { parseArgs } from 'node:util';
import { changesMarkdown } from './changes-text.js';
import {
  bureaus,
  byCountry,
  changes,
  CLOSURE_BASES,
  COUNT_KEYS,
  countBy,
  countries,
  countryName,
  dataset,
  getDetails,
  getEvents,
  getSource,
  getStation,
  INVESTIGATIONS,
  LEGAL_STAGES,
  OPERATIONS,
  provinces,
  query,
  reports,
  retired,
  retiredStation,
  STATUSES,
  type Station,
  type StationFilter,
  toCSV,
  toGeoJSON,
  toJSON,
} from './index.js';

const ids = (list: readonly { readonly id: string }[]) => list.map((item) => item.id).join(', ');

const HELP = `Usage: overseas-police-stations [filters] [--format table|json|csv|geojson]
       overseas-police-stations --id ID [--format table|json]
       overseas-police-stations --changes [SINCE] [--format table|json]

With no filter, prints a summary of the dataset. With filters, lists the stations that
match all of them; a filter given twice, or with comma-separated values, matches any.

Filters:
  --country CODE        ISO 3166-1 alpha-2 code, e.g. NL
  --province NAME       ${provinces.map((p) => p.code).join(', ')}, or ${provinces.map((p) => p.name).join(', ')}
  --bureau ID           ${ids(bureaus)}
  --report ID           ${ids(reports)}
  --operation VALUE     ${OPERATIONS.join(', ')} (unknown: listed, no evidence since)
  --closure BASIS       ${CLOSURE_BASES.join(', ')} (who says it closed)
  --closure-ordered     only stations whose host ordered or demanded their closure
  --investigation VALUE ${INVESTIGATIONS.join(', ')}
  --legal STAGE         ${LEGAL_STAGES.join(', ')} (over the station's activity)
  --status STATUS       ${STATUSES.join(', ')} (the summary of the four above)
  --active-since DATE   activity last observed on or after (YYYY, YYYY-MM or YYYY-MM-DD)
  --investigation-heard-since DATE
                        investigation last heard of on or after
  --heard-since DATE    last heard of (an event of its own) on or after
  --opened-from DATE    opened on or after
  --opened-to DATE      opened on or before

Output:
  --format FORMAT       table (default), json, csv or geojson
  --id ID               one station with its timeline and sources
  --changes [SINCE]     what changed in the data in each release (after release SINCE)
  -h, --help            this text
  -v, --version         the package and dataset version
`;

const FORMATS = ['table', 'json', 'csv', 'geojson'] as const;

class UsageError extends Error {}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  // Columns of numbers align right, text left.
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The date of the latest event about a country's stations, other than a report's listing and country context. */
function latestEvent(country: string): string {
  const ids = new Set(byCountry(country).map((s) => s.id));
  const dates = getEvents()
    .filter((e) => e.type !== 'listed' && e.scope === 'station' && e.stations.some((id) => ids.has(id)))
    .map((e) => e.date);
  return dates.at(-1) ?? '-';
}

function summary(): string {
  const { counts } = dataset;
  const byStatus = (list: readonly Station[]) => STATUSES.map((status) => list.filter((s) => s.status === status).length);
  return [
    `overseas-police-stations ${dataset.version} (data updated ${dataset.updated})`,
    `${counts.stations} stations in ${counts.countries} countries, ${counts.events} events, ${counts.sources} sources`,
    '',
    table(
      ['report', 'claimed', 'identified'],
      reports.map((r) => [r.title.split(':')[0]!, r.claimed.stations, r.identified.stations]),
    ),
    '',
    table(
      ['country', ...STATUSES, 'total', 'latest event', 'reviewed'],
      countBy('country').map(({ value: code, count }) => [
        `${code} ${countryName(code!)}`,
        ...byStatus(byCountry(code!)),
        count,
        latestEvent(code!),
        countries.find((c) => c.code === code)?.reviewed ?? '-',
      ]),
    ),
    '',
    table(
      ['status', 'stations'],
      countBy('status').map(({ value, count }) => [value!, count]),
    ),
    '',
    table(
      ['operation', 'closure', 'stations'],
      OPERATIONS.flatMap((operation) =>
        (operation === 'closed' ? CLOSURE_BASES : [null]).flatMap((closure) => {
          const n = query({ operation, ...(closure ? { closure } : {}) }).length;
          return n > 0 ? [[operation, closure ?? '-', n]] : [];
        }),
      ),
    ),
    '',
    `closure ordered or demanded by the host: ${query({ closureOrdered: true }).length} (an order closes nothing by itself)`,
    '',
    table(
      ['investigation', 'last heard of', 'stations'],
      INVESTIGATIONS.flatMap((investigation) => {
        const years = [...new Set(query({ investigation }).map((s) => s.investigationAsOf?.slice(0, 4) ?? '-'))].sort();
        return years.map((year) => [
          investigation,
          year,
          query({ investigation }).filter((s) => (s.investigationAsOf?.slice(0, 4) ?? '-') === year).length,
        ]);
      }),
    ),
    '',
    table(
      ['legal stage', 'stations'],
      countBy('legal').map(({ value, count }) => [value!, count]),
    ),
    '',
    table(
      ['bureau', 'stations'],
      countBy('bureau').map(({ value, count }) => [value ?? 'unknown', count]),
    ),
    '',
    table(
      ['province', 'stations'],
      countBy('province').map(({ value, count }) => [value ?? 'unknown', count]),
    ),
  ].join('\n');
}

function list(found: readonly Station[]): string {
  if (found.length === 0) return 'No station matches.';
  return table(
    ['id', 'country', 'city', 'bureau', 'status', 'operation', 'closure', 'ordered', 'investigation', 'legal', 'last heard'],
    found.map((s) => [
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
    ]),
  );
}

function detail(station: Station): string {
  const { notes, sources, events } = getDetails(station.id)!;
  const cite = (ids: readonly string[]) => ids.map((id) => `[${id}]`).join(' ');
  const cited = [...new Set([...sources.map((s) => s.id), ...events.flatMap((e) => e.sources)])].sort();
  return [
    `${station.id}: ${station.city ?? 'city unknown'}, ${countryName(station.country)} (${station.status} since ${station.statusSince})`,
    `operation: ${station.operation}${station.closure ? ` (closure ${station.closure})` : ''}${station.lastReportedActive ? `; activity last observed ${station.lastReportedActive}` : ''}${station.closureOrdered ? `; closure ordered ${station.closureOrdered}` : ''}`,
    `investigation: ${station.investigation}${station.investigationAsOf ? ` (last heard of ${station.investigationAsOf})` : ''}; legal stage: ${station.legal}; last heard of: ${station.lastHeard ?? 'nothing since its listing'}`,
    `bureau: ${station.bureau ?? 'unknown'}${station.bureauConfidence ? ` (${station.bureauConfidence} confidence)` : ''}`,
    `reports: ${station.reports.join(', ') || 'none'}; opened: ${station.opened?.date ?? 'unknown'}; confidence: ${station.confidence}`,
    ...(notes ? [`notes: ${notes}`] : []),
    `sources: ${cite(sources.map((s) => s.id))}`,
    '',
    'timeline:',
    ...events.map(
      (e) =>
        `  ${e.date}${e.dateBasis === 'reported' ? ' (reported)' : ''}  ${e.type}${e.scope === 'country' ? ' (country context)' : ''}${e.observed ? ` (observed ${e.observed})` : ''}  ${e.actor}: ${e.summary} ${cite(e.sources)}`,
    ),
    '',
    'sources:',
    ...cited.map((id) => getSource(id)!).map((s) => `  [${s.id}] ${s.publisher}, ${s.date ?? 'undated'}: ${s.url}`),
  ].join('\n');
}

/** The complete output, final line end included: CSV ends in CRLF like `toCSV`, the rest in LF. */
const OPTIONS = {
  country: { type: 'string', multiple: true },
  province: { type: 'string', multiple: true },
  bureau: { type: 'string', multiple: true },
  report: { type: 'string', multiple: true },
  operation: { type: 'string', multiple: true },
  closure: { type: 'string', multiple: true },
  'closure-ordered': { type: 'boolean' },
  'active-since': { type: 'string' },
  'investigation-heard-since': { type: 'string' },
  'heard-since': { type: 'string' },
  investigation: { type: 'string', multiple: true },
  legal: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  'opened-from': { type: 'string' },
  'opened-to': { type: 'string' },
  format: { type: 'string' },
  id: { type: 'string' },
  changes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The date flags and the filter keys they set. */
const DATE_FLAGS = [
  ['opened-from', 'openedFrom'],
  ['opened-to', 'openedTo'],
  ['active-since', 'activeSince'],
  ['investigation-heard-since', 'investigationHeardSince'],
  ['heard-since', 'heardSince'],
] as const;

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The changes of the releases after `since` (all without it), as Markdown or JSON. */
function releaseChanges(since: string | undefined, format: string): string {
  let found: ReturnType<typeof changes>;
  try {
    found = changes(since);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message.replace(/^changes: /, ''));
    throw error;
  }
  if (format === 'json') return `${JSON.stringify(found, null, 2)}\n`;
  if (format !== 'table') throw new UsageError('--changes takes --format table or json');
  if (found.length === 0) return `No release after ${since}.\n`;
  return found
    .map(
      (entry) => `## ${entry.version} against ${entry.previous} (data of ${entry.updated})\n\n${changesMarkdown(entry, retired)}`,
    )
    .join('\n');
}

function run(args: readonly string[]): string {
  const { values, positionals } = parse(args);
  // Only --changes takes a value that may be left out: the release after it, as a positional.
  if (positionals.length > (values.changes ? 1 : 0)) {
    throw new UsageError(
      `Unexpected argument '${positionals.at(-1)}'. This command takes no positional arguments besides --changes SINCE`,
    );
  }
  if (values.help) return HELP;
  if (values.version) return `${dataset.version} (data updated ${dataset.updated})\n`;
  // An empty value is a mistake (an unset shell variable, a stray comma), never "no filter".
  for (const key of ['id', 'format', ...DATE_FLAGS.map(([flag]) => flag)] as const) {
    if (values[key]?.trim() === '') throw new UsageError(`--${key} needs a value`);
  }
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${format}"; expected one of ${FORMATS.join(', ')}`);
  }

  const filter: StationFilter = {};
  for (const key of COUNT_KEYS) {
    const given = values[key]?.flatMap((value) => {
      const items = value.split(',').map((item) => item.trim());
      if (items.every((item) => item === '')) throw new UsageError(`--${key} needs a value`);
      if (items.includes('')) throw new UsageError(`--${key} "${value}" has an empty item`);
      return items;
    });
    if (given) (filter as Record<string, string[]>)[key] = given;
  }
  for (const [flag, key] of DATE_FLAGS) if (values[flag] !== undefined) filter[key] = values[flag];
  if (values['closure-ordered']) filter.closureOrdered = true;

  if (values.changes) {
    if (Object.keys(filter).length > 0 || values.id !== undefined) {
      throw new UsageError('--changes cannot be combined with filters or --id');
    }
    if (positionals[0]?.trim() === '') throw new UsageError('--changes SINCE needs a version, or leave it out');
    return releaseChanges(positionals[0], format);
  }

  if (values.id !== undefined) {
    if (Object.keys(filter).length > 0) throw new UsageError('--id cannot be combined with filters');
    const station = getStation(values.id);
    const gone = station ? undefined : retiredStation(values.id);
    if (gone) {
      throw new UsageError(
        `station id "${gone.id}" was retired on ${gone.date}${gone.replacedBy ? ` (merged into ${gone.replacedBy})` : ''}: ${gone.reason}`,
      );
    }
    if (!station) throw new UsageError(`unknown station id "${values.id}"; ids look like "nl-01"`);
    if (format === 'table') return `${detail(station)}\n`;
    if (format === 'json') return `${JSON.stringify(toJSON([station]).stations[0], null, 2)}\n`;
    throw new UsageError('--id takes --format table or json');
  }

  let found: readonly Station[];
  try {
    found = query(filter);
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const message = DATE_FLAGS.reduce((text, [flag, key]) => text.replace(key, `--${flag}`), error.message);
      throw new UsageError(message.replace(/^query: /, ''));
    }
    throw error;
  }
  if (format === 'json') return `${JSON.stringify(toJSON(found), null, 2)}\n`;
  if (format === 'csv') return toCSV(found);
  if (format === 'geojson') return `${JSON.stringify(toGeoJSON(found), null, 2)}\n`;
  return `${Object.keys(filter).length === 0 ? summary() : list(found)}\n`;
}

// A reader that stops early (`| head`) closes the pipe: stop quietly with status 0, as Unix
// tools do, rather than crash on EPIPE. Any other write error is one line on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`overseas-police-stations: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

try {
  process.stdout.write(run(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`overseas-police-stations: ${error.message} (see --help)\n`);
  process.exitCode = 2;
}
