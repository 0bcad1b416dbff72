// JSON Schemas of the files people edit in data/, generated from the authoring zod schemas
// (scripts/data-files.ts) into data/schemas/, so that an editor that reads JSON Schema
// completes fields and flags mistakes as they are typed. Every file of data/ names its
// schema in `$schema`. What relates records to each other (ids, references,
// dates against `updated`, the type of a country-scope event) only the build checks.
//
//   tsx scripts/authoring-schema.ts   writes data/schemas/ (npm run data:update does)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EventEntrySchema, LIST_KEYS, type ListFile, MetaFileSchema, RecordSchemas, StationEntrySchema } from './data-files.js';
import { CALENDAR_DATE, HTTPS_URL } from './calendar-pattern.js';
import { PARTIAL_DATE } from '../src/dates.js';

type Node = { [key: string]: unknown };

/** The `$schema` a country file names (relative to data/stations/). */
export const COUNTRY_SCHEMA_REF = '../schemas/country.schema.json';
/** The `$schema` meta.json names (relative to data/). */
export const META_SCHEMA_REF = 'schemas/meta.schema.json';
/** The `$schema` a list file names (relative to data/). */
export const listSchemaRef = (file: ListFile) => `schemas/${file.replace('.json', '.schema.json')}`;

/** The whole of a list file: `$schema` and its records under their key. */
export const listFileSchema = (file: ListFile) =>
  z.strictObject({ $schema: z.string().optional(), [LIST_KEYS[file]]: z.array(RecordSchemas[file] as z.ZodType) });

/** Calendar dates and https URLs, which zod checks with functions, as patterns. */
function strengthen(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) strengthen(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Node;
  if (record.pattern === PARTIAL_DATE.source) record.pattern = CALENDAR_DATE;
  if (record.format === 'uri' && record.pattern === undefined) record.pattern = HTTPS_URL;
  for (const value of Object.values(record)) strengthen(value);
}

function schemaOf(schema: z.ZodType, title: string, description: string): Node {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Node;
  strengthen(generated);
  return { ...generated, title, description };
}

const CHECKED_BY_BUILD =
  'What relates records to each other (unique ids, references to sources, stations and reports, dates not after `updated`, events in date order, which types a country-scope event may have) is checked by the build: `npm run data:update`.';

/** Every authoring schema by its file name in data/schemas/. */
export function authoringSchemas(): Record<string, Node> {
  const country = z.strictObject({
    $schema: z.string().optional(),
    stations: z.array(StationEntrySchema),
    events: z.array(EventEntrySchema),
  });
  const schemas: Record<string, Node> = {
    'country.schema.json': schemaOf(
      country,
      'overseas-police-stations: data/stations/XX.json',
      `One host country's stations and events. An event's type, scope and observed date follow the typing rubric of CONTRIBUTING.md. ${CHECKED_BY_BUILD}`,
    ),
    'meta.schema.json': schemaOf(
      MetaFileSchema,
      'overseas-police-stations: data/meta.json',
      'The revision date of the data: no date in data/ may be later.',
    ),
  };
  for (const file of Object.keys(RecordSchemas) as ListFile[]) {
    schemas[file.replace('.json', '.schema.json')] = schemaOf(
      listFileSchema(file),
      `overseas-police-stations: data/${file}`,
      `The records of data/${file}, under "${LIST_KEYS[file]}". ${CHECKED_BY_BUILD}`,
    );
  }
  return schemas;
}

/** The text of a schema file, as the repository holds it. */
export const schemaText = (schema: Node) => `${JSON.stringify(schema, null, 2)}\n`;

/** The schema files of data/schemas/ that differ from what the zod schemas give, rewritten when `write` is set. */
export function updateSchemas(dataDir: string, write: boolean): string[] {
  const dir = join(dataDir, 'schemas');
  if (write) mkdirSync(dir, { recursive: true });
  const stale: string[] = [];
  for (const [file, schema] of Object.entries(authoringSchemas())) {
    const text = schemaText(schema);
    let current = '';
    try {
      current = readFileSync(join(dir, file), 'utf8');
    } catch {
      // Missing: stale.
    }
    if (current === text) continue;
    stale.push(`schemas/${file}`);
    if (write) writeFileSync(join(dir, file), text);
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = updateSchemas(new URL('../data/', import.meta.url).pathname, true);
  if (written.length > 0) console.log(`data/: wrote ${written.join(', ')}`);
}
