// The flat forms of the dataset (`toFlat`, dataset.json): references as ids, no nesting.
import type { Bureau, PartialDate, Province, Report, Source, Station, StationEvent } from './types.js';

/** A bureau as embedded in a flat station record. */
export type FlatBureau = Omit<Bureau, 'province' | 'sources'>;

/** A report as embedded in a flat station record. */
export type FlatReport = Pick<Report, 'id' | 'title' | 'publisher' | 'published' | 'url'>;

/** An event with its sources resolved, as in a flat station record. */
export interface FlatEvent extends Omit<StationEvent, 'sources' | 'stations'> {
  readonly sources: readonly Source[];
}

/**
 * A station with everything resolved: bureau, province, reports, notes, sources and its
 * timeline. What `stations.json` holds, and what `flatten` returns.
 */
export interface FlatStation extends Omit<Station, 'bureau' | 'province' | 'reports'> {
  readonly bureau: FlatBureau | null;
  readonly province: Province | null;
  readonly reports: readonly FlatReport[];
  readonly notes: string | null;
  readonly sources: readonly Source[];
  readonly events: readonly FlatEvent[];
}

/** The file `overseas-police-stations/data/stations.json`. */
export interface FlatDataset {
  readonly version: string;
  readonly updated: PartialDate;
  readonly stations: readonly FlatStation[];
}
