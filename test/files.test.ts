// The small shipped files: meta.json (the file to poll) and retired.json, each checked
// against its schema and against what it describes, with broken copies that must fail.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publishedIds, readReleases } from '../scripts/snapshots.js';
import { changes, dataset, getStation, retired, retiredStation, stations } from '../src/index.js';
import { DataMetaSchema, RetiredStationSchema } from '../src/schema.js';
import type { DataMeta } from '../src/types.js';

const DIST = new URL('../dist/data/', import.meta.url).pathname;
const readJson = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** What is wrong with a directory's meta.json: its schema, and each file against its entry. */
function metaProblems(dir: string): string[] {
  const parsed = DataMetaSchema.safeParse(readJson(dir, 'meta.json'));
  if (!parsed.success) return parsed.error.issues.map((i) => `meta.json: ${i.path.join('.')}: ${i.message}`);
  const meta: DataMeta = parsed.data;
  const present = readdirSync(dir).filter((name) => name !== 'meta.json');
  const problems = present.filter((name) => !(name in meta.files)).map((name) => `${name}: not in meta.json`);
  for (const [name, entry] of Object.entries(meta.files)) {
    if (!present.includes(name)) {
      problems.push(`${name}: missing`);
      continue;
    }
    const bytes = readFileSync(join(dir, name));
    if (bytes.length !== entry.bytes) problems.push(`${name}: ${bytes.length} bytes, meta.json says ${entry.bytes}`);
    if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) problems.push(`${name}: sha256 differs`);
  }
  return problems;
}

function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ops-dist-'));
  dirs.push(dir);
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

describe('meta.json', () => {
  it('gives version, revision date, counts and the size and SHA-256 of every other shipped data file', () => {
    expect(metaProblems(DIST)).toEqual([]);
    const meta = readJson(DIST, 'meta.json');
    expect({ version: meta.version, updated: meta.updated, counts: meta.counts }).toEqual({
      version: dataset.version,
      updated: dataset.updated,
      counts: dataset.counts,
    });
    expect(Object.keys(meta.files)).toContain('stations.csv');
    expect(readFileSync(join(DIST, 'meta.json')).length).toBeLessThan(4096);
  });

  it('no longer matches a changed, missing or added file, and fails its schema when broken', () => {
    const dir = copyOfDist();
    writeFileSync(join(dir, 'stations.csv'), readFileSync(join(dir, 'stations.csv'), 'utf8').replace('nl-01', 'nl-09'));
    rmSync(join(dir, 'retired.json'));
    writeFileSync(join(dir, 'extra.json'), '{}');
    expect(metaProblems(dir)).toEqual(['extra.json: not in meta.json', 'retired.json: missing', 'stations.csv: sha256 differs']);
    const meta = readJson(dir, 'meta.json');
    meta.files['stations.csv'].sha256 = 'not-a-hash';
    delete meta.counts;
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    expect(metaProblems(dir)).toEqual([
      'meta.json: counts: Invalid input: expected object, received undefined',
      'meta.json: files.stations.csv.sha256: Invalid string: must match pattern /^[0-9a-f]{64}$/',
    ]);
  });
});

describe('changes.json', () => {
  it('holds what changes() gives', () => {
    expect(readJson(DIST, 'changes.json')).toEqual(changes());
  });
});

describe('retired.json and retired ids', () => {
  const RetiredFileSchema = z.array(RetiredStationSchema);

  it('ships the retired list, valid against its schema', () => {
    const file = readJson(DIST, 'retired.json');
    expect(file).toEqual(retired);
    const result = RetiredFileSchema.safeParse(file);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('fails its schema when broken', () => {
    const broken = [{ id: 'nl-1', date: '2026-02-30', reason: 'Merged.', replacedBy: 'nl-01', lastVersion: '2.1' }];
    expect(RetiredFileSchema.safeParse(broken).error?.issues.map((i) => i.path.join('.'))).toEqual([
      '0.id',
      '0.date',
      '0.lastVersion',
    ]);
  });

  it('keeps every published id: each is a station or retired, never both', () => {
    const published = publishedIds(readReleases(new URL('../releases/', import.meta.url).pathname));
    for (const id of published.keys()) expect(getStation(id) !== undefined || retiredStation(id) !== undefined, id).toBe(true);
    for (const { id } of retired) expect(getStation(id), id).toBeUndefined();
    expect(stations.filter((s) => retiredStation(s.id) !== undefined)).toEqual([]);
    expect(() => retiredStation(1 as unknown as string)).toThrow(TypeError);
  });
});
