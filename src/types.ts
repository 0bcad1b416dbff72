import type { BureauId, ProvinceCode, ReportId } from './generated/closed-sets.js';

/** Where a station stands, derived from its dated events (see `STATUS_OF_EVENT`). */
export type Status = 'reported' | 'investigating' | 'closed' | 'prosecuted';

// Generated from data/bureaus.json, data/provinces.json and data/reports.json, so that a
// new bureau or report is a data change.
export type { BureauId, ProvinceCode, ProvinceEnglishName, ReportId } from './generated/closed-sets.js';

/** How far a fact is borne out by its sources. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * Why a station record exists: `site`, sources identify a particular office;
 * `count`, sources only say how many stations a city or country has, so this record
 * stands for one of them and cannot be told apart from its siblings.
 */
export type Evidence = 'site' | 'count';

/** A date kept at the precision its sources give: `2018`, `2022-11` or `2022-11-01`. */
export type PartialDate = string;

/** What happened to a station. */
export type EventType =
  | 'listed'
  | 'media_report'
  | 'investigation_opened'
  | 'investigation_closed'
  | 'statement'
  | 'denied_by_host'
  | 'denied_by_china'
  | 'no_evidence_found'
  | 'ordered_closed'
  | 'reported_closed'
  | 'raid'
  | 'arrest'
  | 'charged'
  | 'guilty_plea'
  | 'convicted'
  | 'sentenced'
  | 'other';

/**
 * `event`: the thing happened on that date. `reported`: the date is when a cited
 * source first reported it; it happened then or earlier.
 */
export type DateBasis = 'event' | 'reported';

/** A publication that a fact rests on. */
export interface Source {
  readonly id: string;
  readonly url: string;
  readonly publisher: string;
  readonly title: string;
  /** Publication date; `null` for an undated page, whose `note` then says what is known. */
  readonly date: PartialDate | null;
  /** What was checked against this source, or a caveat about it. */
  readonly note: string | null;
}

/** One dated entry of a station's timeline. */
export interface StationEvent {
  readonly id: string;
  readonly date: PartialDate;
  readonly dateBasis: DateBasis;
  readonly type: EventType;
  /** Who acted: a ministry, a police force, a court, a newspaper. */
  readonly actor: string;
  readonly summary: string;
  /** Source ids, resolvable through `sources`. */
  readonly sources: readonly string[];
}

/** City-level coordinates taken from GeoNames. */
export interface Location {
  readonly geonameId: number;
  readonly lat: number;
  readonly lon: number;
}

/** When a station opened, at the precision its sources give, with a note on them. */
export interface Opened {
  readonly date: PartialDate;
  readonly note: string | null;
}

/** One overseas police service station. */
export interface Station {
  /** Stable id such as `nl-01`: never reused, never changes meaning. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code of the host country. */
  readonly country: string;
  /** English name of the city, or `null` where no source places the station. */
  readonly city: string | null;
  readonly location: Location | null;
  readonly bureau: BureauId | null;
  readonly bureauConfidence: Confidence | null;
  /** The operating bureau's province; `null` when the bureau is unknown. */
  readonly province: ProvinceCode | null;
  readonly opened: Opened | null;
  /** Chinese name, where a source reports one. */
  readonly nameZh: string | null;
  /** The reports that list the station; empty for sites that only later sources name. */
  readonly reports: readonly ReportId[];
  readonly evidence: Evidence;
  readonly confidence: Confidence;
  readonly notes: string | null;
  readonly sources: readonly string[];
  /** Dated events, oldest first. */
  readonly events: readonly StationEvent[];
  /** Derived from `events`: the status of the latest status-changing event. */
  readonly status: Status;
}

/** A Chinese province of an operating bureau. */
export interface Province {
  readonly code: ProvinceCode;
  readonly name: string;
  readonly nameZh: string;
}

/** A Chinese public security bureau that the reports say runs stations. */
export interface Bureau {
  readonly id: BureauId;
  readonly name: string;
  readonly nameZh: string;
  /** The city or county the bureau serves. */
  readonly seat: string;
  readonly province: ProvinceCode;
  readonly sources: readonly string[];
}

/** A part of a report's claimed total that no public source places. */
export interface CoverageGap {
  /** The country the missing stations are in, when known. */
  readonly country: string | null;
  readonly count: number;
  readonly note: string;
  readonly sources: readonly string[];
}

/** A report that lists stations: what it claimed, and how much of it the dataset identifies. */
export interface Report {
  readonly id: ReportId;
  readonly title: string;
  readonly publisher: string;
  readonly published: PartialDate;
  readonly url: string;
  /** What the report itself claimed. */
  readonly claimed: { readonly stations: number; readonly countries: number };
  /** How many of the claimed stations this dataset identifies (derived). */
  readonly identified: { readonly stations: number; readonly countries: number };
  /** The claimed stations that remain unidentified; their counts add up to claimed minus identified. */
  readonly unidentified: readonly CoverageGap[];
  readonly notes: string | null;
  readonly sources: readonly string[];
}

/** Version, revision date and counts of the embedded dataset. */
export interface DatasetInfo {
  /** The package version this dataset shipped in. */
  readonly version: string;
  /** When the data was last revised. */
  readonly updated: PartialDate;
  readonly counts: {
    readonly stations: number;
    readonly countries: number;
    readonly events: number;
    readonly sources: number;
  };
}

/** Everything the build writes from `data/`. */
export interface Dataset {
  readonly info: DatasetInfo;
  readonly stations: readonly Station[];
  readonly bureaus: readonly Bureau[];
  readonly provinces: readonly Province[];
  readonly reports: readonly Report[];
  readonly sources: readonly Source[];
  /** Every ISO 3166-1 alpha-2 code: the countries a query may name. */
  readonly countryCodes: readonly string[];
}

/** A bureau as embedded in a flat station record. */
export type FlatBureau = Omit<Bureau, 'province' | 'sources'>;

/** A report as embedded in a flat station record. */
export type FlatReport = Pick<Report, 'id' | 'title' | 'publisher' | 'published' | 'url'>;

/** An event with its sources resolved. */
export interface FlatEvent extends Omit<StationEvent, 'sources'> {
  readonly sources: readonly Source[];
}

/** A station with its bureau, province, reports, events and sources resolved: what `stations.json` holds. */
export interface FlatStation extends Omit<Station, 'bureau' | 'province' | 'reports' | 'events' | 'sources'> {
  readonly bureau: FlatBureau | null;
  readonly province: Province | null;
  readonly reports: readonly FlatReport[];
  readonly events: readonly FlatEvent[];
  readonly sources: readonly Source[];
}

/** The file `overseas-police-stations/data/stations.json`. */
export interface FlatDataset {
  readonly version: string;
  readonly updated: PartialDate;
  readonly stations: readonly FlatStation[];
}
