import type { ReleaseChanges } from './change-types.js';
import type { BureauId, ProvinceCode, ReportId } from './generated/closed-sets.js';
import type {
  CLOSURE_BASIS_VALUES,
  EVENT_TYPE_VALUES,
  INVESTIGATION_VALUES,
  LEGAL_STAGE_VALUES,
  OPERATION_VALUES,
  SCOPE_VALUES,
  STATUS_VALUES,
} from './values.js';

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

/**
 * What happened to a station. CONTRIBUTING.md's rubric says who must say what for each
 * type, and `EVENT_EFFECTS` what each sets:
 * - `listed`: added by the build for each report that lists the station; a listing is not
 *   evidence of activity, so it leaves `operation` at `unknown`;
 * - `activity_reported`: a host authority or a credible outlet's own finding that the
 *   station is active (`active`, dated by the event's `observed`);
 * - `closure_confirmed` (the host government, its police or a court), `closure_reported`
 *   (the press, from what it found), `closure_claimed` (the operator, its embassy or
 *   China): closed, with that basis;
 * - `ordered_closed`: the host ordered or demanded a closure (`closureOrdered`); it
 *   closes nothing by itself;
 * - `investigation_opened`, `raid`, `arrest`: open an inquiry; `investigation_ongoing`
 *   and `no_evidence_found` refresh the date an open one was last heard of and never
 *   open one; `investigation_closed` ends it;
 * - legal stage, over the station's activity only: `charged`, `guilty_plea`, `convicted`,
 *   `sentenced`, `acquitted`;
 * - nothing: `other_proceedings` (searches, charges or trials on other grounds),
 *   `denied_by_host`, `denied_by_china`, `statement`, `other`.
 */
export type EventType = (typeof EVENT_TYPE_VALUES)[number];

/**
 * What an event concerns: `station`, the listed stations it names (including a
 * government's word on the stations of its country); `country`, the host country's
 * context (patrol agreements, laws, cases naming no listed office), which stays in the
 * timeline but sets nothing.
 */
export type EventScope = (typeof SCOPE_VALUES)[number];

/**
 * Whether a station operates, as far as its events show: `unknown` (listed; nothing since
 * says it is active or closed), `active` (a dated report of activity after its listing,
 * and no closure since), `closed`.
 */
export type Operation = (typeof OPERATION_VALUES)[number];

/**
 * Who says a station closed, weakest first: `claimed` (the operator, its embassy or
 * China), `reported` (the press, from what it found), `confirmed` (the host government,
 * its police or a court, as having happened). An order to close is not a basis: see
 * `closureOrdered`.
 */
export type ClosureBasis = (typeof CLOSURE_BASIS_VALUES)[number];

/** The host's investigation: `none` known, `open` (opened, or a search or arrest), or `ended`. */
export type Investigation = (typeof INVESTIGATION_VALUES)[number];

/**
 * How far prosecutors and courts went over the station's activity (never over other
 * grounds): `none`, `charged`, `acquitted`, `convicted` (by plea or verdict), `sentenced`.
 */
export type LegalStage = (typeof LEGAL_STAGE_VALUES)[number];

/**
 * One summary of a station's state for maps, tables and counts (see `statusOf`):
 * `reported`, `active`, `closed-unconfirmed`, `investigating`, `closed`, `prosecuted`.
 */
export type Status = (typeof STATUS_VALUES)[number];

/** What happened to a station, derived from its events by `deriveState`, with the date behind each value. */
export interface StationState {
  readonly operation: Operation;
  /** Who says it closed; `null` unless `operation` is `closed`. */
  readonly closure: ClosureBasis | null;
  /** The date of the host's first order or demand to close it; `null` if none is known. It closes nothing by itself. */
  readonly closureOrdered: PartialDate | null;
  /**
   * When activity was last observed, by the latest `activity_reported` event (the date
   * the activity was seen, not published); `null` if no report of activity is known.
   * Kept after a later closure: it is a date, not a state.
   */
  readonly lastReportedActive: PartialDate | null;
  readonly investigation: Investigation;
  /**
   * The date the investigation was last heard of: the latest event that shows it alive
   * (opened, a search, an arrest, a statement that it continues, a finding of its checks)
   * or that ended it; `null` when `investigation` is `none`.
   */
  readonly investigationAsOf: PartialDate | null;
  readonly legal: LegalStage;
  /** The summary of the values above (`statusOf`). */
  readonly status: Status;
  /** The date of the latest event about the station itself (not a listing, not country context); `null` if none. */
  readonly lastHeard: PartialDate | null;
}

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

/** A dated event: what happened to one or more stations, with its sources. */
export interface StationEvent {
  /** Unique across the dataset: `nl-e01`, or `listed-<report id>` for a report's listing. */
  readonly id: string;
  readonly date: PartialDate;
  readonly dateBasis: DateBasis;
  readonly type: EventType;
  /** Whether it concerns the stations it names or only the host country's context (which sets nothing). */
  readonly scope: EventScope;
  /**
   * For `activity_reported`: when the activity was seen (not when it was published), never
   * later than `date`; `null` for every other type.
   */
  readonly observed: PartialDate | null;
  /** Who acted: a ministry, a police force, a court, a newspaper. */
  readonly actor: string;
  readonly summary: string;
  /** Source ids, resolvable through `getSource`. */
  readonly sources: readonly string[];
  /** The ids of the stations it concerns. */
  readonly stations: readonly string[];
}

/**
 * An event of your own, for `createQueries` and the conversions' `options.events`: the
 * fields of a `StationEvent`, where `scope` may be left out (it is then `station`) and
 * `observed` too (then `null`).
 */
export type EventInput = Omit<StationEvent, 'scope' | 'observed'> & Partial<Pick<StationEvent, 'scope' | 'observed'>>;

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

/**
 * One overseas police service station: what it is, and what happened to it (derived from
 * its events). Its notes, sources and timeline are in `getDetails(id)`, so that code that
 * only queries or maps stations does not load them.
 */
export interface Station extends StationState {
  /** Stable id such as `nl-01`: never reused, never changes meaning. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code of the host country. */
  readonly country: string;
  /** English name of the city, or `null` where no source places the station. */
  readonly city: string | null;
  /** Coordinates of the city from GeoNames; `null` without a city. */
  readonly location: Location | null;
  /** The operating bureau's id in `bureaus`; `null` where sources do not say. */
  readonly bureau: BureauId | null;
  /** How well sources support the bureau; `null` exactly when `bureau` is. */
  readonly bureauConfidence: Confidence | null;
  /** The operating bureau's province; `null` when the bureau is unknown. */
  readonly province: ProvinceCode | null;
  /** When it opened, where reported. */
  readonly opened: Opened | null;
  /** Chinese name, where a source reports one. */
  readonly nameZh: string | null;
  /** The reports that list the station; empty for sites that only later sources name. */
  readonly reports: readonly ReportId[];
  readonly evidence: Evidence;
  /** How far the record as a whole is borne out by its sources. */
  readonly confidence: Confidence;
  /** The date of the event that set the current `status`. */
  readonly statusSince: PartialDate;
}

/**
 * Where one value of a station comes from: for a derived value, the event that set it and
 * that event's sources; for a value of the station record, the record's own sources
 * (`data/` does not say which of them gives which field) and no event.
 */
export interface FieldSource {
  /** The id of the event that set the value; `null` for a value of the station record. */
  readonly event: string | null;
  /** Source ids, resolvable through `getSource`. */
  readonly sources: readonly string[];
}

/** The fields of a station that `StationDetails.fieldSources` traces. */
export type SourcedField =
  | 'city'
  | 'bureau'
  | 'opened'
  | 'nameZh'
  | 'operation'
  | 'closure'
  | 'closureOrdered'
  | 'lastReportedActive'
  | 'investigation'
  | 'investigationAsOf'
  | 'legal'
  | 'status'
  | 'lastHeard';

/** The evidence behind a station: its notes, its sources and its timeline. */
export interface StationDetails {
  readonly id: string;
  /** Conflicts between sources and other caveats, in our words. */
  readonly notes: string | null;
  /** The sources of the station record itself. */
  readonly sources: readonly Source[];
  /** Its events, oldest first, including a `listed` event for each report that lists it. */
  readonly events: readonly StationEvent[];
  /** Where each traced value comes from (see `FieldSource`). */
  readonly fieldSources: Readonly<Record<SourcedField, FieldSource>>;
}

/** A station id that is no longer in the dataset, and why (`data/retired.json`). Ids are never reused. */
export interface RetiredStation {
  readonly id: string;
  /** When it was retired. */
  readonly date: PartialDate;
  readonly reason: string;
  /** The station it was merged into, or `null` when it was removed without one. */
  readonly replacedBy: string | null;
  /** The last release that shipped the id; `null` if no release did. */
  readonly lastVersion: string | null;
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
    /** Station records. */
    readonly stations: number;
    /** Host countries with at least one station. */
    readonly countries: number;
    /** Distinct events (a country-wide event and a report's listing count once). */
    readonly events: number;
    /** Sources cited anywhere in the dataset. */
    readonly sources: number;
  };
}

/**
 * The file `overseas-police-stations/data/meta.json`: what a mirror polls to learn cheaply
 * whether the data changed.
 */
export interface DataMeta {
  /** The package version. */
  readonly version: string;
  /** When the data was last revised. */
  readonly updated: PartialDate;
  readonly counts: DatasetInfo['counts'];
  /** Each other file of `dist/data/` by name: its size in bytes and the SHA-256 of its bytes, in hex. */
  readonly files: Readonly<Record<string, { readonly bytes: number; readonly sha256: string }>>;
}

/** How current a host country's record is. */
export interface HostCountry {
  /** ISO 3166-1 alpha-2 code of a country with stations. */
  readonly code: string;
  /** The day up to which its government's, police's, prosecutors', courts' and parliament's responses were searched. */
  readonly reviewed: PartialDate;
  /** What that search found last, or that it found nothing, and where it looked. */
  readonly note: string;
}

/** What the build writes from `data/` for one station besides its core record. */
export interface StationDetailRecord {
  readonly notes: string | null;
  /** Source ids of the station record. */
  readonly sources: readonly string[];
}

/** Everything the build writes from `data/`. */
export interface Dataset {
  readonly info: DatasetInfo;
  readonly stations: readonly Station[];
  /** Notes and source ids of each station, by station id. */
  readonly details: Readonly<Record<string, StationDetailRecord>>;
  /** Every event, sorted by date then id. */
  readonly events: readonly StationEvent[];
  /** How current each host country's record is, by code. */
  readonly countries: readonly HostCountry[];
  readonly bureaus: readonly Bureau[];
  readonly provinces: readonly Province[];
  readonly reports: readonly Report[];
  readonly sources: readonly Source[];
  /** Station ids retired since a release shipped them. */
  readonly retired: readonly RetiredStation[];
  /** What changed from release to release, newest first (from `releases/`). */
  readonly changes: readonly ReleaseChanges[];
}

export type * from './change-types.js';
export type * from './flat-types.js';
