// A small reader of CSV through a Frictionless Table Schema (v1), for the types and
// constraints datapackage.json uses: string, integer and number fields; required, unique,
// enum, pattern (matched whole, as the specification says), minimum and maximum; missing
// values; and the primary key. It returns every problem, one line each.
import Papa from 'papaparse';

export interface TableField {
  readonly name: string;
  readonly type: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly enum?: readonly string[];
    readonly pattern?: string;
    readonly minimum?: number;
    readonly maximum?: number;
  };
}

export interface TableSchema {
  readonly fields: readonly TableField[];
  readonly primaryKey?: readonly string[] | string;
  readonly missingValues?: readonly string[];
}

const INTEGER = /^[-+]?\d+$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Casts one cell by its field's type: the value, or a problem. */
function cast(field: TableField, cell: string): { value: string | number } | { problem: string } {
  if (field.type === 'string') return { value: cell };
  if (field.type === 'integer') return INTEGER.test(cell) ? { value: Number(cell) } : { problem: 'is not an integer' };
  if (field.type === 'number') return NUMBER.test(cell) ? { value: Number(cell) } : { problem: 'is not a number' };
  return { problem: `has type "${field.type}", which this reader does not know` };
}

/** Every problem of a CSV text read through a Table Schema: `[]` when every row passes. */
export function checkTable(schema: TableSchema, csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const problems = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const [header = [], ...rows] = parsed.data;
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) problems.push(`header: ${header.join(',')} is not ${names.join(',')}`);
  const missing = new Set(schema.missingValues ?? ['']);
  const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const seen = new Map<string, Map<string, number>>();
  const keys = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const where = `row ${line} (${row[0]})`;
    if (row.length !== names.length) problems.push(`${where}: ${row.length} cells, expected ${names.length}`);
    schema.fields.forEach((field, j) => {
      const cell = row[j] ?? '';
      const c = field.constraints ?? {};
      if (missing.has(cell)) {
        if (c.required || key.includes(field.name)) problems.push(`${where}: ${field.name}: required, but empty`);
        return;
      }
      const result = cast(field, cell);
      if ('problem' in result) {
        problems.push(`${where}: ${field.name}: ${JSON.stringify(cell)} ${result.problem}`);
        return;
      }
      const { value } = result;
      if (c.enum && !c.enum.includes(String(value))) {
        problems.push(`${where}: ${field.name}: ${JSON.stringify(cell)} is not one of ${c.enum.join(', ')}`);
      }
      if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) {
        problems.push(`${where}: ${field.name}: ${JSON.stringify(cell)} does not match ${c.pattern}`);
      }
      if (c.minimum !== undefined && Number(value) < c.minimum) problems.push(`${where}: ${field.name}: ${cell} < ${c.minimum}`);
      if (c.maximum !== undefined && Number(value) > c.maximum) problems.push(`${where}: ${field.name}: ${cell} > ${c.maximum}`);
      if (c.unique) {
        const values = seen.get(field.name) ?? new Map<string, number>();
        const first = values.get(cell);
        if (first !== undefined) problems.push(`${where}: ${field.name}: ${JSON.stringify(cell)} repeats row ${first}`);
        else values.set(cell, line);
        seen.set(field.name, values);
      }
    });
    if (key.length > 0) {
      const value = JSON.stringify(key.map((name) => row[names.indexOf(name)]));
      const first = keys.get(value);
      if (first !== undefined) problems.push(`${where}: primary key ${key.join(', ')} repeats row ${first}`);
      else keys.set(value, line);
    }
  });
  return problems;
}
