// Writes the files the package ships for non-JavaScript users into dist/data/:
// stations.json, stations.csv, stations.excel.csv, stations.geojson, stations.points.geojson,
// schema.json (from the zod schemas, see json-schema.ts), changes.json and retired.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { changes, dataset, retired, stations, toCSV, toGeoJSON, toJSON } from '../src/index.js';
import { countryPoints } from './country-points.js';
import { jsonSchema } from './json-schema.js';
import { pointsGeoJSON } from './points.js';

const out = new URL('../dist/data/', import.meta.url);
mkdirSync(out, { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
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
writeFileSync(new URL('changes.json', out), json(changes()));
writeFileSync(new URL('retired.json', out), json(retired));
