import { DATASET } from './generated/dataset.js';
import { deepFreeze } from './freeze.js';
import type { Bureau, DatasetInfo, Province, Report, Source, Station } from './types.js';

deepFreeze(DATASET);

/** Every station, sorted by id. Deeply frozen. */
export const stations: readonly Station[] = DATASET.stations;
/** The operating public security bureaus. */
export const bureaus: readonly Bureau[] = DATASET.bureaus;
/** The Chinese provinces of the operating bureaus. */
export const provinces: readonly Province[] = DATASET.provinces;
/** The two reports, with what they claimed and how much of it the dataset identifies. */
export const reports: readonly Report[] = DATASET.reports;
/** Every source cited by a station, event, bureau or report. */
export const sources: readonly Source[] = DATASET.sources;
/** Version, revision date and counts of the embedded dataset. */
export const dataset: DatasetInfo = DATASET.info;
/** Every ISO 3166-1 alpha-2 code, for validating country arguments. */
export const countryCodes: ReadonlySet<string> = new Set(DATASET.countryCodes);
