// The types of what changed between two releases (`changes()`, `releases()`).
import type { PartialDate } from './types.js';

/** A value in a `FieldChange`: text, a number, a list of ids, or `null` for none. */
export type ChangeValue = string | number | null | readonly string[];

/** One value that differs between two releases. */
export interface FieldChange {
  /** A `Station` field (`opened` is its date; `geonameId` the location's; `notes`, `sources` from `getDetails`), or an event field. */
  readonly field: string;
  /** The value in the earlier release. */
  readonly from: ChangeValue;
  /** The value in the later release. */
  readonly to: ChangeValue;
}

/** One value of a station that differs between two releases, with the event behind the later value. */
export interface StationFieldChange extends FieldChange {
  /**
   * For a derived value, the id of the event behind the later value (the one
   * `getDetails(id).fieldSources` names); `null` for the record's own fields and for
   * releases before 3.0, whose snapshots do not say.
   */
  readonly event: string | null;
}

/** A station whose values differ between two releases. */
export interface StationChange {
  readonly id: string;
  /** `statusSince` in the later release: the date of the event that set its status. */
  readonly since: PartialDate;
  /**
   * What differs: the derived values first (`status`, `operation`, `closure`,
   * `closureOrdered`, `lastReportedActive`, `investigation`, `investigationAsOf`, `legal`,
   * `statusSince`, `lastHeard`), then the record's fields.
   */
  readonly fields: readonly StationFieldChange[];
}

/**
 * A station's 1.x `status` beside its 2.0 values, for the release that replaced the 1.x
 * status with four derived values: side by side, not a mapping (README, "Migrating from 1.x").
 * The 2.0 values keep their 2.0 meaning (`operation: 'operating'`, `closure: 'ordered'`).
 */
export interface LegacyStatusComparison {
  readonly id: string;
  /** The 1.x value of `status`. */
  readonly before: { readonly status: string };
  /** The 2.0 derived values. */
  readonly after: {
    readonly operation: string;
    readonly closure: string | null;
    readonly investigation: string;
    readonly legal: string;
    readonly status: string;
    readonly statusSince: PartialDate;
  };
}

/** An event whose fields differ between two releases: a correction. */
export interface EventChange {
  readonly id: string;
  readonly fields: readonly FieldChange[];
}

/** A count in an earlier and a later release. */
export interface CountChange {
  readonly from: number;
  readonly to: number;
}

/** What changed in the data from one release to the next, record by record (`changes`). */
export interface ReleaseChanges {
  /** The release. */
  readonly version: string;
  /** The release it is compared with. */
  readonly previous: string;
  /** The data revision date of the release. */
  readonly updated: PartialDate;
  readonly counts: { readonly stations: CountChange; readonly events: CountChange; readonly sources: CountChange };
  readonly stations: {
    readonly added: readonly string[];
    /** Ids the later release no longer has; `retiredStation(id)` says why. */
    readonly retired: readonly string[];
    /** Stations in both releases whose values differ, by id. */
    readonly changed: readonly StationChange[];
    /** Every station's 1.x status beside its 2.0 values; empty unless `previous` is a 1.x release. */
    readonly legacyStatus: readonly LegacyStatusComparison[];
  };
  readonly events: {
    readonly added: readonly string[];
    /** Events in both releases whose fields differ. */
    readonly corrected: readonly EventChange[];
    readonly removed: readonly string[];
  };
  readonly sources: { readonly added: readonly string[]; readonly removed: readonly string[] };
}
