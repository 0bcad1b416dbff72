// The words of the data build's problems and the loading step, on small inputs: quoting,
// closed sets, zod issues, JSON syntax errors and unreadable files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadData, parseDataFile } from '../scripts/load-data.js';
import { acceptedValues, issueMessage, jsonPosition, quote } from '../scripts/problems.js';
import { freshEachTest } from './fresh.js';

// Loaded afresh for each test: its schemas are built when the module loads (see fresh.ts).
const dataFiles = freshEachTest(() => import('../scripts/data-files.js'));

describe('quote', () => {
  it('quotes a value as JSON, cut after 60 characters, and says "nothing" for none', () => {
    expect(quote('x')).toBe('"x"');
    expect(quote(undefined)).toBe('nothing');
    expect(quote(null)).toBe('null');
    const sixty = `"${'a'.repeat(58)}"`;
    expect(quote('a'.repeat(58))).toBe(sixty);
    expect(quote('a'.repeat(59))).toBe(`"${'a'.repeat(58)}…`);
  });
});

describe('acceptedValues', () => {
  it('lists what is accepted and suggests the closest to a string', () => {
    expect(acceptedValues('clsoed', ['open', 'closed'])).toBe('expected one of "open", "closed"; did you mean "closed"?');
    expect(acceptedValues(3, ['open'])).toBe('expected one of "open"');
  });
});

describe('issueMessage', () => {
  const messages = (schema: z.ZodType, record: unknown) =>
    (schema.safeParse(record).error?.issues ?? []).map((issue) => issueMessage(issue, record));

  it('quotes a value outside a closed set, says when it is missing, and keeps a message that names it', () => {
    const schema = z.strictObject({ status: z.enum(['open', 'closed']), n: z.number() });
    expect(messages(schema, { status: 'opne', n: 1 })).toEqual([
      '"opne" is not accepted; expected one of "open", "closed"; did you mean "open"?',
    ]);
    expect(messages(schema, { n: 1 })).toEqual(['missing; expected one of "open", "closed"']);
    const own = z.object({ type: z.enum(['a', 'b']).or(z.literal('c')) });
    expect(messages(own, { type: 'x' }).length).toBeGreaterThan(0);
    const explained = z.object({ type: z.enum(['a'], { message: 'not "b": use a' }) });
    expect(messages(explained, { type: 'b' })).toEqual([
      '"b" is not accepted (not "b": use a); expected one of "a"; did you mean "a"?',
    ]);
  });

  it('names unknown fields, a missing field, and otherwise quotes the value with the issue', () => {
    const schema = z.strictObject({ n: z.number(), list: z.array(z.number()) });
    expect(messages(schema, { n: 1, list: [], extra: 1, more: 2 })).toEqual(['unknown field(s) "extra", "more"']);
    expect(messages(schema, { list: [] })).toEqual(['missing; expected number']);
    expect(messages(schema, { n: 'x', list: [] })).toEqual(['"x": Invalid input: expected number, received string']);
    // A path through something that is not an object finds no value there.
    expect(messages(schema, { n: 1, list: 'ab' })).toEqual(['"ab": Invalid input: expected array, received string']);
    expect(messages(z.object({ a: z.object({ b: z.number() }) }), { a: null })).toEqual([
      'null: Invalid input: expected object, received null',
    ]);
    // A closed set of numbers is not one of words: the value with zod's message.
    const numbers = z.object({ level: z.literal([1, 2]) });
    expect(messages(numbers, { level: 3 })).toEqual(['3: Invalid option: expected one of 1|2']);
    expect(messages(z.object({ level: z.literal([1, 'a']) }), { level: 3 })).toEqual([
      '3: Invalid option: expected one of 1|"a"',
    ]);
  });
});

describe('jsonPosition', () => {
  it("reads the line and column of V8's messages, from an offset or as given", () => {
    expect(jsonPosition('{\n  "a": ,\n}', 'Unexpected token , in JSON at position 9')).toBe('2:8');
    expect(jsonPosition('x', 'Expected property name (line 12 column 34)')).toBe('12:34');
    expect(jsonPosition('x', 'Unexpected end of JSON input')).toBeUndefined();
  });
});

describe('parseDataFile and loadData', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('parses a file with a byte order mark, and says where a syntax error is without repeating the position', () => {
    expect(parseDataFile('a.json', '\uFEFF{"a": 1}')).toEqual({ json: { a: 1 } });
    expect(parseDataFile('a.json', '{"a": "\uFEFF"}')).toEqual({ json: { a: '\uFEFF' } });
    expect(parseDataFile('a.json', '{\n  "a": 1\n  "b": 2}')).toEqual({
      problem: "a.json:3:3: -: -: cannot read JSON (Expected ',' or '}' after property value)",
    });
    expect(parseDataFile('b.json', '{"a": 1')).toEqual({
      problem: expect.stringMatching(/^b\.json(:\d+:\d+)?: -: -: cannot read JSON \(/),
    });
  });

  it('reads meta.json, each list file and the country files (.json only, in order), and names a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-load-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'stations'));
    writeFileSync(join(dir, 'meta.json'), '{}');
    writeFileSync(join(dir, 'stations', 'NL.json'), '{"b": 1}');
    writeFileSync(join(dir, 'stations', 'IE.json'), '{"a": 1}');
    writeFileSync(join(dir, 'stations', 'notes.txt'), 'x');
    writeFileSync(join(dir, 'stations', 'NL.json.bak'), 'x');
    const files = loadData(dir);
    expect(Object.keys(files).filter((f) => f.startsWith('stations/'))).toEqual(['stations/IE.json', 'stations/NL.json']);
    expect(files['meta.json']).toEqual({ json: {} });
    expect(files['sources.json']).toEqual({ problem: 'sources.json: -: -: cannot read the file (ENOENT)' });
  });
});

describe('the forms of a province code and an event id', () => {
  it('takes the whole value, not a part of it', () => {
    const { EVENT_ID, RecordSchemas } = dataFiles();
    expect(EVENT_ID.test('nl-e01')).toBe(true);
    expect(['xnl-e01', 'nl-e01x', 'nl-e1', 'nl-e0001'].filter((id) => EVENT_ID.test(id))).toEqual([]);
    const province = RecordSchemas['provinces.json'].shape.code;
    expect(province.safeParse('CN-FJ').success).toBe(true);
    for (const code of ['XCN-FJ', 'CN-FJX', 'cn-fj'])
      expect([code, province.safeParse(code).error?.issues[0]?.message]).toEqual([
        code,
        'expected an ISO 3166-2 code such as "CN-FJ"',
      ]);
  });
});
