// The command line as a function: `run(argv, io)` writes the output of the arguments
// through `io` and gives the exit status (0, or 2 for a usage error), so that it can be
// tested in process; src/cli.ts runs it on the process's arguments.
import { endOf } from './dates.js';
import { cityMatcher, DATE_FLAGS, filterOf, FORMATS, HELP, itemsOf, parse, UsageError } from './cli-args.js';
import { counted, detail, list, onLabel, releaseChanges, summary } from './cli-render.js';
import {
  COUNT_KEYS,
  type CountKey,
  createQueries,
  dataset,
  getEvents,
  getStation,
  precisionOf,
  query,
  retiredStation,
  type Station,
  type StationEvent,
  type StationFilter,
  type StationsOn,
  stations,
  stationsOn,
  toCSV,
  toGeoJSON,
  toJSON,
} from './index.js';

/** The last day of a partial date (`2022-10` is 2022-10-31), or a UsageError for one that is not a real date. */
function lastDayOf(given: string): string {
  if (precisionOf(given) === undefined)
    throw new UsageError(`unknown --on "${given}"; expected a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return endOf(given);
}

/** The events that name some of `stations`, each naming only those. */
function eventsOf(stations: readonly Station[], events: readonly StationEvent[]): StationEvent[] {
  const ids = new Set(stations.map((s) => s.id));
  return events.flatMap((event) => {
    const named = event.stations.filter((id) => ids.has(id));
    return named.length > 0 ? [{ ...event, stations: named }] : [];
  });
}

/** The stations a filter selects, from the package's or from another list; a query error in the command's words. */
function select(filter: StationFilter, from?: StationsOn): readonly Station[] {
  try {
    return from ? createQueries(from.stations, from.events).query(filter) : query(filter);
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const message = DATE_FLAGS.reduce((text, [flag, key]) => text.replace(key, `--${flag}`), error.message);
      throw new UsageError(message.replace(/^(query|createQueries): /, '').replace('a Date or a date string as', 'a date as'));
    }
    throw error;
  }
}

/** Where the command writes: its standard output and its standard error. */
export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The complete output of the arguments, final line end included: CSV ends in CRLF like `toCSV`, the rest in LF. */
function output(args: readonly string[]): string {
  const { values, positionals } = parse(args);
  // Only --changes takes a value that may be left out: the release after it, as a positional.
  if (positionals.length > (values.changes ? 1 : 0)) {
    const stray = positionals.at(-1)!;
    // A station's id on its own is the likeliest slip: say how to show that station.
    if (getStation(stray.toLowerCase()))
      throw new UsageError(
        `unexpected "${stray}": to show that station, give its id after --id, as in --id ${stray.toLowerCase()}`,
      );
    throw new UsageError(
      `unexpected "${stray}": each value follows its option, as in --country NL (only --changes takes a version after it)`,
    );
  }
  if (values.help) return HELP;
  if (values.version) return `${dataset.version} (data updated ${dataset.updated})\n`;
  // An empty value is a mistake (an unset shell variable, a stray comma), never "no filter".
  for (const key of ['id', 'format', 'on', 'count-by', ...DATE_FLAGS.map(([flag]) => flag)] as const) {
    if (values[key]?.trim() === '') throw new UsageError(`--${key} needs a value`);
  }
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${format}"; expected one of ${FORMATS.join(', ')}`);
  }

  const filter = filterOf(values);
  const cities = values.city === undefined ? undefined : itemsOf('city', values.city);
  const day = values.on === undefined ? undefined : lastDayOf(values.on);
  const countKey = values['count-by'];
  if (countKey !== undefined && !(COUNT_KEYS as readonly string[]).includes(countKey)) {
    throw new UsageError(`unknown --count-by "${countKey}"; expected one of ${COUNT_KEYS.join(', ')}`);
  }
  const shaping = [cities && '--city', day && '--on', countKey && '--count-by'].filter(Boolean);

  if (values.changes) {
    if (Object.keys(filter).length > 0 || values.id !== undefined || shaping.length > 0) {
      throw new UsageError('--changes cannot be combined with filters, --on, --count-by or --id');
    }
    if (positionals[0]?.trim() === '') throw new UsageError('--changes SINCE needs a version, or leave it out');
    return releaseChanges(positionals[0], format);
  }

  if (values.id !== undefined) {
    if (Object.keys(filter).length > 0 || shaping.length > 0) {
      throw new UsageError(
        `--id cannot be combined with filters, ${shaping.length > 0 ? shaping.join(' or ') : '--on or --count-by'}`,
      );
    }
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

  const then = day === undefined ? undefined : stationsOn(day);
  let found = select(filter, then);
  if (cities) {
    const inCity = cityMatcher(cities);
    found = found.filter((station) => inCity(station.city));
  }
  // The timelines of the conversions end at the same day as the values.
  const options = then ? { events: then.events } : undefined;

  if (countKey !== undefined) {
    if (format === 'geojson') throw new UsageError('--count-by takes --format table, json or csv');
    const counts = createQueries(found, eventsOf(found, then?.events ?? getEvents())).countBy(countKey as CountKey);
    return counted(
      countKey as CountKey,
      counts,
      found.length,
      format,
      day === undefined ? undefined : { day, notYet: stations.length - then!.stations.length },
    );
  }
  if (format === 'json') return `${JSON.stringify(toJSON(found, options), null, 2)}\n`;
  if (format === 'csv') return toCSV(found, options);
  if (format === 'geojson') return `${JSON.stringify(toGeoJSON(found, options), null, 2)}\n`;
  if (Object.keys(filter).length === 0 && !cities && day === undefined) return `${summary()}\n`;
  const notYet = then ? stations.length - then.stations.length : 0;
  return `${day ? `${onLabel(day, notYet)}\n\n` : ''}${list(found)}\n`;
}

/**
 * Runs the command on `argv` (the arguments after the program's name): writes its output to
 * `io.stdout` and gives 0, or writes one line to `io.stderr` and gives 2 for a usage error.
 * Any other error is thrown.
 */
export function run(argv: readonly string[], io: CommandIO): number {
  let text: string;
  try {
    text = output(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`overseas-police-stations: ${error.message} (see --help)\n`);
    return 2;
  }
  io.stdout(text);
  return 0;
}
