// In Node's build (dist/index.node.js and .cjs) the conversions and createQueries stand here,
// and their code is read from dist/extras.node.cjs on the first call of any of them, so that
// an import compiles only what most programs use. The build puts this module in place of
// src/formats.ts and src/create-queries.ts for the entry of those files only; bundlers and
// browsers get the modules themselves.
//
// The extras' own build holds its copy of the data tables, parsed when first used: the
// functions answer from the same files, and what they return is new objects either way.
import { requireBeside } from './beside-esm.js';

type Extras = typeof import('./extras.js');
let loaded: Extras | undefined;
const extras = (): Extras => {
  loaded ??= requireBeside('extras.node.cjs') as Extras;
  return loaded;
};

/** See `flatten` in src/formats.ts. */
export const flatten: Extras['flatten'] = (stations, options) => extras().flatten(stations, options);
/** See `toJSON` in src/formats.ts. */
export const toJSON: Extras['toJSON'] = (stations, options) => extras().toJSON(stations, options);
/** See `toCSV` in src/formats.ts. */
export const toCSV: Extras['toCSV'] = (stations, options) => extras().toCSV(stations, options);
/** See `toGeoJSON` in src/formats.ts. */
export const toGeoJSON: Extras['toGeoJSON'] = (stations, options) => extras().toGeoJSON(stations, options);
/** See `createQueries` in src/create-queries.ts. */
export const createQueries: Extras['createQueries'] = (stations, events) => extras().createQueries(stations, events);
