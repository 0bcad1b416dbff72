// Property-based tests: queries agree with a naive filter, and no input, however
// hostile, gets anything but a correct answer or a TypeError/RangeError naming the function.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ops from '../src/index.js';
import type { Station, StationFilter } from '../src/index.js';

const { stations } = ops;
const distinct = <T>(values: readonly T[]) => [...new Set(values)];
const countries = distinct(stations.map((s) => s.country));
const nonEmpty = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });
const oneOrMany = <T>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), nonEmpty(values));

// The years of the data and a little around them; every instant in them, in UTC.
const instant = fc.date({
  min: new Date('2014-01-01T00:00:00Z'),
  max: new Date('2026-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
const partialDate = instant.chain((d) =>
  fc.constantFrom(d.toISOString().slice(0, 4), d.toISOString().slice(0, 7), d.toISOString().slice(0, 10)),
);
// Dates within a day and a half of an opening date, where reading the wrong day shows.
const nearOpening = fc
  .tuple(
    fc.constantFrom(...stations.flatMap((s) => (s.opened ? [Date.parse(s.opened.date)] : []))),
    fc.integer({ min: -36 * 3600_000, max: 36 * 3600_000 }),
  )
  .map(([start, offset]) => new Date(start + offset));
const dateBound = fc.oneof(partialDate, instant, nearOpening);

const filterArbitrary: fc.Arbitrary<StationFilter> = fc.record(
  {
    country: oneOrMany([...countries, 'IS', 'FR', 'nl']),
    province: oneOrMany(['CN-FJ', 'CN-ZJ', 'CN-JS', 'Fujian', 'zhejiang'] as const),
    bureau: oneOrMany(['fuzhou', 'qingtian', 'wenzhou', 'nantong'] as const),
    status: oneOrMany(['reported', 'active', 'closed-unconfirmed', 'investigating', 'closed', 'prosecuted'] as const),
    report: oneOrMany(['110-overseas', 'patrol-and-persuade'] as const),
    operation: oneOrMany(['unknown', 'active', 'closed'] as const),
    closure: oneOrMany(['claimed', 'reported', 'confirmed'] as const),
    investigation: oneOrMany(['none', 'open', 'ended'] as const),
    legal: oneOrMany(['none', 'charged', 'acquitted', 'convicted', 'sentenced'] as const),
    openedFrom: dateBound,
    openedTo: dateBound,
    closureOrdered: fc.boolean(),
    activeSince: dateBound,
    investigationHeardSince: dateBound,
    heardSince: dateBound,
  },
  { requiredKeys: [] },
);
type DateBound = string | Date;

const PROVINCE: Record<string, string> = {
  'cn-fj': 'CN-FJ',
  'cn-zj': 'CN-ZJ',
  'cn-js': 'CN-JS',
  fujian: 'CN-FJ',
  zhejiang: 'CN-ZJ',
  jiangsu: 'CN-JS',
};
const list = (v: unknown) => (Array.isArray(v) ? v : [v]) as string[];

// The oracle for dates shares no code with the package: days are UTC midnights in
// milliseconds, from Date.parse (which reads a date-only string as UTC) and Date.UTC
// (whose day 0 of a month is the last day of the month before).
const firstDay = (date: string) => Date.parse(date);
function lastDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return Date.UTC(year + 1, 0, 0);
  if (day === undefined) return Date.UTC(year, month, 0);
  return Date.UTC(year, month - 1, day);
}
const utcDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
const from = (bound: string | Date) => (typeof bound === 'string' ? firstDay(bound) : utcDay(bound));
const to = (bound: string | Date) => (typeof bound === 'string' ? lastDay(bound) : utcDay(bound));

/** The plain reading of a filter, written without the package's indexes or date code. */
function naive(filter: StationFilter): string[] {
  return stations
    .filter((s) => {
      const f = filter as Record<string, unknown>;
      if (
        f.country &&
        !list(f.country)
          .map((c) => c.toUpperCase())
          .includes(s.country)
      )
        return false;
      if (
        f.province &&
        !list(f.province)
          .map((p) => PROVINCE[p.toLowerCase()])
          .includes(s.province ?? '')
      )
        return false;
      if (f.bureau && !list(f.bureau).includes(s.bureau ?? '')) return false;
      for (const key of ['status', 'operation', 'closure', 'investigation', 'legal'] as const) {
        if (f[key] && !list(f[key]).includes(s[key] ?? '')) return false;
      }
      if (f.report && !list(f.report).some((r) => (s.reports as string[]).includes(r))) return false;
      if (filter.openedFrom || filter.openedTo) {
        if (!s.opened) return false;
        if (filter.openedFrom && firstDay(s.opened.date) < from(filter.openedFrom)) return false;
        if (filter.openedTo && firstDay(s.opened.date) > to(filter.openedTo)) return false;
      }
      if (filter.closureOrdered !== undefined && (s.closureOrdered !== null) !== filter.closureOrdered) return false;
      const since: [DateBound | undefined, string | null][] = [
        [filter.activeSince, s.lastReportedActive],
        [filter.investigationHeardSince, s.investigationAsOf],
        [filter.heardSince, s.lastHeard],
      ];
      for (const [bound, date] of since) {
        if (bound !== undefined && (date === null || firstDay(date) < from(bound))) return false;
      }
      return true;
    })
    .map((s) => s.id);
}

// The status rules as README.md states them, written out again without the package's code.
const CLOSES: Record<string, string> = {
  closure_claimed: 'claimed',
  closure_reported: 'reported',
  closure_confirmed: 'confirmed',
};
const BASIS_RANK = ['claimed', 'reported', 'confirmed'];
const LEGAL: Record<string, string> = {
  charged: 'charged',
  acquitted: 'acquitted',
  guilty_plea: 'convicted',
  convicted: 'convicted',
  sentenced: 'sentenced',
};
const LEGAL_RANK = ['none', 'charged', 'acquitted', 'convicted', 'sentenced'];

/** A station's summary status at the end of a day (a UTC midnight), reading its events one by one. */
function naiveStatus(station: Station, day: number): string | null {
  let started = false;
  let operation = 'unknown';
  let basis = '';
  let investigation = 'none';
  let legal = 'none';
  for (const event of ops.getDetails(station.id)!.events) {
    if (firstDay(event.date) > day) continue;
    // Country context sets nothing, and does not start a timeline.
    if (event.scope === 'country') continue;
    const type = event.type as string;
    started = true;
    if (type === 'activity_reported') {
      operation = 'active';
      basis = '';
    } else if (type in CLOSES) {
      const next = CLOSES[type]!;
      basis = operation === 'closed' && BASIS_RANK.indexOf(basis) > BASIS_RANK.indexOf(next) ? basis : next;
      operation = 'closed';
    } else if (['investigation_opened', 'raid', 'arrest'].includes(type)) {
      investigation = 'open';
    } else if (type === 'investigation_closed') {
      investigation = 'ended';
    } else if (type in LEGAL) {
      if (LEGAL_RANK.indexOf(LEGAL[type]!) > LEGAL_RANK.indexOf(legal)) legal = LEGAL[type]!;
    }
    // An order to close, a statement that an inquiry continues, a finding of no evidence,
    // a denial, a statement: no status of their own.
  }
  if (!started) return null;
  if (legal !== 'none') return 'prosecuted';
  if (operation === 'closed' && basis === 'confirmed') return 'closed';
  if (investigation === 'open') return 'investigating';
  if (operation === 'closed') return 'closed-unconfirmed';
  if (operation === 'active') return 'active';
  return 'reported';
}

describe('query', () => {
  it('equals a naive filter over stations for any valid filter', () => {
    fc.assert(
      fc.property(filterArbitrary, (filter) => {
        expect(ops.query(filter).map((s: Station) => s.id)).toEqual(naive(filter));
      }),
      { numRuns: 500 },
    );
  });

  it('equals a naive filter for any opening-date bounds, strings or Dates', () => {
    const bounds = fc.record({ openedFrom: dateBound, openedTo: dateBound }, { requiredKeys: [] });
    fc.assert(
      fc.property(bounds, (filter) => {
        expect(ops.query(filter).map((s: Station) => s.id)).toEqual(naive(filter));
      }),
      { numRuns: 500 },
    );
  });
});

describe('statusOn', () => {
  it('equals a reading of the timeline event by event, for any station and date', () => {
    // Dates near the station's own events, where a wrong day or a wrong period end shows.
    const nearEvent = fc.constantFrom(...stations).chain((station) =>
      fc.tuple(
        fc.constant(station),
        fc.oneof(
          dateBound,
          fc
            .tuple(
              fc.constantFrom(...ops.getDetails(station.id)!.events.map((e) => Date.parse(e.date))),
              fc.integer({ min: -36 * 3600_000, max: 36 * 3600_000 }),
            )
            .map(([start, offset]) => new Date(start + offset)),
          fc.constantFrom(...ops.getDetails(station.id)!.events.map((e) => e.date)),
        ),
      ),
    );
    fc.assert(
      fc.property(nearEvent, ([station, date]) => {
        expect(ops.statusOn(station.id, date)).toBe(naiveStatus(station, to(date)));
      }),
      { numRuns: 500 },
    );
  });
});

const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '',
  ' ',
  'NL ',
  '\u0000',
  '😀',
  '𠀀',
  'a'.repeat(100_000),
];
const anyInput = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...HOSTILE)),
  fc.dictionary(fc.constantFrom('country', 'status', 'openedFrom', ...HOSTILE), fc.anything()),
);

const CALLS: [string, (value: unknown) => unknown][] = [
  ['getStation', (v) => ops.getStation(v as string)],
  ['byCountry', (v) => ops.byCountry(v as string)],
  ['byProvince', (v) => ops.byProvince(v as never)],
  ['byBureau', (v) => ops.byBureau(v as never)],
  ['byStatus', (v) => ops.byStatus(v as never)],
  ['byOperation', (v) => ops.byOperation(v as never)],
  ['byClosure', (v) => ops.byClosure(v as never)],
  ['byInvestigation', (v) => ops.byInvestigation(v as never)],
  ['byLegalStage', (v) => ops.byLegalStage(v as never)],
  ['getDetails', (v) => ops.getDetails(v as string)],
  ['getSource', (v) => ops.getSource(v as string)],
  ['stateOn', (v) => ops.stateOn('nl-01', v as string)],
  ['byReport', (v) => ops.byReport(v as never)],
  ['query', (v) => ops.query(v as StationFilter)],
  ['query', (v) => ops.query({ country: v } as StationFilter)],
  ['query', (v) => ops.query({ openedFrom: v } as StationFilter)],
  ['countBy', (v) => ops.countBy(v as never)],
  ['statusOn', (v) => ops.statusOn(v as string, '2023')],
  ['statusOn', (v) => ops.statusOn('nl-01', v as string)],
  ['countryName', (v) => ops.countryName(v as string)],
  ['countryName', (v) => ops.countryName('NL', v as string)],
  ['toCSV', (v) => ops.toCSV(v as Station[])],
  ['toGeoJSON', (v) => ops.toGeoJSON(v as Station[])],
  ['flatten', (v) => ops.flatten(v as Station[])],
  ['precisionOf', (v) => ops.precisionOf(v as string)],
];

const snapshot = () =>
  JSON.stringify([
    ops.byCountry('NL'),
    ops.countBy('status'),
    ops.query({ bureau: 'fuzhou' }).length,
    ops.statusOn('ie-01', '2023'),
  ]);

describe('every public function, given anything', () => {
  // Taken in the first test rather than here: mutation testing attributes what a test runs to it.
  let before: string | undefined;

  it.each(CALLS.map(([name, call], i) => [`${name} #${i}`, name, call] as const))(
    '%s answers or throws a TypeError/RangeError naming itself',
    (_, name, call) => {
      before ??= snapshot();
      fc.assert(
        fc.property(anyInput, (value) => {
          let result: unknown;
          try {
            result = call(value);
          } catch (error) {
            expect([TypeError, RangeError]).toContain((error as Error).constructor);
            expect((error as Error).message.startsWith(`${name}: `), (error as Error).message).toBe(true);
            return;
          }
          // An answer is never data from a prototype, and it is the same on a second call.
          expect(result === Object.prototype || result === Function.prototype).toBe(false);
          if (typeof result === 'string' && name !== 'toCSV') expect(['__proto__', 'constructor']).not.toContain(result);
          expect(JSON.stringify(call(value))).toBe(JSON.stringify(result));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('leaves later answers unchanged', () => {
    expect(snapshot()).toBe(before ?? snapshot());
  });
});
