// What the `overseas-police-stations` command prints: a summary of the embedded dataset,
// filtered lists in four formats, and one station's full record. src/cli.ts writes it out.
import { parseArgs } from 'node:util';
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
  toCSV,
  toGeoJSON,
  toJSON,
  type StationFilter,
} from './index.js';
import { STATUSES } from './status.js';
import type { Station } from './types.js';

const ids = (list: readonly { readonly id: string }[]) => list.map((item) => item.id).join(', ');

const HELP = `Usage: overseas-police-stations [filters] [--format table|json|csv|geojson]
       overseas-police-stations --id ID [--format table|json]

With no filter, prints a summary of the dataset. With filters, lists the stations that
match all of them; a filter given twice, or with comma-separated values, matches any.

Filters:
  --country CODE        ISO 3166-1 alpha-2 code, e.g. NL
  --province NAME       ${provinces.map((p) => p.code).join(', ')}, or ${provinces.map((p) => p.name).join(', ')}
  --bureau ID           ${ids(bureaus)}
  --status STATUS       reported, investigating, closed, prosecuted
  --report ID           ${ids(reports)}
  --opened-from DATE    opened on or after (YYYY, YYYY-MM or YYYY-MM-DD)
  --opened-to DATE      opened on or before

Output:
  --format FORMAT       table (default), json, csv or geojson
  --id ID               one station with its timeline and sources
  -h, --help            this text
  -v, --version         the package and dataset version
`;

const FORMATS = ['table', 'json', 'csv', 'geojson'] as const;
const LIST_FILTERS = ['country', 'province', 'bureau', 'status', 'report'] as const;

/** A mistake in the arguments: the command prints its message and exits with status 2. */
export class UsageError extends Error {}

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
      ['country', ...STATUSES, 'total'],
      countBy('country').map(({ value: code, count }) => [`${code} ${countryName(code!)}`, ...byStatus(byCountry(code!)), count]),
    ),
    '',
    table(
      ['status', 'stations'],
      countBy('status').map(({ value, count }) => [value!, count]),
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
    ['id', 'country', 'city', 'bureau', 'status', 'opened'],
    found.map((s) => [s.id, s.country, s.city ?? '-', s.bureau ?? '-', s.status, s.opened?.date ?? '-']),
  );
}

function detail(station: Station): string {
  const cite = (ids: readonly string[]) => ids.map((id) => `[${id}]`).join(' ');
  const cited = new Set([...station.sources, ...station.events.flatMap((e) => e.sources)]);
  return [
    `${station.id}: ${station.city ?? 'city unknown'}, ${countryName(station.country)} (${station.status})`,
    `bureau: ${station.bureau ?? 'unknown'}${station.bureauConfidence ? ` (${station.bureauConfidence} confidence)` : ''}`,
    `reports: ${station.reports.join(', ') || 'none'}; opened: ${station.opened?.date ?? 'unknown'}; confidence: ${station.confidence}`,
    ...(station.notes ? [`notes: ${station.notes}`] : []),
    `sources: ${cite(station.sources)}`,
    '',
    'timeline:',
    ...station.events.map(
      (e) =>
        `  ${e.date}${e.dateBasis === 'reported' ? ' (reported)' : ''}  ${e.type}  ${e.actor}: ${e.summary} ${cite(e.sources)}`,
    ),
    '',
    'sources:',
    ...sources.filter((s) => cited.has(s.id)).map((s) => `  [${s.id}] ${s.publisher}, ${s.date ?? 'undated'}: ${s.url}`),
  ].join('\n');
}

const OPTIONS = {
  country: { type: 'string', multiple: true },
  province: { type: 'string', multiple: true },
  bureau: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  report: { type: 'string', multiple: true },
  'opened-from': { type: 'string' },
  'opened-to': { type: 'string' },
  format: { type: 'string' },
  id: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: false, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The complete output for these arguments, final line end included: CSV ends in CRLF like `toCSV`, the rest in LF. */
export function run(args: readonly string[]): string {
  const { values } = parse(args);
  if (values.help) return HELP;
  if (values.version) return `${dataset.version} (data updated ${dataset.updated})\n`;
  // An empty value is a mistake (an unset shell variable, a stray comma), never "no filter".
  for (const key of ['id', 'format', 'opened-from', 'opened-to'] as const) {
    if (values[key]?.trim() === '') throw new UsageError(`--${key} needs a value`);
  }
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${format}"; expected one of ${FORMATS.join(', ')}`);
  }

  const filter: StationFilter = {};
  for (const key of LIST_FILTERS) {
    const given = values[key]?.flatMap((value) => {
      const items = value.split(',').map((item) => item.trim());
      if (items.every((item) => item === '')) throw new UsageError(`--${key} needs a value`);
      if (items.includes('')) throw new UsageError(`--${key} "${value}" has an empty item`);
      return items;
    });
    if (given) (filter as Record<string, string[]>)[key] = given;
  }
  if (values['opened-from'] !== undefined) filter.openedFrom = values['opened-from'];
  if (values['opened-to'] !== undefined) filter.openedTo = values['opened-to'];

  if (values.id !== undefined) {
    if (Object.keys(filter).length > 0) throw new UsageError('--id cannot be combined with filters');
    const station = getStation(values.id);
    if (!station) throw new UsageError(`unknown station id "${values.id}"; ids look like "nl-01"`);
    if (format === 'table') return `${detail(station)}\n`;
    if (format === 'json') return `${JSON.stringify(toJSON([station]).stations[0], null, 2)}\n`;
    throw new UsageError('--id takes --format table or json');
  }

  let found: readonly Station[];
  try {
    found = query(filter);
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError)
      throw new UsageError(
        error.message
          .replace(/^query: /, '')
          .replace('openedFrom', '--opened-from')
          .replace('openedTo', '--opened-to'),
      );
    throw error;
  }
  if (format === 'json') return `${JSON.stringify(toJSON(found), null, 2)}\n`;
  if (format === 'csv') return toCSV(found);
  if (format === 'geojson') return `${JSON.stringify(toGeoJSON(found), null, 2)}\n`;
  return `${Object.keys(filter).length === 0 ? summary() : list(found)}\n`;
}
