// The command line's arguments: the options it takes, its help, and the filter they give.
// Usage errors are `UsageError`s, which the command prints as one line and exits 2 on.
import { parseArgs } from 'node:util';
import {
  bureaus,
  CLOSURE_BASES,
  COUNT_KEYS,
  INVESTIGATIONS,
  LEGAL_STAGES,
  OPERATIONS,
  provinces,
  reports,
  STATUSES,
  type StationFilter,
} from './index.js';

const ids = (list: readonly { readonly id: string }[]) => list.map((item) => item.id).join(', ');

/** The text of `--help`. */
export const HELP = `Usage: overseas-police-stations [filters] [--format table|json|csv|geojson]
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

/** The output formats of a list of stations. */
export const FORMATS = ['table', 'json', 'csv', 'geojson'] as const;

/** A mistake in the command's arguments: printed as one line, with exit status 2. */
export class UsageError extends Error {}

/** The options of `parseArgs`. */
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
export const DATE_FLAGS = [
  ['opened-from', 'openedFrom'],
  ['opened-to', 'openedTo'],
  ['active-since', 'activeSince'],
  ['investigation-heard-since', 'investigationHeardSince'],
  ['heard-since', 'heardSince'],
] as const;

/** The parsed arguments; a UsageError for an unknown option or a missing value. */
export function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The filter of `query` that the filter options give (checked by `query` itself). */
export function filterOf(values: ReturnType<typeof parse>['values']): StationFilter {
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
  return filter;
}
