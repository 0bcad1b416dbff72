export { stations, bureaus, provinces, reports, countries, dataset, retired, getEvents, getSources } from './data.js';
export { changes, retiredStation } from './changes.js';
export {
  getStation,
  byCountry,
  byProvince,
  byBureau,
  byReport,
  byOperation,
  byClosure,
  byInvestigation,
  byLegalStage,
  byStatus,
  query,
  countBy,
  COUNT_KEYS,
  type CountryCode,
  type ProvinceName,
  type DateInput,
  type StationFilter,
  type CountKey,
  type CountValue,
  type Count,
  type StationQueries,
} from './query.js';
export { getDetails, getSource, stateOn, statusOn } from './timeline.js';
export { type StationsOn, stationsOn } from './stations-on.js';
export { createQueries, type Queries, type StationInput } from './create-queries.js';
export {
  EVENT_EFFECTS,
  EVENT_TYPES,
  SCOPES,
  INITIAL_ONLY,
  OPERATIONS,
  CLOSURE_BASES,
  INVESTIGATIONS,
  LEGAL_STAGES,
  STATUSES,
  applyEvent,
  isNews,
  deriveState,
  stateChanges,
  currentState,
  statusOf,
  type DatedEvent,
  type EventEffect,
  type StateChange,
} from './status.js';
export { precisionOf, type Precision } from './dates.js';
export { countryName } from './country-name.js';
export { STATUS_COLOURS } from './status-colours.js';
export type * from './types.js';
export type { KnownCountryCode } from './generated/known-countries.js';
export {
  flatten,
  toJSON,
  toCSV,
  toGeoJSON,
  type FormatOptions,
  type StationFeature,
  type StationFeatureCollection,
} from './formats.js';
export { CSV_COLUMNS, LIST_SEPARATOR } from './csv-columns.js';
