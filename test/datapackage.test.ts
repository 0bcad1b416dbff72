// dist/data/datapackage.json against the vendored Frictionless v1 profiles (vendor/), and
// dist/data/stations.csv read through its Table Schema, with broken copies that must fail.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bureaus, dataset, provinces, reports, STATUSES } from '../src/index.js';
import { checkTable, type TableSchema } from './table-schema.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const profile = (name: string) => JSON.parse(read(`../vendor/${name}`));
const descriptor = JSON.parse(read('../dist/data/datapackage.json'));
const csv = read('../dist/data/stations.csv');
const schema: TableSchema = descriptor.resources[0].schema;

// The profiles are JSON Schema draft-04; "textarea" is a format they use as an editor hint.
// Both packages are CommonJS with a default export, loaded as test/formats.test.ts does.
const require = createRequire(import.meta.url);
const Ajv04: typeof import('ajv-draft-04').default = require('ajv-draft-04');
const addFormats: typeof import('ajv-formats').default = require('ajv-formats');
const ajv = new Ajv04({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('textarea', true);
const tabularDataPackage = ajv.compile(profile('tabular-data-package.json'));
const dataPackage = ajv.compile(profile('data-package.json'));
const tableSchema = ajv.compile(profile('table-schema.json'));
const errors = (validate: typeof dataPackage, value: unknown) => (validate(value) ? [] : validate.errors);

const copy = <T>(value: T): T => structuredClone(value);
const lines = csv.split('\r\n');
/** stations.csv with one cell of its first station replaced. */
function withCell(column: string, value: string): string {
  const cells = lines[1]!.split(',');
  cells[lines[0]!.split(',').indexOf(column)] = value;
  return [lines[0], cells.join(','), ...lines.slice(2)].join('\r\n');
}
const first = lines[1]!.split(',')[0];

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package and Data Package (v1 profiles), with a valid Table Schema', () => {
    expect(errors(tabularDataPackage, descriptor)).toEqual([]);
    expect(errors(dataPackage, descriptor)).toEqual([]);
    expect(errors(tableSchema, schema)).toEqual([]);
    expect(descriptor).toMatchObject({ profile: 'tabular-data-package', version: dataset.version });
    expect(descriptor.licenses.map((l: { name: string }) => l.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor.sources.map((s: { path?: string }) => s.path)).toEqual([...reports.map((r) => r.url), undefined]);
  });

  it('describes the stations.csv next to it: path, size, hash, primary key and closed sets', () => {
    const [resource] = descriptor.resources;
    expect(resource).toMatchObject({ path: 'stations.csv', profile: 'tabular-data-resource', encoding: 'utf-8' });
    expect(resource.bytes).toBe(Buffer.byteLength(csv));
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(csv).digest('hex')}`);
    expect(schema.primaryKey).toEqual(['id']);
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(field('bureau').constraints?.enum).toEqual(bureaus.map((b) => b.id));
    expect(field('province').constraints?.enum).toEqual(provinces.map((p) => p.code));
    expect(field('status').constraints).toEqual({ enum: STATUSES, required: true });
  });

  it('fails the profiles when broken', () => {
    const noResources = copy(descriptor);
    delete noResources.resources;
    expect(errors(dataPackage, noResources)).not.toEqual([]);
    const badType = copy(descriptor);
    badType.resources[0].schema.fields[0].type = 'text';
    expect(errors(tabularDataPackage, badType)).not.toEqual([]);
    expect(errors(tableSchema, badType.resources[0].schema)).not.toEqual([]);
    const noSchema = copy(descriptor);
    delete noSchema.resources[0].schema;
    expect(errors(tabularDataPackage, noSchema)).not.toEqual([]);
  });
});

describe('stations.csv read through its Table Schema', () => {
  it('passes on every row', () => {
    expect(checkTable(schema, csv)).toEqual([]);
    expect(lines.length - 2).toBe(dataset.counts.stations); // header, rows, and the empty string after the last CRLF
  });

  it('fails a row with an unknown status, a malformed or impossible date, or a missing required value', () => {
    expect(checkTable(schema, withCell('status', 'open'))).toEqual([
      `row 2 (${first}): status: "open" is not one of ${STATUSES.join(', ')}`,
    ]);
    expect(checkTable(schema, withCell('status_since', '2022-1'))).toEqual([
      `row 2 (${first}): status_since: "2022-1" does not match ${field('status_since').constraints?.pattern}`,
    ]);
    expect(checkTable(schema, withCell('opened', '2022-13-01'))).toEqual([
      `row 2 (${first}): opened: "2022-13-01" does not match ${field('opened').constraints?.pattern}`,
    ]);
    expect(checkTable(schema, withCell('evidence', ''))).toEqual([`row 2 (${first}): evidence: required, but empty`]);
    expect(checkTable(schema, withCell('events', 'many'))).toEqual([`row 2 (${first}): events: "many" is not an integer`]);
    expect(checkTable(schema, withCell('reports', '110-overseas | no-such-report'))).toHaveLength(1);
  });

  it('fails a repeated id', () => {
    const repeated = [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\r\n');
    expect(checkTable(schema, repeated)).toEqual([
      `row 3 (${first}): id: "${first}" repeats row 2`,
      `row 3 (${first}): primary key id repeats row 2`,
    ]);
  });
});

function field(name: string) {
  return schema.fields.find((f) => f.name === name)!;
}
