// The tables parsed on import, for Node's entries (dist/index.node.js and .cjs): read from
// dist/tables/eager.json, so that an import compiles only the code, not the records as
// string literals. The build puts this module in place of src/generated/tables.ts for those
// entries only; the values are the same, deeply frozen.
import { readBeside } from './beside-esm.js';
import { parseFrozen } from './freeze.js';

const tables = parseFrozen<typeof import('./generated/tables.js')>(readBeside('tables/eager.json'));

export const { INFO, STATIONS, BUREAUS, PROVINCES, REPORTS, COUNTRIES, RETIRED } = tables;
