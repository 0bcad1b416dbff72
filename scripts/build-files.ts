// Writes the files the package ships for non-JavaScript users into dist/data/:
// stations.json, stations.csv, stations.geojson and schema.json (from the zod schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { stations, toCSV, toGeoJSON, toJSON } from '../src/index.js';
import { FlatDatasetSchema } from '../src/schema.js';

const out = new URL('../dist/data/', import.meta.url);
mkdirSync(out, { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const schema = {
  ...z.toJSONSchema(FlatDatasetSchema, { target: 'draft-2020-12' }),
  $id: 'https://unpkg.com/overseas-police-stations/dist/data/schema.json',
  title: 'overseas-police-stations: data/stations.json',
};
writeFileSync(new URL('stations.json', out), json(toJSON(stations)));
writeFileSync(new URL('stations.csv', out), toCSV(stations));
writeFileSync(new URL('stations.geojson', out), json(toGeoJSON(stations)));
writeFileSync(new URL('schema.json', out), json(schema));
