// stationsOn: the dataset as it stood on a past day, station by station as stateOn reads it.
import { describe, expect, it } from 'vitest';
import { byCountry, getDetails, getEvents, reports, type Station, stateOn, stations, stationsOn } from '../src/index.js';

const DAYS = ['2022-09-11', '2022-09-12', '2022-10-30', '2022-12-04', '2023-06-30', '2024-12-31', '2030-01-01'];

describe('stationsOn', () => {
  it.each(DAYS)('gives each station that stateOn knows on %s, with its values then', (day) => {
    const then = stationsOn(day);
    expect(then.day).toBe(day);
    const known = stations.filter((s) => stateOn(s.id, day) !== null);
    expect(then.stations.map((s) => s.id)).toEqual(known.map((s) => s.id));
    for (const station of then.stations) {
      const { lastHeard, ...state } = stateOn(station.id, day)!;
      expect(station).toMatchObject({ ...state, lastHeard });
      // Its status held since statusSince (a day's status is read at its end; a partial date's at the end of its period).
      expect(station.statusSince <= day).toBe(true);
      if (station.statusSince.length === 10) expect(stateOn(station.id, station.statusSince)!.status).toBe(station.status);
      // The record's own fields are the package's.
      const now = stations.find((s) => s.id === station.id)!;
      expect([station.city, station.country, station.bureau]).toEqual([now.city, now.country, now.bureau]);
    }
  });

  it('leaves out the reports published after the day', () => {
    const published = (day: string) => new Set(reports.filter((r) => r.published <= day).map((r) => r.id));
    for (const day of DAYS) {
      const allowed = published(day);
      for (const station of stationsOn(day).stations) {
        const now = stations.find((s) => s.id === station.id)!;
        expect(station.reports).toEqual(now.reports.filter((r) => allowed.has(r)));
      }
    }
    const october = stationsOn('2022-10').stations;
    expect(october.some((s) => s.reports.length > 0)).toBe(true);
    expect(october.flatMap((s) => s.reports)).not.toContain('patrol-and-persuade');
    expect(stationsOn('2022-12-31').stations.flatMap((s) => s.reports)).toContain('patrol-and-persuade');
  });

  it('keeps the events up to the day that name the stations kept, each naming only those', () => {
    const day = '2022-11-15';
    const then = stationsOn(day, byCountry('NL'));
    expect(then.stations.map((s) => s.id)).toEqual(['nl-01', 'nl-02']);
    const expected = getEvents()
      .filter((e) => e.date <= day && e.stations.some((id) => id === 'nl-01' || id === 'nl-02'))
      .map((e) => ({ ...e, stations: e.stations.filter((id) => id === 'nl-01' || id === 'nl-02') }));
    expect(then.events).toEqual(expected);
    expect(then.events.length).toBeGreaterThan(0);
    expect(then.events.length).toBeLessThan(getDetails('nl-01')!.events.length + getDetails('nl-02')!.events.length);
    // An event naming other stations too names only these.
    expect(getEvents().some((e) => e.date <= day && e.stations.includes('nl-01') && e.stations.length > 2)).toBe(true);
  });

  it('reads a month or year to its end, and a Date as its UTC day', () => {
    expect(stationsOn('2022-10')).toEqual(stationsOn('2022-10-31'));
    expect(stationsOn('2022-10').day).toBe('2022-10-31');
    expect(stationsOn('2023').day).toBe('2023-12-31');
    expect(stationsOn(new Date('2022-10-30T23:30:00Z')).day).toBe('2022-10-30');
    expect(stationsOn('2021').stations).toEqual([]);
    expect(stationsOn('2022-10', []).stations).toEqual([]);
  });

  it('gives frozen values and leaves the package as it was', () => {
    const then = stationsOn('2022-10-30');
    expect(Object.isFrozen(then)).toBe(true);
    expect(Object.isFrozen(then.stations[0])).toBe(true);
    expect(Object.isFrozen(then.events[0]!.stations)).toBe(true);
    expect(stations.find((s) => s.id === then.stations[0]!.id)).not.toBe(then.stations[0]);
  });

  it('refuses a date or a selection it cannot read', () => {
    expect(() => stationsOn('soon')).toThrow(
      new RangeError('stationsOn: unknown date "soon"; expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD'),
    );
    expect(() => stationsOn(20221030 as unknown as string)).toThrow(TypeError);
    expect(() => stationsOn('2022', 'nl-01' as unknown as Station[])).toThrow(
      new TypeError('stationsOn: selection must be an array of stations'),
    );
    expect(() => stationsOn('2022', [null as unknown as Station])).toThrow(
      new TypeError('stationsOn: selection[0] is not a station (it has no string id)'),
    );
    const stranger = { ...stations[0]!, id: 'xx-99' };
    expect(() => stationsOn('2022', [stations[0]!, stranger])).toThrow(
      new RangeError('stationsOn: unknown selection[1].id "xx-99"; expected the id of a station in `stations`'),
    );
  });
});
