// The command line as a function: `run(argv, io)` writes the output of the arguments
// through `io` and gives the exit status (0, or 2 for a usage error), so that it can be
// tested in process; src/cli.ts runs it on the process's arguments.
import { filterOf, FORMATS, HELP, parse, UsageError, DATE_FLAGS } from './cli-args.js';
import { detail, list, releaseChanges, summary } from './cli-render.js';
import { dataset, getStation, query, retiredStation, type Station, toCSV, toGeoJSON, toJSON } from './index.js';

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

  const filter = filterOf(values);

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
