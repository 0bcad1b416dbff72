// Writes the files the package ships for non-JavaScript users into dist/data/:
// stations.json, stations.csv, stations.excel.csv, stations.geojson, stations.points.geojson,
// schema.json (from the zod schemas, see json-schema.ts), datapackage.json (a Frictionless
// Tabular Data Package for stations.csv), changes.json and retired.json, and last meta.json,
// which hashes all of them.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bureaus, changes, dataset, provinces, reports, retired, stations, toCSV, toGeoJSON, toJSON } from '../src/index.js';
import type { DataMeta } from '../src/types.js';
import { countryPoints } from './country-points.js';
import { dataPackage } from './datapackage.js';
import { jsonSchema } from './json-schema.js';
import { pointsGeoJSON } from './points.js';

const out = new URL('../dist/data/', import.meta.url);
mkdirSync(out, { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Minified like stations.geojson: it holds every station with its sources resolved.
writeFileSync(new URL('stations.json', out), `${JSON.stringify(toJSON(stations))}\n`);
const csv = toCSV(stations);
writeFileSync(new URL('stations.csv', out), csv);
// Excel reads a CSV without a byte order mark in the system's code page, garbling "São Paulo"
// and name_zh; some parsers, in turn, take a BOM for part of the first column's name. So the
// BOM goes into a second file, otherwise the same bytes.
writeFileSync(new URL('stations.excel.csv', out), `\uFEFF${csv}`);
// Minified: every feature carries its whole record, sources and timeline included.
writeFileSync(new URL('stations.geojson', out), `${JSON.stringify(toGeoJSON(stations))}\n`);
writeFileSync(new URL('stations.points.geojson', out), `${JSON.stringify(pointsGeoJSON(stations, countryPoints()))}\n`);
writeFileSync(new URL('schema.json', out), json(jsonSchema(dataset.version)));
writeFileSync(
  new URL('datapackage.json', out),
  json(dataPackage({ info: dataset, description: pkg.description, keywords: pkg.keywords, bureaus, provinces, reports, csv })),
);
// Minified: the largest of the small files, and what Node's build reads for `changes()`.
writeFileSync(new URL('changes.json', out), `${JSON.stringify(changes())}\n`);
writeFileSync(new URL('retired.json', out), json(retired));

// The file to poll: small, and it changes exactly when a shipped file does.
const files = Object.fromEntries(
  readdirSync(out)
    .filter((name) => name !== 'meta.json')
    .sort()
    .map((name) => {
      const bytes = readFileSync(new URL(name, out));
      return [name, { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }];
    }),
);
const meta: DataMeta = { version: dataset.version, updated: dataset.updated, counts: dataset.counts, files };
writeFileSync(new URL('meta.json', out), json(meta));
