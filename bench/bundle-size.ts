// Minified, gzipped size of a browser app that uses the package, bundled with esbuild.
// Shared by `npm run bench` and the size budget test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, transformSync } from 'esbuild';
import { eagerTables, lazyTables } from '../scripts/tables.js';
import type { Dataset } from '../src/types.js';

const DIST = new URL('../dist/index.js', import.meta.url).pathname;

const app = (imports: string, use: string) => (entry: string) =>
  `import { ${imports} } from ${JSON.stringify(entry)}; console.log(${use});`;

export const APPS = {
  /** An app that imports only byCountry. */
  byCountry: app('byCountry', "byCountry('NL').length"),
  /** A map that imports the station records only. */
  stations: app('stations', 'stations.length'),
  /** An app that imports everything. */
  everything: (entry: string) => `import * as ops from ${JSON.stringify(entry)}; console.log(Object.keys(ops).length, ops);`,
} as const;

/** An app's name in `APPS`. */
export type App = keyof typeof APPS;

/**
 * Budgets in bytes (gzip). byCountry: 25 KiB, which the bench also checks on a synthetic
 * dataset of 150 stations and 400 sources. stations: 6 KiB, the station records and the code
 * that freezes them, nothing else (the lists, rules and queries are marked pure where they
 * are built, so that a bundler leaves them out). everything: the size with the data of
 * 3.0.0 (207 events, 397 sources) and the record of changes between releases, about 115 KB,
 * with about 10% headroom (raised from 110,000 bytes in 3.0.0: the changes of 3.0.0 list 89
 * stations and 70 events); it grows with the sources, events and releases, which only apps
 * that use them bundle. See bench/RESULTS.md.
 */
export const BUDGETS: Readonly<Record<App, number>> = { byCountry: 25_600, stations: 6_144, everything: 127_000 };

async function bundle(contents: string, plugins: Plugin[] = []): Promise<{ minified: number; gzipped: number; code: string }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const bytes = result.outputFiles[0]!.contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length, code: result.outputFiles[0]!.text };
}

/** The size of an app bundled against the built package, and its code. */
export function bundleSize(name: App): Promise<{ minified: number; gzipped: number; code: string }> {
  return bundle(APPS[name](DIST));
}

/**
 * A dataset grown to `size` stations and sources by copying real records under new ids, with
 * as many events per station as the real one has, to project bundle sizes as the data grows.
 */
export function grownDataset(real: Dataset, size: { stations: number; sources: number }): Dataset {
  const copy = <T>(list: readonly T[], n: number) => Array.from({ length: n }, (_, i) => list[i % list.length]!);
  const stations = copy(real.stations, size.stations).map((s, i) => ({ ...s, id: `zz-${String(i).padStart(3, '0')}` }));
  const sources = copy(real.sources, size.sources).map((s, i) => ({ ...s, id: `${s.id}-${i}`, url: `${s.url}#${i}` }));
  const perStation = real.events.length / real.stations.length;
  const events = copy(real.events, Math.round(perStation * size.stations)).map((e, i) => ({
    ...e,
    id: `zz-e${i}`,
    stations: [stations[i % stations.length]!.id],
    sources: [sources[i % sources.length]!.id],
  }));
  const details = Object.fromEntries(
    stations.map((s, i) => [
      s.id,
      { ...Object.values(real.details)[i % real.stations.length]!, sources: [sources[i % sources.length]!.id] },
    ]),
  );
  return { ...real, stations, sources, events, details };
}

/** A string as esbuild writes it into a bundle (a template literal, with its escapes). */
function literalOf(text: string): string {
  const code = transformSync(`x(${JSON.stringify(text)});`, { charset: 'utf8' }).code;
  return code.slice(2, code.lastIndexOf(')'));
}

/**
 * The built package (dist/index.js) with every table of `real` replaced by that of
 * `dataset`: the shipped module as it would be with other data, for projecting sizes.
 */
export function distWith(real: Dataset, dataset: Dataset): string {
  let code = readFileSync(DIST, 'utf8');
  const before = { ...eagerTables(real), ...lazyTables(real) };
  const after: Record<string, string> = { ...eagerTables(dataset), ...lazyTables(dataset) };
  for (const [name, text] of Object.entries(before)) {
    const parts = code.split(literalOf(text));
    if (parts.length !== 2) throw new Error(`distWith: table ${name} is in dist/index.js ${parts.length - 1} times, not once`);
    code = parts.join(literalOf(after[name]!));
  }
  return code;
}

/** The size of an app bundled against the built package with another dataset in place of the embedded one. */
export async function bundleSizeWith(
  name: App,
  real: Dataset,
  dataset: Dataset,
): Promise<{ minified: number; gzipped: number; code: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ops-grown-'));
  try {
    const entry = join(dir, 'index.js');
    writeFileSync(entry, distWith(real, dataset));
    return await bundle(APPS[name](entry));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
