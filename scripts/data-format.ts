// One canonical form for every file of data/, so that a contributor's editor, a script or a
// merge never leaves a file that differs from its neighbours in form only: `$schema` naming
// the file's authoring schema (data/schemas/), keys in the order
// of the authoring schemas, stations by id, events by date (a stable sort), the list files
// by id where their order carries no meaning, two-space JSON with characters unescaped, a
// final newline, no byte order mark, LF line ends.
//
//   npm run data:format            rewrites the files that are not in that form
//   tsx scripts/data-format.ts --check   lists them and fails (npm run lint runs it)
//   (either with a directory after the options, to work on another copy of data/)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { startOf } from '../src/dates.js';
import { COUNTRY_SCHEMA_REF, listSchemaRef, META_SCHEMA_REF } from './authoring-schema.js';
import { EventEntrySchema, LIST_KEYS, type ListFile, MetaFileSchema, RecordSchemas, StationEntrySchema } from './data-files.js';

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The schema inside optional and nullable wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner.def.type === 'optional' || inner.def.type === 'nullable') {
    inner = (inner as z.ZodOptional<z.ZodType>).unwrap();
  }
  return inner;
}

/** A value with the keys of every object in the order of its schema (unknown keys last, as found). */
function ordered(value: Json, schema: z.ZodType | undefined): Json {
  const inner = schema ? unwrap(schema) : undefined;
  if (Array.isArray(value)) {
    const element = inner && 'element' in inner ? (inner.element as z.ZodType) : undefined;
    return value.map((item) => ordered(item, element));
  }
  if (!isObject(value)) return value;
  const shape = inner && 'shape' in inner ? (inner.shape as Record<string, z.ZodType>) : {};
  const keys = [...Object.keys(shape).filter((key) => key in value), ...Object.keys(value).filter((key) => !(key in shape))];
  return Object.fromEntries(keys.map((key) => [key, ordered(value[key], shape[key])]));
}

const byKey = (key: string) => (a: Json, b: Json) => {
  const x = isObject(a) ? String(a[key]) : '';
  const y = isObject(b) ? String(b[key]) : '';
  return x < y ? -1 : x > y ? 1 : 0;
};
const byDate = (a: Json, b: Json) => {
  const x = isObject(a) && typeof a.date === 'string' ? startOf(a.date) : '';
  const y = isObject(b) && typeof b.date === 'string' ? startOf(b.date) : '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The list files whose records are kept sorted, by the key that sorts them. */
const SORTED_BY: Partial<Record<ListFile, string>> = {
  'sources.json': 'id',
  'countries.json': 'code',
  'provinces.json': 'code',
  'retired.json': 'id',
};

/** The canonical text of a file of data/, given its path under data/ and its parsed JSON. */
export function canonicalText(file: string, json: Json): string {
  let value: Json = json;
  if (file.startsWith('stations/') && isObject(json)) {
    const stations = Array.isArray(json.stations) ? [...json.stations].sort(byKey('id')) : json.stations;
    const events = Array.isArray(json.events) ? [...json.events].sort(byDate) : json.events;
    const { $schema: _schema, stations: _stations, events: _events, ...others } = json;
    value = {
      $schema: COUNTRY_SCHEMA_REF,
      stations: ordered(stations, StationEntrySchema.array()),
      events: ordered(events, EventEntrySchema.array()),
      ...others,
    };
  } else if (file === 'meta.json' && isObject(json)) {
    value = ordered({ ...json, $schema: META_SCHEMA_REF }, MetaFileSchema);
  } else if (file in RecordSchemas) {
    // A bare array of records (the form before 3.1) is converted to the object form.
    const list = file as ListFile;
    const key = LIST_KEYS[list];
    const records = Array.isArray(json) ? json : isObject(json) && Array.isArray(json[key]) ? json[key] : undefined;
    if (records) {
      const { $schema: _schema, [key]: _records, ...others } = isObject(json) ? json : {};
      const sortKey = SORTED_BY[list];
      value = {
        $schema: listSchemaRef(list),
        [key]: ordered(sortKey ? [...records].sort(byKey(sortKey)) : records, RecordSchemas[list].array()),
        ...others,
      };
    }
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every JSON file of a data directory, by its path under it. */
export function dataFiles(dataDir: string): string[] {
  return [
    ...readdirSync(dataDir).filter((name) => name.endsWith('.json')),
    ...readdirSync(join(dataDir, 'stations'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => `stations/${name}`),
  ].sort();
}

/**
 * The files of a data directory that are not in canonical form, rewritten when `write` is
 * set. A file that is not valid JSON is left alone (the build names its line and column).
 */
export function formatData(dataDir: string, write: boolean): string[] {
  const changed: string[] = [];
  for (const file of dataFiles(dataDir)) {
    const text = readFileSync(join(dataDir, file), 'utf8');
    let json: Json;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      continue;
    }
    const canonical = canonicalText(file, json);
    if (canonical === text) continue;
    changed.push(file);
    if (write) writeFileSync(join(dataDir, file), canonical);
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const dataDir = given ?? new URL('../data/', import.meta.url).pathname;
  const changed = formatData(dataDir, !check);
  if (check && changed.length > 0) {
    console.error(
      `${changed.map((file) => `data/${file}`).join(', ')} ${changed.length === 1 ? 'is' : 'are'} not in the canonical form of data/ (keys in schema order, stations by id, events by date, two-space JSON): run \`npm run data:format\``,
    );
    process.exitCode = 1;
  } else if (!check) {
    console.log(changed.length === 0 ? 'data/: every file is in canonical form' : `data/: rewrote ${changed.join(', ')}`);
  }
}
