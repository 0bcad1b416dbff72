// The embedded dataset, as the build generated it from data/. Deeply frozen.
import { deepFreeze } from './freeze.js';
import { COUNTRY_CODES } from './generated/countries.js';
import { DATASET } from './generated/dataset.js';
import type { Bureau, DatasetInfo, Province, Report, Source, Station, StationDetailRecord, StationEvent } from './types.js';

deepFreeze(DATASET);

/** Every station, sorted by id. Deeply frozen. */
export const stations: readonly Station[] = DATASET.stations;
/** The operating public security bureaus. */
export const bureaus: readonly Bureau[] = DATASET.bureaus;
/** The Chinese provinces of the operating bureaus. */
export const provinces: readonly Province[] = DATASET.provinces;
/** The reports, with what they claimed and how much of it the dataset identifies. */
export const reports: readonly Report[] = DATASET.reports;
/** Version, revision date and counts of the embedded dataset. */
export const dataset: DatasetInfo = DATASET.info;
/** Every event, oldest first, each with the ids of the stations it concerns. */
export const events: readonly StationEvent[] = DATASET.events;
/** Every source cited by a station, event, bureau or report. */
export const sources: readonly Source[] = DATASET.sources;
/** The notes and source ids of each station, by id. */
export const details: Readonly<Record<string, StationDetailRecord>> = DATASET.details;
/** Every ISO 3166-1 alpha-2 code, for validating country arguments. */
export const countryCodes: ReadonlySet<string> = new Set(COUNTRY_CODES);
