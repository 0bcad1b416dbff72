// Writes the files the package ships for non-JavaScript users into dist/data/:
// stations.json, stations.csv, stations.geojson and schema.json (from the zod schemas, see json-schema.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dataset, stations, toCSV, toGeoJSON, toJSON } from '../src/index.js';
import { jsonSchema } from './json-schema.js';

const out = new URL('../dist/data/', import.meta.url);
mkdirSync(out, { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('stations.json', out), json(toJSON(stations)));
writeFileSync(new URL('stations.csv', out), toCSV(stations));
writeFileSync(new URL('stations.geojson', out), json(toGeoJSON(stations)));
writeFileSync(new URL('schema.json', out), json(jsonSchema(dataset.version)));
