// Runs once per time zone (see vitest.config.ts): every answer must be the same in each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDetails, precisionOf, query, stations, statusOn } from '../src/index.js';
import type { Station } from '../src/index.js';

const ids = (list: readonly Station[]) => list.map((s) => s.id);

/** Offsets from UTC, in minutes as `getTimezoneOffset` gives them, on 1 January 2022. */
const OFFSET_ON_2022_01_01: Record<string, number> = {
  UTC: 0,
  'America/New_York': 300,
  'Pacific/Apia': -780,
  'Asia/Kolkata': -330,
};

const zoneAtLoad = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('the time zone of this run', () => {
  it('is the one the project sets, in effect from before the file loaded', () => {
    const zone = process.env.TZ;
    expect(Object.keys(OFFSET_ON_2022_01_01)).toContain(zone);
    // ICU may name a zone by an alias (Asia/Kolkata as Asia/Calcutta).
    expect(zoneAtLoad).toBe(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);
    expect(new Date(2022, 0, 1).getTimezoneOffset()).toBe(OFFSET_ON_2022_01_01[zone!]);
  });
});

describe('a Date argument means its UTC calendar day', () => {
  it('statusOn reads the UTC day of a Date', () => {
    // Dublin: listed on 2022-09-12; on 2022-10-25 ordered closed, and the embassy said it had closed.
    expect(statusOn('ie-01', new Date('2022-10-25'))).toBe('closed-unconfirmed');
    expect(statusOn('ie-01', new Date('2022-10-25T23:59:59.999Z'))).toBe('closed-unconfirmed');
    expect(statusOn('ie-01', new Date('2022-10-24T23:30:00Z'))).toBe('reported');
    expect(statusOn('ie-01', new Date('2022-09-11T23:59:59.999Z'))).toBeNull();
  });

  it('query reads the UTC day of openedFrom and openedTo', () => {
    // nl-01 opened in 2018-06, us-01 on 2022-02-15.
    expect(ids(query({ openedTo: new Date('2018-06-01') }))).toContain('nl-01');
    expect(ids(query({ openedTo: new Date('2018-05-31T23:59:59.999Z') }))).not.toContain('nl-01');
    expect(ids(query({ openedFrom: new Date('2022-02-15T23:30:00Z') }))).toContain('us-01');
    expect(ids(query({ openedFrom: new Date('2022-02-16T00:00:00Z') }))).not.toContain('us-01');
  });

  it('gives the same answer for a Date as for its UTC day as a string', () => {
    // A station and an instant within a day and a half of one of its dates, where a wrong
    // day shows. ECMAScript reads a date-only string ('2018', '2022-11-01') as UTC.
    const dated = stations.flatMap((s) =>
      [...getDetails(s.id)!.events.map((e) => e.date), ...(s.opened ? [s.opened.date] : [])].map(
        (d) => [s.id, Date.parse(d)] as const,
      ),
    );
    const arbitrary = fc
      .tuple(fc.constantFrom(...dated), fc.integer({ min: -36 * 3600_000, max: 36 * 3600_000 }))
      .map(([[id, start], offset]) => [new Date(start + offset), id] as const);
    fc.assert(
      fc.property(arbitrary, ([date, id]) => {
        const day = date.toISOString().slice(0, 10);
        expect(statusOn(id, date)).toBe(statusOn(id, day));
        expect(ids(query({ openedFrom: date }))).toEqual(ids(query({ openedFrom: day })));
        expect(ids(query({ openedTo: date }))).toEqual(ids(query({ openedTo: day })));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts the years 0000 to 9999 and throws a RangeError naming them outside', () => {
    expect(statusOn('nl-01', new Date('0000-01-01T00:00:00Z'))).toBeNull();
    expect(statusOn('nl-01', new Date('9999-12-31T23:59:59.999Z'))).toBe('closed');
    expect(ids(query({ openedTo: new Date('9999-12-31T23:59:59.999Z') }))).toEqual(ids(query({ openedTo: '9999' })));
    const outside = [
      new Date('+010000-01-01T00:00:00Z'),
      new Date('-000001-12-31T23:59:59.999Z'),
      new Date(8.64e15),
      new Date(-8.64e15),
    ];
    for (const date of outside) {
      expect(() => query({ openedFrom: date }), date.toISOString()).toThrow(RangeError);
      expect(() => query({ openedFrom: date })).toThrow(/^query: openedFrom .*years 0000 to 9999/);
      expect(() => query({ openedTo: date })).toThrow(/^query: openedTo .*years 0000 to 9999/);
      expect(() => statusOn('nl-01', date)).toThrow(/^statusOn: date .*years 0000 to 9999/);
    }
  });
});

describe('date strings do not go through local time', () => {
  it('knows every day of the calendar, including days some zones skipped', () => {
    // Samoa (Pacific/Apia) skipped 30 December 2011 when it crossed the date line.
    expect(precisionOf('2011-12-30')).toBe('day');
    expect(statusOn('nl-01', '2011-12-30')).toBeNull();
    expect(ids(query({ openedFrom: '2011-12-30' }))).toEqual(ids(query({ openedFrom: '2011-12-31' })));
  });
});
