// The command line's arguments: the options it takes, its help, and the filter they give.
// Usage errors are `UsageError`s, which the command prints as one line and exits 2 on.
import { parseArgs } from 'node:util';
import { closest } from './closest.js';
import { fold } from './fold.js';
import { CODE_ALIASES } from './generated/country-aliases.js';
import { COUNTRY_CODES } from './generated/countries.js';
import {
  bureaus,
  CLOSURE_BASES,
  COUNT_KEYS,
  countryName,
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
export const HELP = `Usage: overseas-police-stations [filters] [--on DATE] [--count-by KEY] [--format table|json|csv|geojson]
       overseas-police-stations --id ID [--format table|json]
       overseas-police-stations --changes [SINCE] [--format table|json]

With no filter, prints a summary of the dataset. With filters, lists the stations that
match all of them; a filter given twice, or with comma-separated values, matches any.

Filters:
  --country COUNTRY     an ISO 3166-1 code (NL, NLD; UK for GB) or an English name (Netherlands), any case
  --city NAME           the city, any case, accents optional (Sao Paulo)
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
  --on DATE             every value as it stood at the end of DATE (YYYY, YYYY-MM or
                        YYYY-MM-DD), from the events up to then; stations not yet
                        reported by then are left out
  --count-by KEY        the number of stations for each value of KEY: ${COUNT_KEYS.join(', ')}
  --format FORMAT       table (default), json, csv or geojson
  --id ID               one station with its timeline and sources
  --changes [SINCE]     what changed in the data in each release (after release SINCE)
  -h, --help            this text
  -v, --version         the package and dataset version

Examples:
  overseas-police-stations --country Italy
  overseas-police-stations --count-by country --status closed
  overseas-police-stations --on 2022-12-31 --count-by status
  overseas-police-stations --city Toronto --format csv > toronto.csv
  overseas-police-stations --investigation open --investigation-heard-since 2024
  overseas-police-stations --id nl-01
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
  city: { type: 'string', multiple: true },
  on: { type: 'string' },
  'count-by': { type: 'string' },
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

/** The options' names as typed, `--country`, for messages. */
const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/**
 * The parsed arguments. An unknown option, a missing value or a value given to a switch is
 * a UsageError in plain words (never the parser's own), naming the closest option.
 */
export function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = message.match(/'(-[^' ]*)/)?.[1]?.replace(/^-\w, /, '') ?? '';
    const name = message.match(/--[\w-]+/)?.[0] ?? flag;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closest(flag.split('=')[0]!, FLAGS);
      throw new UsageError(`there is no option ${flag}${near ? `; did you mean ${near}?` : ''}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new UsageError(`${name} takes no value`);
      throw new UsageError(`${name} needs a value`);
    }
    throw new UsageError(message);
  }
}

/** A case- and accent-blind form of a name, for matching countries and cities. */
const folded = (name: string) => fold(name).trim();

let namesOfCountries: readonly (readonly [string, string])[] | undefined;
/** Every ISO 3166-1 alpha-2 code with its English name, folded. */
function countryNames(): readonly (readonly [string, string])[] {
  namesOfCountries ??= COUNTRY_CODES.map((code) => [code, folded(countryName(code))] as const);
  return namesOfCountries;
}

/**
 * The code of a country given as a code (`nl`, `NLD`, `UK`) or an English name
 * (`Netherlands`, `korea`), case- and accent-blind: an alpha-3 code or the reserved `UK`
 * stands for its alpha-2 code; then a whole name, else the one name that contains it. A name
 * several countries' names contain is a UsageError that lists them.
 */
export function countryCode(given: string): string {
  if (/^[A-Za-z]{2,3}$/.test(given)) {
    const alias = CODE_ALIASES[given.toUpperCase()];
    if (alias !== undefined) return alias;
    if (given.length === 2) return given;
  }
  const wanted = folded(given);
  const names = countryNames();
  const exact = names.find(([, name]) => name === wanted);
  if (exact) return exact[0];
  const partial = names.filter(([, name]) => name.includes(wanted));
  if (partial.length === 1) return partial[0]![0];
  if (partial.length > 1) {
    const list = partial.map(([code]) => `${code} (${countryName(code)})`).join(', ');
    throw new UsageError(`--country "${given}" names more than one country: ${list}; give its code`);
  }
  throw new UsageError(
    `unknown country "${given}"; give an ISO 3166-1 code such as NL or NLD, or an English name such as Netherlands`,
  );
}

/** Whether a station's city is one of `cities`, case- and accent-blind. */
export function cityMatcher(cities: readonly string[]): (city: string | null) => boolean {
  const wanted = new Set(cities.map(folded));
  return (city) => city !== null && wanted.has(folded(city));
}

/** The items of a repeatable option: each value split at commas; an empty one is a UsageError. */
export function itemsOf(flag: string, values: readonly string[]): string[] {
  return values.flatMap((value) => {
    const items = value.split(',').map((item) => item.trim());
    if (items.every((item) => item === '')) throw new UsageError(`--${flag} needs a value`);
    if (items.includes('')) throw new UsageError(`--${flag} "${value}" has an empty item`);
    return items;
  });
}

/** The filter of `query` that the filter options give (checked by `query` itself). */
export function filterOf(values: ReturnType<typeof parse>['values']): StationFilter {
  const filter: StationFilter = {};
  for (const key of COUNT_KEYS) {
    const given = values[key] === undefined ? undefined : itemsOf(key, values[key]);
    if (given) (filter as Record<string, string[]>)[key] = key === 'country' ? given.map(countryCode) : given;
  }
  for (const [flag, key] of DATE_FLAGS) if (values[flag] !== undefined) filter[key] = values[flag];
  if (values['closure-ordered']) filter.closureOrdered = true;
  return filter;
}
