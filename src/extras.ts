// What Node's build loads on first use rather than on import (src/extras-node.ts): the
// conversions and createQueries, which most programs that import the package never call.
export { flatten, toCSV, toGeoJSON, toJSON } from './formats.js';
export { createQueries } from './create-queries.js';
