import { bureaus, countryCodes, provinces, reports, stations as embedded } from './data.js';
import { dayOf, endOf, isPartialDate, startOf } from './dates.js';
import { STATUSES, statusAt } from './status.js';
import type { KnownCountryCode } from './generated/known-countries.js';
import type { BureauId, ProvinceCode, ProvinceEnglishName, ReportId, Station, Status } from './types.js';
import { checkStations } from './station-input.js';
import { expectString, expectStrings, listOf, unknownValue } from './validate.js';

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

/** The keys of a `query`: each narrows the result (AND); an array value matches any of its items (OR). */
export interface StationFilter {
  country?: CountryCode | readonly CountryCode[];
  province?: ProvinceName | readonly ProvinceName[];
  bureau?: BureauId | readonly BureauId[];
  status?: Status | readonly Status[];
  report?: ReportId | readonly ReportId[];
  /** Opened on or after the start of this date's period (a `Date`: its UTC day). Stations with no known opening date are left out. */
  openedFrom?: DateInput;
  /** Opened on or before the end of this date's period (a `Date`: its UTC day). Stations with no known opening date are left out. */
  openedTo?: DateInput;
}

/** The keys `countBy` can group on. */
export type CountKey = 'country' | 'province' | 'bureau' | 'status' | 'report';

/** How many stations have one value of a `countBy` key; `value` is `null` for stations with none. */
export interface Count<V> {
  readonly value: V | null;
  readonly count: number;
}

type KeyValue = {
  country: string;
  province: ProvinceCode;
  bureau: BureauId;
  status: Status;
  report: ReportId;
};

const BUREAUS: readonly BureauId[] = bureaus.map((b) => b.id);
const REPORTS: readonly ReportId[] = reports.map((r) => r.id);
const FILTER_KEYS: readonly string[] = ['country', 'province', 'bureau', 'status', 'report', 'openedFrom', 'openedTo'];

const EMPTY: readonly Station[] = Object.freeze([]);

const provinceByName = new Map<string, ProvinceCode>(
  provinces.flatMap((p) => [
    [p.code.toLowerCase(), p.code],
    [p.name.toLowerCase(), p.code],
  ]),
);

function oneOf<T extends string>(name: string, accepted: readonly T[]): (fn: string, value: string) => T {
  return (fn, value) => {
    const lower = value.toLowerCase();
    const match = accepted.find((item) => item === lower);
    if (!match) throw unknownValue(fn, name, value, `one of ${listOf(accepted)}`);
    return match;
  };
}

/** The values a station has for each key; a station may be in several reports. */
const valuesOf: { readonly [K in CountKey]: (station: Station) => readonly (KeyValue[K] | null)[] } = {
  country: (s) => [s.country],
  province: (s) => [s.province],
  bureau: (s) => [s.bureau],
  status: (s) => [s.status],
  report: (s) => (s.reports.length > 0 ? s.reports : [null]),
};

/** A test of one station against a set of values; a station may be in several reports. */
const testOf: { readonly [K in CountKey]: (values: ReadonlySet<unknown>) => (station: Station) => boolean } = {
  country: (values) => (s) => values.has(s.country),
  province: (values) => (s) => values.has(s.province),
  bureau: (values) => (s) => values.has(s.bureau),
  status: (values) => (s) => values.has(s.status),
  report: (values) => (s) => (s.reports.length > 0 ? s.reports.some((r) => values.has(r)) : values.has(null)),
};

/**
 * A date argument as the day it stands for (`YYYY-MM-DD`): a `Date` is its UTC calendar
 * day; a partial date string the first day of its period, or the last where `end` is set.
 */
function toDay(fn: string, name: string, value: unknown, end: boolean): string {
  if (value instanceof Date) return dayOf(value, fn, name);
  const date = expectString(fn, name, value);
  if (!isPartialDate(date)) {
    throw unknownValue(fn, name, date, 'a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return end ? endOf(date) : startOf(date);
}

function order(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The query functions over a checked list of stations sorted by id, with their indexes built once. */
function buildQueries(stations: readonly Station[]) {
  const position = new Map(stations.map((station, i) => [station, i]));
  const byId = new Map(stations.map((station) => [station.id, station]));

  function indexBy<K extends CountKey>(key: K): ReadonlyMap<KeyValue[K] | null, readonly Station[]> {
    const index = new Map<KeyValue[K] | null, Station[]>();
    for (const station of stations) {
      for (const value of valuesOf[key](station)) {
        const list = index.get(value);
        if (list) list.push(station);
        else index.set(value, [station]);
      }
    }
    for (const list of index.values()) Object.freeze(list);
    return index;
  }

  const indexes: { readonly [K in CountKey]: ReadonlyMap<KeyValue[K] | null, readonly Station[]> } = {
    country: indexBy('country'),
    province: indexBy('province'),
    bureau: indexBy('bureau'),
    status: indexBy('status'),
    report: indexBy('report'),
  };

  const normalize: { readonly [K in CountKey]: (fn: string, value: string) => KeyValue[K] } = {
    country: (fn, value) => {
      const code = value.toUpperCase();
      if (!countryCodes.has(code)) {
        throw unknownValue(
          fn,
          'country',
          value,
          `an ISO 3166-1 alpha-2 code; stations are in ${listOf([...indexes.country.keys()] as string[])}`,
        );
      }
      return code;
    },
    province: (fn, value) => {
      const code = provinceByName.get(value.toLowerCase());
      if (!code) throw unknownValue(fn, 'province', value, `one of ${listOf(provinces.flatMap((p) => [p.code, p.name]))}`);
      return code;
    },
    bureau: oneOf('bureau', BUREAUS),
    status: oneOf('status', STATUSES),
    report: oneOf('report', REPORTS),
  };

  /** A filter clause: its values, the stations they index and a test for one station. */
  function clause<K extends CountKey>(fn: string, key: K, value: unknown) {
    const values = new Set<KeyValue[K] | null>(expectStrings(fn, key, value).map((v) => normalize[key](fn, v)));
    const lists = [...values].map((v) => indexes[key].get(v) ?? EMPTY);
    return {
      size: lists.reduce((sum, list) => sum + list.length, 0),
      stations: (): readonly Station[] =>
        lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => position.get(a)! - position.get(b)!),
      test: testOf[key](values as ReadonlySet<unknown>),
    };
  }

  const lookup = (fn: string, key: CountKey, value: unknown): readonly Station[] => {
    const found = clause(fn, key, value).stations();
    return Object.isFrozen(found) ? found : Object.freeze(found);
  };

  return {
    /** See {@link getStation}. */
    getStation(id: string): Station | undefined {
      return byId.get(expectString('getStation', 'id', id));
    },

    /** See {@link byCountry}. */
    byCountry(code: CountryCode): readonly Station[] {
      return lookup('byCountry', 'country', code);
    },

    /** See {@link byProvince}. */
    byProvince(province: ProvinceName): readonly Station[] {
      return lookup('byProvince', 'province', province);
    },

    /** See {@link byBureau}. */
    byBureau(bureau: BureauId): readonly Station[] {
      return lookup('byBureau', 'bureau', bureau);
    },

    /** See {@link byStatus}. */
    byStatus(status: Status | readonly Status[]): readonly Station[] {
      return lookup('byStatus', 'status', status);
    },

    /** See {@link byReport}. */
    byReport(report: ReportId): readonly Station[] {
      return lookup('byReport', 'report', report);
    },

    /** See {@link query}. */
    query(filter: StationFilter): readonly Station[] {
      if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
        throw new TypeError(
          `query: filter must be an object, got ${filter === null ? 'null' : Array.isArray(filter) ? 'an array' : typeof filter}`,
        );
      }
      const clauses: ReturnType<typeof clause>[] = [];
      let from: string | undefined;
      let to: string | undefined;
      for (const key of Object.keys(filter)) {
        if (!FILTER_KEYS.includes(key)) throw unknownValue('query', 'filter key', key, `one of ${listOf(FILTER_KEYS)}`);
        const value = (filter as Record<string, unknown>)[key];
        if (value === undefined) continue;
        if (key === 'openedFrom') from = toDay('query', key, value, false);
        else if (key === 'openedTo') to = toDay('query', key, value, true);
        else clauses.push(clause('query', key as CountKey, value));
      }
      // Walk the stations of the most selective clause and test the others on each one,
      // so that the cost follows the size of the answer, not of the dataset.
      clauses.sort((a, b) => a.size - b.size);
      const [first, ...rest] = clauses;
      const candidates = first ? first.stations() : stations;
      const dated = from !== undefined || to !== undefined;
      if (rest.length === 0 && !dated) return Object.isFrozen(candidates) ? candidates : Object.freeze([...candidates]);
      const tests = rest.map((c) => c.test);
      const inRange = (station: Station) => {
        if (!station.opened) return false;
        const opened = startOf(station.opened.date);
        return (from === undefined || opened >= from) && (to === undefined || opened <= to);
      };
      // Plain loops: Array.prototype.filter and every are several times slower here,
      // the index lists being frozen arrays.
      const found: Station[] = [];
      next: for (let i = 0; i < candidates.length; i++) {
        const station = candidates[i]!;
        for (let t = 0; t < tests.length; t++) if (!tests[t]!(station)) continue next;
        if (!dated || inRange(station)) found.push(station);
      }
      return Object.freeze(found);
    },

    /** See {@link countBy}. */
    countBy<K extends CountKey>(key: K): readonly Count<KeyValue[K]>[] {
      expectString('countBy', 'key', key);
      if (!Object.hasOwn(indexes, key)) throw unknownValue('countBy', 'key', key, `one of ${listOf(Object.keys(indexes))}`);
      const index = indexes[key] as ReadonlyMap<KeyValue[K] | null, readonly Station[]>;
      const counts = [...index].map(([value, list]) => Object.freeze({ value, count: list.length }));
      counts.sort((a, b) => b.count - a.count || order(a.value, b.value));
      return Object.freeze(counts);
    },

    /** See {@link statusOn}. */
    statusOn(id: string, date: DateInput): Status | null {
      const station = byId.get(expectString('statusOn', 'id', id));
      if (!station) throw unknownValue('statusOn', 'station id', id, 'the id of a station in `stations`, such as "nl-01"');
      return statusAt(station.events, toDay('statusOn', 'date', date, true));
    },
  };
}

/** The query functions of `createQueries`, over one list of stations. */
export type Queries = ReturnType<typeof buildQueries>;

/**
 * The query functions (`getStation`, `byCountry`, `byProvince`, `byBureau`, `byStatus`,
 * `byReport`, `query`, `countBy`, `statusOn`) over your own list of stations, for example
 * this dataset extended with your records, with the lookup indexes built once, here.
 *
 * The list is checked and normalized first: ids must be unique, countries ISO 3166-1
 * (any case), bureaus and reports known; timelines are sorted oldest first, `province`
 * and `status` are derived (a given one that contradicts its bureau or events throws),
 * and the records are deeply frozen copies sorted by id. A wrong type throws a TypeError,
 * an unknown value or a contradiction a RangeError.
 *
 * @example
 * const mine = createQueries([...stations, myStation]);
 * mine.byCountry('NL');
 */
export function createQueries(stations: readonly Station[]): Queries {
  return buildQueries(checkStations(stations));
}

const embeddedQueries = buildQueries(embedded);

/** The station with this id, or `undefined` if there is none. Throws a TypeError for a non-string. */
export const getStation: Queries['getStation'] = embeddedQueries.getStation;
/**
 * Stations in a country, by ISO 3166-1 alpha-2 code in any case (`'nl'`, `'NL'`).
 * A valid code with no stations gives an empty array; a code that is not ISO 3166-1
 * throws a RangeError.
 */
export const byCountry: Queries['byCountry'] = embeddedQueries.byCountry;
/**
 * Stations run by bureaus of a Chinese province, given as ISO 3166-2 code (`'CN-FJ'`)
 * or English name (`'Fujian'`), in any case.
 */
export const byProvince: Queries['byProvince'] = embeddedQueries.byProvince;
/** Stations run by a bureau, by its id in `bureaus` (such as `'fuzhou'`), in any case. */
export const byBureau: Queries['byBureau'] = embeddedQueries.byBureau;
/** Stations whose current status is the given one, or any of the given ones. */
export const byStatus: Queries['byStatus'] = embeddedQueries.byStatus;
/** Stations listed in a report, by its id in `reports` (such as `'110-overseas'`). */
export const byReport: Queries['byReport'] = embeddedQueries.byReport;
/**
 * Stations matching every key of the filter (AND); an array value matches any of its
 * items (OR). With no keys, every station. Unknown keys and values throw a RangeError.
 *
 * @example query({ country: ['NL', 'IE'], status: 'closed' })
 */
export const query: Queries['query'] = embeddedQueries.query;
/**
 * How many stations have each value of a key, most first (ties by value). Stations
 * with no value (an unknown bureau, no report) are counted under `value: null`.
 */
export const countBy: Queries['countBy'] = embeddedQueries.countBy;
/**
 * A station's status at the end of the given day (or of the given month or year, for a
 * partial date; a `Date` stands for its calendar day in UTC), from its event timeline;
 * `null` before its first status-changing event. Throws a RangeError for an unknown
 * station id, an invalid date or a `Date` outside the years 0000 to 9999.
 */
export const statusOn: Queries['statusOn'] = embeddedQueries.statusOn;
