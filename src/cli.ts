// `overseas-police-stations`: prints a summary of the embedded dataset.
import { byCountry, countBy, dataset, reports } from './index.js';
import type { Status } from './types.js';

const STATUSES: readonly Status[] = ['reported', 'investigating', 'closed', 'prosecuted'];

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  // Text columns align left, numbers right.
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });
const { counts } = dataset;
const lines = [
  `overseas-police-stations ${dataset.version} (data updated ${dataset.updated})`,
  `${counts.stations} stations in ${counts.countries} countries, ${counts.events} events, ${counts.sources} sources`,
  '',
  table(
    ['report', 'claimed', 'identified'],
    reports.map((r) => [r.title, r.claimed.stations, r.identified.stations]),
  ),
  '',
  table(
    ['country', ...STATUSES, 'total'],
    countBy('country').map(({ value: code }) => {
      const list = byCountry(code!);
      return [
        `${code} ${names.of(code!)}`,
        ...STATUSES.map((status) => list.filter((s) => s.status === status).length),
        list.length,
      ];
    }),
  ),
  '',
  table(
    ['status', 'stations'],
    countBy('status').map(({ value, count }) => [value!, count]),
  ),
];
console.log(lines.join('\n'));
