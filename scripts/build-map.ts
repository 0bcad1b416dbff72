// `npm run map`: writes docs/map.svg from the built dataset.
import { mkdirSync, writeFileSync } from 'node:fs';
import { DATASET } from '../src/generated/dataset.js';
import { MAP_TITLE, renderMap } from './map-svg.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/map.svg', import.meta.url), renderMap(DATASET.stations, MAP_TITLE));
