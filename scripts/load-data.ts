// The loading step of the data build: every file of data/ read and parsed, nothing checked.
// The compiler (scripts/compile.ts) works on what this returns, so that it can be given
// files built in memory as well as read from a directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonPosition } from './problems.js';
import { RecordSchemas } from './data-files.js';

/** One file of data/: its parsed JSON, or why it could not be read (a problem, ready to report). */
export type DataFile = { readonly json: unknown } | { readonly problem: string };

/** The files of data/ by their path under it: meta.json, the list files and stations/XX.json. */
export type DataFiles = Readonly<Record<string, DataFile>>;

/**
 * A file's text parsed as JSON, or the problem it gives, at its line and column. A byte
 * order mark and CRLF line ends are accepted (`npm run data:format` removes them).
 */
export function parseDataFile(file: string, text: string): DataFile {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { json: JSON.parse(body) };
  } catch (error) {
    const message = (error as Error).message;
    const at = jsonPosition(body, message);
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    return { problem: `${at ? `${file}:${at}` : file}: -: -: cannot read JSON (${reason})` };
  }
}

/** Reads the files of a data directory: meta.json, each list file and every stations/*.json. */
export function loadData(dataDir: string): DataFiles {
  const read = (file: string): DataFile => {
    let text: string;
    try {
      text = readFileSync(join(dataDir, file), 'utf8');
    } catch (error) {
      return {
        problem: `${file}: -: -: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      };
    }
    return parseDataFile(file, text);
  };
  const countries = readdirSync(join(dataDir, 'stations'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `stations/${name}`);
  return Object.fromEntries(['meta.json', ...Object.keys(RecordSchemas), ...countries].map((file) => [file, read(file)]));
}
