// The query functions over a list of stations: lookups by one key, `query` over several,
// `countBy`. Indexes are built on first use, so that importing the package costs nothing
// until a query runs, and code that uses only some functions pays only for those.
import { bureaus, countryCodes, provinces, reports, stations } from './data.js';
import { startOf } from './dates.js';
import { CLOSURE_BASES, INVESTIGATIONS, LEGAL_STAGES, OPERATIONS, STATUSES } from './status.js';
import type { BureauId, ClosureBasis, Investigation, LegalStage, Operation, ReportId, Station, Status } from './types.js';
import type {
  Count,
  CountKey,
  CountValue,
  InvestigationOptions,
  OneOrMore,
  ProvinceName,
  StationFilter,
  CountryCode,
} from './query-types.js';
import { asciiLower, asciiUpper, describe, expectString, expectStrings, listOf, toDay, unknownValue } from './validate.js';

export type {
  CountryCode,
  ProvinceName,
  DateInput,
  StationFilter,
  InvestigationOptions,
  CountKey,
  CountValue,
  Count,
} from './query-types.js';

/** The keys `countBy` groups on and `query` filters on (besides the opening dates), in order. */
export const COUNT_KEYS: readonly CountKey[] = /* @__PURE__ */ Object.freeze([
  'country',
  'province',
  'bureau',
  'report',
  'operation',
  'closure',
  'investigation',
  'legal',
  'status',
]);
/** The date keys of a filter: the station date each bounds, and whether it is an upper bound. */
const DATE_KEYS: Readonly<Record<string, { readonly of: (s: Station) => string | null; readonly upper: boolean }>> = {
  openedFrom: { of: (s) => s.opened?.date ?? null, upper: false },
  openedTo: { of: (s) => s.opened?.date ?? null, upper: true },
  activeSince: { of: (s) => s.lastReportedActive, upper: false },
  investigationHeardSince: { of: (s) => s.investigationAsOf, upper: false },
  heardSince: { of: (s) => s.lastHeard, upper: false },
};
const FILTER_KEYS: readonly string[] = /* @__PURE__ */ (() => [...COUNT_KEYS, 'closureOrdered', ...Object.keys(DATE_KEYS)])();
const EMPTY: readonly Station[] = /* @__PURE__ */ Object.freeze([]);

/** The values a station has for a key: one, except for reports (none or several). */
function valuesOf(station: Station, key: CountKey): readonly unknown[] {
  if (key === 'report') return station.reports.length > 0 ? station.reports : [null];
  return [station[key]];
}

function order(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return String(a) < String(b) ? -1 : 1;
}

/** A lower-case lookup of accepted values, so that any case matches. */
function acceptor(name: string, accepted: () => readonly string[]): (fn: string, value: string) => string {
  let byLower: Map<string, string> | undefined;
  return (fn, value) => {
    byLower ??= new Map(accepted().map((item) => [asciiLower(item), item]));
    const match = byLower.get(asciiLower(value));
    if (match === undefined) throw unknownValue(fn, name, value, `one of ${listOf(accepted())}`);
    return match;
  };
}

/** What each key accepts, normalized: any case in, the dataset's spelling out. */
const NORMALIZE: { readonly [K in CountKey]: (fn: string, value: string) => string } = {
  country: (fn, value) => {
    const code = asciiUpper(value);
    if (!countryCodes.has(code)) throw unknownValue(fn, 'country', value, 'an ISO 3166-1 alpha-2 code such as "NL"');
    return code;
  },
  province: /* @__PURE__ */ acceptor('province', () => provinces.flatMap((p) => [p.code, p.name])),
  bureau: /* @__PURE__ */ acceptor('bureau', () => bureaus.map((b) => b.id)),
  report: /* @__PURE__ */ acceptor('report', () => reports.map((r) => r.id)),
  operation: /* @__PURE__ */ acceptor('operation', () => OPERATIONS),
  closure: /* @__PURE__ */ acceptor('closure', () => CLOSURE_BASES),
  investigation: /* @__PURE__ */ acceptor('investigation', () => INVESTIGATIONS),
  legal: /* @__PURE__ */ acceptor('legal stage', () => LEGAL_STAGES),
  status: /* @__PURE__ */ acceptor('status', () => STATUSES),
};

/** Province names accepted for their codes. */
let provinceCodes: Map<string, string> | undefined;
const provinceCode = (name: string) => {
  provinceCodes ??= new Map(provinces.flatMap((p) => [[p.code, p.code] as const, [p.name, p.code] as const]));
  return provinceCodes.get(name)!;
};

/** The query functions over a list of stations sorted by id, with each index built on first use. */
function buildQueries(list: readonly Station[]) {
  let byId: Map<string, Station> | undefined;
  let position: Map<Station, number> | undefined;
  const indexes = new Map<CountKey, ReadonlyMap<unknown, readonly Station[]>>();

  function index(key: CountKey): ReadonlyMap<unknown, readonly Station[]> {
    let found = indexes.get(key);
    if (!found) {
      const built = new Map<unknown, Station[]>();
      for (const station of list) {
        for (const value of valuesOf(station, key)) {
          const stations = built.get(value);
          if (stations) stations.push(station);
          else built.set(value, [station]);
        }
      }
      for (const stations of built.values()) Object.freeze(stations);
      found = built;
      indexes.set(key, found);
    }
    return found;
  }

  /** A filter clause: its values, the stations they index and a test for one station. */
  function clause(fn: string, key: CountKey, value: unknown) {
    const normalized = expectStrings(fn, key, value).map((v) => NORMALIZE[key](fn, v));
    const values = new Set<unknown>(key === 'province' ? normalized.map(provinceCode) : normalized);
    const lists = [...values].map((v) => index(key).get(v) ?? EMPTY);
    return {
      size: lists.reduce((sum, stations) => sum + stations.length, 0),
      stations: (): readonly Station[] => {
        if (lists.length === 1) return lists[0]!;
        position ??= new Map(list.map((station, i) => [station, i]));
        const at = position;
        return Object.freeze([...new Set(lists.flat())].sort((a, b) => at.get(a)! - at.get(b)!));
      },
      test: (station: Station) => valuesOf(station, key).some((v) => values.has(v)),
    };
  }

  const lookup = (fn: string, key: CountKey, value: unknown): readonly Station[] => clause(fn, key, value).stations();

  const api = {
    /** See {@link getStation}. */
    getStation(id: string): Station | undefined {
      byId ??= new Map(list.map((station) => [station.id, station]));
      return byId.get(expectString('getStation', 'id', id));
    },
    /** See {@link byCountry}. */
    byCountry: (code: OneOrMore<CountryCode>): readonly Station[] => lookup('byCountry', 'country', code),
    /** See {@link byProvince}. */
    byProvince: (province: OneOrMore<ProvinceName>): readonly Station[] => lookup('byProvince', 'province', province),
    /** See {@link byBureau}. */
    byBureau: (bureau: OneOrMore<BureauId>): readonly Station[] => lookup('byBureau', 'bureau', bureau),
    /** See {@link byReport}. */
    byReport: (report: OneOrMore<ReportId>): readonly Station[] => lookup('byReport', 'report', report),
    /** See {@link byOperation}. */
    byOperation: (operation: OneOrMore<Operation>): readonly Station[] => lookup('byOperation', 'operation', operation),
    /** See {@link byClosure}. */
    byClosure: (closure: OneOrMore<ClosureBasis>): readonly Station[] => lookup('byClosure', 'closure', closure),
    /** See {@link byInvestigation}. */
    byInvestigation(investigation: OneOrMore<Investigation>, options?: InvestigationOptions): readonly Station[] {
      if (options === undefined) return lookup('byInvestigation', 'investigation', investigation);
      if (options === null || typeof options !== 'object') {
        throw new TypeError(
          `byInvestigation: options must be an object such as { heardSince: '2024' }, got ${describe(options)}`,
        );
      }
      const unknown = Object.keys(options).find((key) => key !== 'heardSince');
      if (unknown !== undefined) throw unknownValue('byInvestigation', 'option', unknown, 'heardSince');
      const filter: StationFilter = { investigation };
      if (options.heardSince !== undefined) filter.investigationHeardSince = options.heardSince;
      return api.query(filter);
    },
    /** See {@link byLegalStage}. */
    byLegalStage: (legal: OneOrMore<LegalStage>): readonly Station[] => lookup('byLegalStage', 'legal', legal),
    /** See {@link byStatus}. */
    byStatus: (status: OneOrMore<Status>): readonly Station[] => lookup('byStatus', 'status', status),

    /** See {@link query}. */
    query(filter: StationFilter): readonly Station[] {
      if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
        throw new TypeError(
          `query: filter must be an object, got ${filter === null ? 'null' : Array.isArray(filter) ? 'an array' : typeof filter}`,
        );
      }
      const clauses: ReturnType<typeof clause>[] = [];
      const tests: ((station: Station) => boolean)[] = [];
      for (const key of Object.keys(filter)) {
        if (!FILTER_KEYS.includes(key)) throw unknownValue('query', 'filter key', key, `one of ${listOf(FILTER_KEYS)}`);
        const value = (filter as Record<string, unknown>)[key];
        if (value === undefined) continue;
        const dated = Object.hasOwn(DATE_KEYS, key) ? DATE_KEYS[key] : undefined;
        if (dated) {
          // A partial date counts from the first day of its period, so that a bound never
          // takes in a date that may fall outside it.
          const bound = toDay('query', key, value, dated.upper);
          tests.push((station) => {
            const date = dated.of(station);
            return date !== null && (dated.upper ? startOf(date) <= bound : startOf(date) >= bound);
          });
        } else if (key === 'closureOrdered') {
          if (typeof value !== 'boolean')
            throw new TypeError(`query: closureOrdered must be true or false, got ${describe(value)}`);
          tests.push((station) => (station.closureOrdered !== null) === value);
        } else clauses.push(clause('query', key as CountKey, value));
      }
      // Walk the stations of the most selective clause and test the others on each one,
      // so that the cost follows the size of the answer, not of the dataset.
      clauses.sort((a, b) => a.size - b.size);
      const [first, ...rest] = clauses;
      const candidates = first ? first.stations() : list;
      tests.unshift(...rest.map((c) => c.test));
      if (tests.length === 0) return candidates;
      // Plain loops: Array.prototype.filter and every are several times slower here,
      // the index lists being frozen arrays.
      const found: Station[] = [];
      next: for (let i = 0; i < candidates.length; i++) {
        const station = candidates[i]!;
        for (let t = 0; t < tests.length; t++) if (!tests[t]!(station)) continue next;
        found.push(station);
      }
      return Object.freeze(found);
    },

    /** See {@link countBy}. */
    countBy<K extends CountKey>(key: K): readonly Count<CountValue[K]>[] {
      expectString('countBy', 'key', key);
      if (!COUNT_KEYS.includes(key)) throw unknownValue('countBy', 'key', key, `one of ${listOf(COUNT_KEYS)}`);
      const counts = [...index(key)].map(([value, stations]) =>
        Object.freeze({ value: value as CountValue[K] | null, count: stations.length }),
      );
      counts.sort((a, b) => b.count - a.count || order(a.value, b.value));
      return Object.freeze(counts);
    },
  };
  return api;
}

/** The query functions over one list of stations (see `createQueries`). */
export type StationQueries = ReturnType<typeof buildQueries>;

/** The query functions over a list of checked stations sorted by id. */
export { buildQueries };

let embedded: StationQueries | undefined;
/** The query functions over the embedded dataset, built on first use. */
const queries = (): StationQueries => {
  embedded ??= buildQueries(stations);
  return embedded;
};

/** The station with this id, or `undefined` if there is none. Throws a TypeError for a non-string. */
export function getStation(id: string): Station | undefined {
  return queries().getStation(id);
}
/**
 * Stations in a country (or any of several), by ISO 3166-1 alpha-2 code in any case
 * (`'nl'`, `'NL'`). A valid code with no stations gives an empty array; a code that is
 * not ISO 3166-1 throws a RangeError.
 */
export function byCountry(code: OneOrMore<CountryCode>): readonly Station[] {
  return queries().byCountry(code);
}
/**
 * Stations run by bureaus of a Chinese province, given as ISO 3166-2 code (`'CN-FJ'`)
 * or English name (`'Fujian'`), in any case.
 */
export function byProvince(province: OneOrMore<ProvinceName>): readonly Station[] {
  return queries().byProvince(province);
}
/** Stations run by a bureau, by its id in `bureaus` (such as `'fuzhou'`), in any case. */
export function byBureau(bureau: OneOrMore<BureauId>): readonly Station[] {
  return queries().byBureau(bureau);
}
/** Stations listed in a report, by its id in `reports` (such as `'110-overseas'`). */
export function byReport(report: OneOrMore<ReportId>): readonly Station[] {
  return queries().byReport(report);
}
/**
 * Stations by whether they operate, as their events show: `'unknown'` (listed; nothing
 * since says it is active or closed), `'active'` (a report of activity after the listing,
 * no closure since) or `'closed'`.
 */
export function byOperation(operation: OneOrMore<Operation>): readonly Station[] {
  return queries().byOperation(operation);
}
/**
 * Closed stations by who says they closed: `'claimed'` (the operator, its embassy or
 * China), `'reported'` (the press, from what it found) or `'confirmed'` (the host
 * government, its police or a court). An order to close is not a closure: see
 * `query({ closureOrdered: true })`.
 */
export function byClosure(closure: OneOrMore<ClosureBasis>): readonly Station[] {
  return queries().byClosure(closure);
}
/**
 * Stations by where the host's investigation stands: `'none'`, `'open'` or `'ended'`;
 * with `heardSince`, only those whose inquiry was last heard of on or after that date
 * (`byInvestigation('open', { heardSince: '2024' })`).
 */
export function byInvestigation(investigation: OneOrMore<Investigation>, options?: InvestigationOptions): readonly Station[] {
  return queries().byInvestigation(investigation, options);
}
/**
 * Stations by how far prosecutors and courts went over the station's activity: `'none'`,
 * `'charged'`, `'acquitted'`, `'convicted'` or `'sentenced'`.
 */
export function byLegalStage(legal: OneOrMore<LegalStage>): readonly Station[] {
  return queries().byLegalStage(legal);
}
/** Stations whose summary status (`statusOf`) is the given one, or any of the given ones. */
export function byStatus(status: OneOrMore<Status>): readonly Station[] {
  return queries().byStatus(status);
}
/**
 * Stations matching every key of the filter (AND); an array value matches any of its
 * items (OR). With no keys, every station. Unknown keys and values throw a RangeError.
 *
 * @example query({ investigation: 'open', investigationHeardSince: '2024' })
 */
export function query(filter: StationFilter): readonly Station[] {
  return queries().query(filter);
}
/**
 * How many stations have each value of a key, most first (ties by value). Stations
 * with no value (an unknown bureau, no report, no closure) are counted under `value: null`.
 */
export function countBy<K extends CountKey>(key: K): readonly Count<CountValue[K]>[] {
  return queries().countBy(key);
}
