export { stations, bureaus, provinces, reports, sources, dataset } from './data.js';
export {
  getStation,
  byCountry,
  byProvince,
  byBureau,
  byStatus,
  byReport,
  query,
  countBy,
  statusOn,
  createQueries,
  type Queries,
  type CountryCode,
  type ProvinceName,
  type DateInput,
  type StationFilter,
  type CountKey,
  type Count,
} from './query.js';
export { STATUS_OF_EVENT, STATUSES } from './status.js';
export { precisionOf, type Precision } from './dates.js';
export type * from './types.js';
export type { KnownCountryCode } from './generated/known-countries.js';
export {
  flatten,
  toJSON,
  toCSV,
  toGeoJSON,
  countryName,
  CSV_COLUMNS,
  LIST_SEPARATOR,
  type FormatOptions,
  type StationFeature,
  type StationFeatureCollection,
} from './formats.js';
