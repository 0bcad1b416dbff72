// The tables parsed on import, for Node's entries (dist/index.node.js and .cjs): read from
// dist/tables/eager.json, so that an import compiles only the code, not the records as
// string literals. The build puts this module in place of src/generated/tables.ts for those
// entries only; the values are the same, deeply frozen.
import { readFileSync } from 'node:fs';
import { parseFrozen } from './freeze.js';
import type { Bureau, DatasetInfo, HostCountry, Province, Report, RetiredStation, Station } from './types.js';

const tables = parseFrozen<{
  readonly INFO: DatasetInfo;
  readonly STATIONS: readonly Station[];
  readonly BUREAUS: readonly Bureau[];
  readonly PROVINCES: readonly Province[];
  readonly REPORTS: readonly Report[];
  readonly COUNTRIES: readonly HostCountry[];
  readonly RETIRED: readonly RetiredStation[];
}>(readFileSync(new URL('./tables/eager.json', import.meta.url), 'utf8'));

export const { INFO, STATIONS, BUREAUS, PROVINCES, REPORTS, COUNTRIES, RETIRED } = tables;
