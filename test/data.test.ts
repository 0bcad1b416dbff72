// Invariants over the whole embedded dataset, checked on what the package exports.
import { describe, expect, it } from 'vitest';
import { DatasetSchema, StationDetailsSchema } from '../src/schema.js';
import { DATASET } from '../src/generated/dataset.js';
import {
  bureaus,
  currentState,
  dataset,
  deriveState,
  getDetails,
  getEvents,
  getSources,
  reports,
  stations,
} from '../src/index.js';
import { startOf } from '../src/dates.js';
import { isSorted } from '../src/status.js';
import { geonamesCities } from '../scripts/geonames.js';

const sourceIds = new Set(getSources().map((s) => s.id));
const timelineOf = (id: string) => getDetails(id)!.events;

describe('the dataset', () => {
  it('matches the published zod schema', () => {
    const result = DatasetSchema.safeParse(DATASET);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique ids of a stable form', () => {
    const ids = stations.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const station of stations) expect(station.id).toBe(`${station.country.toLowerCase()}-${station.id.slice(3)}`);
    expect(new Set(getSources().map((s) => s.id)).size).toBe(getSources().length);
    expect(new Set(getEvents().map((e) => e.id)).size).toBe(getEvents().length);
  });

  it('counts exactly what dataset.counts says it counts', () => {
    expect(dataset.counts).toEqual({
      stations: stations.length,
      countries: new Set(stations.map((s) => s.country)).size,
      events: getEvents().length,
      sources: getSources().length,
    });
  });

  it('has events that each name at least one existing station, and timelines built from them', () => {
    const ids = new Set(stations.map((s) => s.id));
    for (const event of getEvents()) {
      expect(event.stations.length, event.id).toBeGreaterThan(0);
      expect(
        event.stations.filter((id) => !ids.has(id)),
        event.id,
      ).toEqual([]);
    }
    for (const station of stations) {
      expect(timelineOf(station.id)).toEqual(getEvents().filter((e) => e.stations.includes(station.id)));
    }
  });

  it('cites resolvable sources for every station, event, bureau and report', () => {
    const cited = [
      ...stations.flatMap((s) => getDetails(s.id)!.sources.map((source) => source.id)),
      ...getEvents().flatMap((event) => event.sources),
      ...bureaus.flatMap((b) => b.sources),
      ...reports.flatMap((r) => [...r.sources, ...r.unidentified.flatMap((g) => g.sources)]),
    ];
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
    for (const station of stations) expect(getDetails(station.id)!.sources.length, station.id).toBeGreaterThan(0);
    for (const event of getEvents()) expect(event.sources.length, event.id).toBeGreaterThan(0);
    for (const source of getSources()) expect(source.url, source.id).toMatch(/^https:\/\//);
  });

  it('keeps the events sorted and no date after the revision date', () => {
    expect(isSorted(getEvents())).toBe(true);
    const dates = [
      ...getEvents().map((event) => event.date),
      ...getSources().flatMap((s) => (s.date ? [s.date] : [])),
      ...stations.flatMap((s) => (s.opened ? [s.opened.date] : [])),
    ];
    expect(dates.filter((d) => startOf(d) > dataset.updated)).toEqual([]);
  });

  it('ships derived values that the exported rules re-derive from each timeline', () => {
    for (const station of stations) {
      const derived = currentState(timelineOf(station.id))!;
      const shipped = Object.fromEntries(Object.keys(derived).map((key) => [key, station[key as keyof typeof derived]]));
      expect(Object.keys(derived)).toEqual([...Object.keys(derived)].filter((key) => key in station));
      expect(shipped, station.id).toEqual(derived);
    }
  });

  it('gives each station the province of its bureau', () => {
    const provinceOf = new Map(bureaus.map((b) => [b.id, b.province]));
    for (const station of stations) {
      expect(station.province, station.id).toBe(station.bureau ? provinceOf.get(station.bureau) : null);
      expect(station.bureauConfidence === null, station.id).toBe(station.bureau === null);
    }
  });

  it('lists each station in its reports, dated on publication', () => {
    for (const station of stations) {
      for (const reportId of station.reports) {
        const report = reports.find((r) => r.id === reportId)!;
        expect(
          timelineOf(station.id).some((e) => e.id === `listed-${report.id}` && e.date === report.published),
          station.id,
        ).toBe(true);
      }
    }
  });

  it('reconciles each report: identified plus unidentified equals claimed', () => {
    for (const report of reports) {
      const listed = stations.filter((s) => s.reports.includes(report.id));
      expect(report.identified.stations).toBe(listed.length);
      expect(report.identified.countries).toBe(new Set(listed.map((s) => s.country)).size);
      const missing = report.unidentified.reduce((sum, gap) => sum + gap.count, 0);
      expect(report.identified.stations + missing, report.id).toBe(report.claimed.stations);
    }
  });

  it('locates every station with a city at that GeoNames city', () => {
    const cities = geonamesCities();
    for (const station of stations) {
      if (station.city === null) {
        expect(station.location, station.id).toBeNull();
        continue;
      }
      const city = cities.get(station.location!.geonameId);
      expect(city?.country, station.id).toBe(station.country);
      expect([station.location!.lat, station.location!.lon]).toEqual([city!.lat, city!.lon]);
    }
  });

  it('traces each derived value to the event that set it, and the record fields to the record sources', () => {
    for (const station of stations) {
      const details = getDetails(station.id)!;
      const parsed = StationDetailsSchema.safeParse(details);
      expect(parsed.success ? [] : parsed.error.issues, station.id).toEqual([]);
      const { events, fieldSources } = details;
      for (const key of ['operation', 'closure', 'investigation', 'legal', 'status'] as const) {
        const { event, sources } = fieldSources[key];
        const at = events.findIndex((e) => e.id === event);
        expect(at, `${station.id} ${key}`).toBeGreaterThanOrEqual(0);
        expect(sources).toEqual(events[at]!.sources);
        // It holds from that event on, and did not hold just before it.
        for (let n = at + 1; n <= events.length; n++) expect(deriveState(events.slice(0, n))?.[key]).toBe(station[key]);
        const before = deriveState(events.slice(0, at));
        if (before) expect(before[key], `${station.id} ${key}`).not.toBe(station[key]);
      }
      expect(events.find((e) => e.id === fieldSources.status.event)!.date).toBe(station.statusSince);
      const own = { event: null, sources: details.sources.map((s) => s.id) };
      expect([fieldSources.city, fieldSources.bureau, fieldSources.opened, fieldSources.nameZh]).toEqual([own, own, own, own]);
    }
  });
});
