// CITATION.cff against the vendored Citation File Format 1.2.0 schema (vendor/), in step
// with package.json, and a broken copy that must fail.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citationCff, releaseOf, repositoryCitation } from '../scripts/citation.js';
import { reports } from '../src/index.js';

const root = new URL('../', import.meta.url);
const cff = readFileSync(new URL('CITATION.cff', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
// The schema is draft-07; YAML dates must reach it as strings, which the yaml package's
// default (YAML 1.2 core) schema keeps them as.
const addFormats: typeof import('ajv-formats').default = createRequire(import.meta.url)('ajv-formats');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(new URL('vendor/cff-1.2.0.schema.json', root), 'utf8')));
const errors = (value: unknown) => (validate(value) ? [] : validate.errors);

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0', () => {
    expect(errors(parse(cff))).toEqual([]);
  });

  it('cites this version of the dataset, its licence and the two reports', () => {
    const citation = parse(cff);
    expect(citation).toMatchObject({ type: 'dataset', version: pkg.version, license: 'CC-BY-4.0' });
    expect(citation['date-released']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(citation.authors).toEqual([{ name: 'The overseas-police-stations authors' }]);
    expect(citation.references.map((r: { title: string; url: string }) => [r.title, r.url])).toEqual(
      reports.map((r) => [r.title, r.url]),
    );
  });

  it('is what the release step writes for its version and date (npm run release keeps it in step)', () => {
    expect(cff).toBe(citationCff(repositoryCitation(root, releaseOf(cff))));
  });

  it('fails the schema when broken', () => {
    const citation = parse(cff);
    expect(errors({ ...citation, authors: undefined })).not.toEqual([]);
    expect(errors({ ...citation, 'date-released': '2026-13-01' })).not.toEqual([]);
    expect(errors({ ...citation, type: 'database' })).not.toEqual([]);
    expect(errors({ ...citation, license: 'CC-BY' })).not.toEqual([]);
    expect(errors({ ...citation, references: [{ type: 'report', title: 'No authors' }] })).not.toEqual([]);
  });
});
