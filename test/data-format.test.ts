// The canonical form of data/ (`npm run data:format`, checked by `npm run lint`): a file
// rewritten with other indentation, other key order or events out of order is named, and
// formatting gives back the form the repository holds.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalText, formatData } from '../scripts/data-format.js';

const DATA = new URL('../data/', import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-format-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversedKeys(v)]),
        )
      : value;

describe('the canonical form of data/', () => {
  it('holds for every file in the repository', () => {
    expect(formatData(DATA, false)).toEqual([]);
  });

  it('names a file with other indentation, key order, event order, line ends or a byte order mark, and formatting restores it', () => {
    const dir = copyOfData();
    const original = readFileSync(join(DATA, 'stations/IE.json'), 'utf8');
    const json = JSON.parse(original);
    writeFileSync(
      join(dir, 'stations/IE.json'),
      JSON.stringify(reversedKeys({ ...json, events: [json.events.at(-1), ...json.events.slice(0, -1)] }), null, 4),
    );
    writeFileSync(
      join(dir, 'sources.json'),
      `\uFEFF${readFileSync(join(DATA, 'sources.json'), 'utf8').replaceAll('\n', '\r\n')}`,
    );
    expect(formatData(dir, false)).toEqual(['sources.json', 'stations/IE.json']);
    expect(formatData(dir, true)).toEqual(['sources.json', 'stations/IE.json']);
    expect(readFileSync(join(dir, 'stations/IE.json'), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe(readFileSync(join(DATA, 'sources.json'), 'utf8'));
    expect(formatData(dir, false)).toEqual([]);
  });

  it('keeps characters unescaped and puts keys of the schema first, unknown keys after', () => {
    const text = canonicalText('meta.json', { note: 'x', updated: '2026-12-06' });
    expect(text).toBe('{\n  "$schema": "schemas/meta.schema.json",\n  "updated": "2026-12-06",\n  "note": "x"\n}\n');
    expect(canonicalText('provinces.json', [{ nameZh: '福建省', name: 'Fujian', code: 'CN-FJ' }])).toContain(
      '"nameZh": "福建省"',
    );
  });

  it('writes a list file as `$schema` and its records under their key, converting a bare array of records', () => {
    const records = [
      { code: 'CN-ZJ', name: 'Zhejiang', nameZh: '浙江省' },
      { nameZh: '福建省', name: 'Fujian', code: 'CN-FJ' },
    ];
    const canonical = `{
  "$schema": "schemas/provinces.schema.json",
  "provinces": [
    {
      "code": "CN-FJ",
      "name": "Fujian",
      "nameZh": "福建省"
    },
    {
      "code": "CN-ZJ",
      "name": "Zhejiang",
      "nameZh": "浙江省"
    }
  ]
}
`;
    expect(canonicalText('provinces.json', records)).toBe(canonical);
    expect(canonicalText('provinces.json', { provinces: records, $schema: 'elsewhere.json' })).toBe(canonical);
  });

  it('fails `npm run lint`’s check naming the file and the command that fixes it', () => {
    const script = new URL('../scripts/data-format.ts', import.meta.url).pathname;
    const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
    const check = (dir: string) => {
      try {
        execFileSync(tsx, [script, '--check', dir], { encoding: 'utf8', stdio: 'pipe' });
        return 'passed';
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    };
    const dir = copyOfData();
    expect(check(dir)).toBe('passed');
    writeFileSync(join(dir, 'meta.json'), '{"$schema":"schemas/meta.schema.json","updated":"2026-12-06"}');
    expect(check(dir)).toBe(
      'data/meta.json is not in the canonical form of data/ (keys in schema order, stations by id, events by date, two-space JSON): run `npm run data:format`\n',
    );
  });
});
