// What the command line prints: the summary of the dataset, a table of stations, one
// station's record, and the changes between releases.
import { UTCDate } from '@date-fns/utc';
import { format as formatDate } from 'date-fns';
import { changesMarkdown } from './changes-text.js';
import { csvCell } from './csv-cell.js';
import {
  byCountry,
  CLOSURE_BASES,
  type Count,
  type CountKey,
  changes,
  countBy,
  countries,
  countryName,
  dataset,
  getDetails,
  getEvents,
  getSource,
  INVESTIGATIONS,
  isNews,
  OPERATIONS,
  query,
  reports,
  retired,
  STATUSES,
  type Station,
} from './index.js';
import { UsageError } from './cli-args.js';

/** A plain-text table: numbers right-aligned, text left, no colour. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
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
    .filter((e) => isNews(e) && e.stations.some((id) => ids.has(id)))
    .map((e) => e.date);
  return dates.at(-1) ?? '-';
}

/** The summary of the dataset, printed with no filter. */
export function summary(): string {
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
        const heard = query({ investigation }).map((s) => s.investigationAsOf?.slice(0, 4) ?? '-');
        return [...new Set(heard)].sort().map((year) => [investigation, year, heard.filter((y) => y === year).length]);
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

/** How many stations: "1 station", "2 stations". */
const stationsCount = (n: number) => `${n} station${n === 1 ? '' : 's'}`;

/**
 * The line above a listing `--on` a day: the day in words (date-fns, in UTC, so that the
 * machine's time zone never moves it) and how many stations had no event by then.
 */
export function onLabel(day: string, notYet: number): string {
  const words = formatDate(new UTCDate(`${day}T00:00:00Z`), 'd MMMM yyyy');
  return `Values as they stood at the end of ${words}${notYet > 0 ? `; ${stationsCount(notYet)} not yet reported by then, left out` : ''}.`;
}

/** A value of a `--count-by` key in words: a country with its name, a missing value as "none". */
function valueLabel(key: CountKey, value: string | null): string {
  if (value === null) return key === 'bureau' || key === 'province' ? 'unknown' : 'none';
  return key === 'country' ? `${value} ${countryName(value)}` : value;
}

/** The counts of `--count-by KEY` over the stations found, as a table, JSON or CSV. */
export function counted(
  key: CountKey,
  counts: readonly Count<unknown>[],
  total: number,
  format: string,
  on?: { readonly day: string; readonly notYet: number },
): string {
  const rows = counts.map(({ value, count }) => ({ value: value as string | null, count }));
  if (format === 'json') {
    const named = rows.map((row) => (key === 'country' && row.value ? { ...row, name: countryName(row.value) } : row));
    return `${JSON.stringify({ key, ...(on ? { on: on.day } : {}), stations: total, counts: named }, null, 2)}\n`;
  }
  if (format === 'csv') {
    const header = key === 'country' ? 'country,name,stations' : `${key},stations`;
    const lines = rows.map(({ value, count }) =>
      (key === 'country' && value ? [value, countryName(value), count] : [value, count]).map(csvCell).join(','),
    );
    return [header, ...lines].map((line) => `${line}\r\n`).join('');
  }
  const body =
    rows.length === 0
      ? 'No station matches.'
      : table(
          [key, 'stations'],
          rows.map(({ value, count }) => [valueLabel(key, value), count]),
        );
  const note = key === 'report' ? ' (a station listed in both reports counts under each)' : '';
  return `${on ? `${onLabel(on.day, on.notYet)}\n\n` : ''}${body}\n\n${stationsCount(total)} counted${note}.\n`;
}

/** The stations found, as a table, with a line that says how many. */
export function list(found: readonly Station[]): string {
  if (found.length === 0) return 'No station matches.';
  return `${table(
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
  )}\n\n${stationsCount(found.length)} listed.`;
}

/** One station with its values and their dates, its timeline and its sources. */
export function detail(station: Station): string {
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

/** The changes of the releases after `since` (all without it), as Markdown or JSON. */
export function releaseChanges(since: string | undefined, format: string): string {
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
