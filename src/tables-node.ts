// The tables parsed on import, for Node's entries (dist/index.node.js and .cjs): read from
// dist/tables/eager.json, so that an import compiles only the code, not the records as
// string literals. The build puts this module in place of src/generated/tables.ts for those
// entries only; the values are the same, deeply frozen.
import { readFileSync } from 'node:fs';
import { parseFrozen } from './freeze.js';

const tables = parseFrozen<typeof import('./generated/tables.js')>(
  readFileSync(new URL('./tables/eager.json', import.meta.url), 'utf8'),
);

export const { INFO, STATIONS, BUREAUS, PROVINCES, REPORTS, COUNTRIES, RETIRED } = tables;
