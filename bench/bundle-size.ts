// Minified, gzipped size of a browser app that uses the package, bundled with esbuild.
// Shared by `npm run bench` and the size budget test.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { tablesModule } from '../scripts/tables.js';
import type { Dataset } from '../src/types.js';

const DIST = new URL('../dist/index.js', import.meta.url).pathname;
const SRC = new URL('../src/index.ts', import.meta.url).pathname;

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
 * Budgets in bytes (gzip). byCountry and stations: 25 KiB, which the bench also checks on a
 * synthetic dataset of 150 stations and 400 sources. everything: the size with the data of
 * 3.0.0 (207 events, 397 sources) and the record of changes between releases, about 115 KB,
 * with about 10% headroom (raised from 110,000 bytes in 3.0.0: the changes of 3.0.0 list 89
 * stations and 70 events); it grows with the sources, events and releases, which only apps
 * that use them bundle. See bench/RESULTS.md.
 */
export const BUDGETS: Readonly<Record<App, number>> = { byCountry: 25_600, stations: 25_600, everything: 127_000 };

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

/** The size of an app bundled from the sources against a given dataset instead of the embedded one. */
export async function bundleSizeWith(name: App, dataset: Dataset): Promise<{ minified: number; gzipped: number; code: string }> {
  const tables = new URL('../src/generated/tables-bench.ts', import.meta.url).pathname;
  writeFileSync(tables, tablesModule(dataset));
  const swap: Plugin = {
    name: 'swap-tables',
    setup(b) {
      b.onResolve({ filter: /generated\/tables\.js$/ }, () => ({ path: tables }));
    },
  };
  return bundle(APPS[name](SRC), [swap]);
}
