// The JSON Schemas of the files people edit (data/schemas/), generated from the authoring
// zod schemas: current, named by the files, and checking what an editor can check.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { COUNTRY_SCHEMA_REF, listSchemaRef, META_SCHEMA_REF, updateSchemas } from '../scripts/authoring-schema.js';
import type { ListFile } from '../scripts/data-files.js';
import { dataFiles } from '../scripts/data-format.js';

const DATA = new URL('../data/', import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatorOf = (file: string) => ajv.compile(read(`schemas/${file}`));

describe('the authoring schemas of data/', () => {
  it('are what the zod schemas give (run `npm run data:format` after changing scripts/data-files.ts)', () => {
    expect(updateSchemas(DATA, false)).toEqual([]);
  });

  it('are named in `$schema` by every file of data/, each a path to a schema that exists', () => {
    for (const file of dataFiles(DATA)) {
      const expected = file.startsWith('stations/')
        ? COUNTRY_SCHEMA_REF
        : file === 'meta.json'
          ? META_SCHEMA_REF
          : listSchemaRef(file as ListFile);
      const ref = read(file).$schema;
      expect([file, ref]).toEqual([file, expected]);
      expect(existsSync(join(DATA, dirname(file), ref)), ref).toBe(true);
    }
  });

  it('accept every file of data/', () => {
    const country = validatorOf('country.schema.json');
    for (const file of dataFiles(DATA)) {
      const validate = file.startsWith('stations/')
        ? country
        : validatorOf(file === 'meta.json' ? 'meta.schema.json' : file.replace('.json', '.schema.json'));
      expect([file, validate(read(file)) ? [] : validate.errors]).toEqual([file, []]);
    }
  });

  it('flag a mistyped event type, a scope outside the set, an unknown field and a date that does not exist', () => {
    const validate = validatorOf('country.schema.json');
    const ie = read('stations/IE.json');
    const event = ie.events[0];
    for (const broken of [
      { ...event, type: 'ordred_closed' },
      { ...event, scope: 'city' },
      { ...event, comment: 'x' },
      { ...event, date: '2023-02-29' },
      { ...event, sources: [] },
    ]) {
      expect(validate({ ...ie, events: [broken] }), JSON.stringify(broken).slice(0, 80)).toBe(false);
    }
    expect(validate({ ...ie, events: [{ ...event, type: 'activity_reported', observed: '2022-10' }] })).toBe(true);
  });
});
