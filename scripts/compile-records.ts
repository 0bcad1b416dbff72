// The record stage of the data build: each record of a file checked against its schema on
// its own, ids unique across files, the sources a file cites, and the helpers the compiler
// shares (scripts/compile.ts). A broken record still counts as existing, so that nothing
// that refers to it is reported as a problem of its own.
import type { z } from 'zod';
import type { StationEvent } from '../src/types.js';
import type { EventEntry } from './data-files.js';
import { issueMessage } from './problems.js';

/** An event of a country file as the package ships it: every field present, in one order. */
export function shippedEvent(entry: EventEntry): StationEvent {
  const { id, date, dateBasis, type, scope, observed, actor, summary, sources, stations } = entry;
  return { id, date, dateBasis, type, scope, observed: observed ?? null, actor, summary, sources, stations };
}

/** The problems found so far, each in words: file, record, field, message. */
export class Problems {
  readonly list: string[] = [];
  add(file: string, record: string, field: string, message: string): void {
    this.list.push(`${file}: ${record}: ${field}: ${message}`);
  }
  /** A problem already in words: one that a file could not be read gives. */
  addLine(line: string): void {
    this.list.push(line);
  }
}

/** Parsed JSON, not yet checked. */
export type Json = unknown;
/** True for a JSON object (not an array, not null). */
export const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
/** The string id of a record under `key`, if it has one. */
export const idOf = (record: Json, key = 'id'): string | undefined =>
  isObject(record) && typeof record[key] === 'string' ? record[key] : undefined;

/** Records one problem per issue, naming the record and the field path within it, and quoting the value. */
export function reportIssues(
  problems: Problems,
  file: string,
  record: string,
  issues: readonly z.core.$ZodIssue[],
  input: Json,
): void {
  for (const issue of issues) problems.add(file, record, issue.path.map(String).join('.') || '-', issueMessage(issue, input));
}

/** The records of a file, each checked on its own: the valid ones, and the ids of all of them. */
export interface Records<T> {
  readonly valid: T[];
  /** Ids of every record with a string id, valid or not: what references may name. */
  readonly ids: Set<string>;
  /** The same ids in file order, repeats included. */
  readonly idList: string[];
  /** False when a record or the file itself failed its checks. */
  readonly complete: boolean;
  /**
   * True when `ids` holds the id of every record: the file is an array and each record has
   * a readable id. Otherwise a reference to an id not in `ids` may name a record whose id
   * could not be read, and is not reported.
   */
  readonly idsKnown: boolean;
}

/** The records of a file, each checked on its own against `schema`. */
export function checkRecords<T>(
  problems: Problems,
  file: string,
  json: readonly Json[] | undefined,
  schema: z.ZodType<T>,
  key: string,
  label: (record: Json, index: number) => string = (record, i) => idOf(record, key) ?? `[${i}]`,
): Records<T> {
  const records: Records<T> = { valid: [], ids: new Set(), idList: [], complete: false, idsKnown: false };
  if (json === undefined) return records;
  let complete = true;
  let idsKnown = true;
  json.forEach((record, i) => {
    const id = idOf(record, key);
    if (id !== undefined) {
      records.ids.add(id);
      records.idList.push(id);
    } else idsKnown = false;
    const result = schema.safeParse(record);
    if (result.success) records.valid.push(result.data);
    else {
      complete = false;
      reportIssues(problems, file, label(record, i), result.error.issues, record);
    }
  });
  return { ...records, complete, idsKnown };
}

/** Reports every id seen twice in `ids` (which may come from several files) under its later place. */
export function checkUnique(problems: Problems, what: string, ids: readonly { id: string; file: string }[]): number {
  const first = new Map<string, string>();
  let duplicates = 0;
  for (const { id, file } of ids) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, file);
    else {
      problems.add(file, id, 'id', `duplicate ${what} id (also in ${earlier})`);
      duplicates++;
    }
  }
  return duplicates;
}

/** Every source id cited anywhere in a parsed file: strings in arrays under a `sources` key. */
export function citedIn(json: Json, cited: Set<string>): void {
  if (Array.isArray(json)) for (const item of json) citedIn(item, cited);
  else if (isObject(json)) {
    for (const [key, value] of Object.entries(json)) {
      if (key === 'sources' && Array.isArray(value)) for (const id of value) if (typeof id === 'string') cited.add(id);
      citedIn(value, cited);
    }
  }
}

export { fold } from '../src/fold.js';
