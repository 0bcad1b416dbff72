// The compiler's test fixture: the compiler loaded afresh for each test (see fresh.ts),
// copies of data/ to break, and helpers that read and edit them. Used by the
// compile*.test.ts files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { CompileOptions, DataError } from '../scripts/compile.js';
import { LIST_KEYS, type ListFile } from '../scripts/data-files.js';
import { geonamesCities } from '../scripts/geonames.js';
import { readReleases } from '../scripts/snapshots.js';
import { freshEachTest } from './fresh.js';

// biome-ignore lint/suspicious/noExplicitAny: the fixtures edit arbitrary JSON.
export type Json = any;

/** The repository's data/. */
export const DATA = new URL('../data/', import.meta.url).pathname;
/** The latest release whose snapshot is in releases/. */
export const LATEST = readReleases(new URL('../releases/', import.meta.url).pathname).at(-1)!.version;
// An injected clock: the compiler's "not in the future" check must not make these tests
// depend on the day they run. Dates against the revision date are tested on their own.
export const options: CompileOptions = {
  today: '9999-12-31',
  version: '0.0.0-test',
  cities: geonamesCities(),
  releases: readReleases(new URL('../releases/', import.meta.url).pathname),
};
/** meta.json's revision date. */
export const UPDATED: string = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8')).updated;

/** The records of a list file, or the whole of meta.json or a country file. */
const body = (file: string, json: Json): Json => (file in LIST_KEYS ? json[LIST_KEYS[file as ListFile]] : json);

/** A file of data/ as parsed JSON: a list file's records, or the whole of another file. */
export function readJsonFile(file: string): Json {
  return body(file, JSON.parse(readFileSync(join(DATA, file), 'utf8')));
}

/** Edits a file of a copy of data/: `change` gets a list file's records, or the whole of another file. */
export function edit(dir: string, file: string, change: (json: Json) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(body(file, json));
  writeFileSync(path, JSON.stringify(json));
}

/** The event with this id in a parsed country file. */
export const eventById = (j: Json, id: string) => j.events.find((e: Json) => e.id === id);

/** The id and date of the first and the last event of a country file in data/. */
export function ends(file: string): { first: { id: string; date: string }; last: { id: string; date: string } } {
  const { events } = JSON.parse(readFileSync(join(DATA, file), 'utf8'));
  return { first: events[0], last: events.at(-1) };
}

/** The day after a `yyyy-MM-dd` day, computed without the code under test. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Sets up the calling test file: the compiler loaded afresh before each test, and copies
 * of data/ removed after it. Call it at the top level of the file.
 */
export function compileFixture() {
  const compiler = freshEachTest(() => import('../scripts/compile.js'));
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh copy of data/, removed after the test. */
  function copyOfData(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ops-data-'));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    return dir;
  }

  /** The problems the compiler finds in a directory; fails when it finds none. */
  function problemsIn(dir: string, opts: CompileOptions = options): string[] {
    try {
      compiler().compileDataset(dir, opts);
    } catch (error) {
      expect(error).toBeInstanceOf(compiler().DataError);
      return [...(error as DataError).problems];
    }
    throw new Error('the edited data compiled without a problem');
  }

  /** Compiles a copy of data/ after `change` edited one of its files; returns the problems found. */
  function problemsAfter(file: string, change: (json: Json) => void, opts?: CompileOptions): string[] {
    const dir = copyOfData();
    edit(dir, file, change);
    return problemsIn(dir, opts);
  }

  return { compiler, copyOfData, problemsIn, problemsAfter };
}
