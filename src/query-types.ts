// The types of the query functions' arguments and results.
import type { KnownCountryCode } from './generated/known-countries.js';
import type {
  BureauId,
  ClosureBasis,
  Investigation,
  LegalStage,
  Operation,
  ProvinceCode,
  ProvinceEnglishName,
  ReportId,
  Status,
} from './types.js';

/**
 * An ISO 3166-1 alpha-2 code, in any case. Any string compiles, so that codes from
 * user input can be passed straight in; a code that is not ISO 3166-1 throws.
 */
// `string & {}` keeps editors offering the literal codes for autocompletion.
export type CountryCode = KnownCountryCode | (string & {});
/** A province as its ISO 3166-2 code or English name (any case is accepted at run time). */
export type ProvinceName = ProvinceCode | ProvinceEnglishName | Lowercase<ProvinceCode | ProvinceEnglishName>;
/**
 * A partial date string (`2018`, `2022-11`, `2022-11-01`) or a `Date`, which stands for
 * its calendar day in UTC (`new Date('2022-10-25T23:30:00Z')` is 2022-10-25 in every time
 * zone) and must fall in the years 0000 to 9999.
 */
export type DateInput = string | Date;

/** A value of a filter key, or several (any of them matches). */
export type OneOrMore<T> = T | readonly T[];

/** The keys of a `query`: each narrows the result (AND); an array value matches any of its items (OR). */
export interface StationFilter {
  country?: OneOrMore<CountryCode>;
  province?: OneOrMore<ProvinceName>;
  bureau?: OneOrMore<BureauId>;
  report?: OneOrMore<ReportId>;
  /** Whether the station operates, as far as its events show: `'unknown'`, `'active'` or `'closed'`. */
  operation?: OneOrMore<Operation>;
  /** Who says it closed: `'claimed'`, `'reported'`, `'confirmed'`; stations not closed have none. */
  closure?: OneOrMore<ClosureBasis>;
  /** The host's investigation: `'none'`, `'open'`, `'ended'`. */
  investigation?: OneOrMore<Investigation>;
  /** The legal stage over the station's activity: `'none'`, `'charged'`, `'acquitted'`, `'convicted'`, `'sentenced'`. */
  legal?: OneOrMore<LegalStage>;
  /** The summary status. */
  status?: OneOrMore<Status>;
  /** `true`: stations whose host ordered or demanded their closure (`closureOrdered` set); `false`: the others. */
  closureOrdered?: boolean;
  /**
   * Stations whose activity was last observed on or after the start of this date's period
   * (`lastReportedActive`; a `Date`: its UTC day). Stations with no report of activity are left out.
   */
  activeSince?: DateInput;
  /**
   * Stations whose investigation (open or ended) was last heard of on or after the start of
   * this date's period (`investigationAsOf`). With `investigation: 'open'`: the inquiries
   * still heard of since then. Stations with no investigation are left out.
   */
  investigationHeardSince?: DateInput;
  /** Stations last heard of (`lastHeard`) on or after the start of this date's period. Stations never heard of since their listing are left out. */
  heardSince?: DateInput;
  /** Opened on or after the start of this date's period (a `Date`: its UTC day). Stations with no known opening date are left out. */
  openedFrom?: DateInput;
  /** Opened on or before the end of this date's period (a `Date`: its UTC day). Stations with no known opening date are left out. */
  openedTo?: DateInput;
}

/** Options of `byInvestigation`. */
export interface InvestigationOptions {
  /**
   * Only inquiries last heard of (`investigationAsOf`) on or after the start of this date's
   * period: `byInvestigation('open', { heardSince: '2024' })` leaves out inquiries last
   * heard of in 2022 or 2023.
   */
  heardSince?: DateInput;
}

/** The keys `countBy` can group on (and `query` filter on). */
export type CountKey =
  | 'country'
  | 'province'
  | 'bureau'
  | 'report'
  | 'operation'
  | 'closure'
  | 'investigation'
  | 'legal'
  | 'status';

/** The value type of each `CountKey`. */
export interface CountValue {
  country: string;
  province: ProvinceCode;
  bureau: BureauId;
  report: ReportId;
  operation: Operation;
  closure: ClosureBasis;
  investigation: Investigation;
  legal: LegalStage;
  status: Status;
}

/** How many stations have one value of a `countBy` key; `value` is `null` for stations with none. */
export interface Count<V> {
  readonly value: V | null;
  readonly count: number;
}
