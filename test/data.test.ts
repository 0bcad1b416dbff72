// Invariants over the whole embedded dataset, checked on what the package exports.
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/schema.js';
import { DATASET } from '../src/generated/dataset.js';
import { bureaus, reports, sources, stations } from '../src/index.js';
import { startOf } from '../src/dates.js';
import { INITIAL_ONLY, isSorted, STATUS_OF_EVENT } from '../src/status.js';
import { geonamesCities } from '../scripts/geonames.js';

const today = new Date().toISOString().slice(0, 10);
const sourceIds = new Set(sources.map((s) => s.id));
const allEvents = stations.flatMap((s) => s.events.map((e) => ({ station: s, event: e })));

describe('the dataset', () => {
  it('matches the published zod schema', () => {
    const result = DatasetSchema.safeParse(DATASET);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique ids of a stable form', () => {
    const ids = stations.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const station of stations) expect(station.id).toBe(`${station.country.toLowerCase()}-${station.id.slice(3)}`);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('cites resolvable sources for every station, event, bureau and report', () => {
    const cited = [
      ...stations.flatMap((s) => s.sources),
      ...allEvents.flatMap(({ event }) => event.sources),
      ...bureaus.flatMap((b) => b.sources),
      ...reports.flatMap((r) => [...r.sources, ...r.unidentified.flatMap((g) => g.sources)]),
    ];
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
    for (const station of stations) expect(station.sources.length, station.id).toBeGreaterThan(0);
    for (const { event } of allEvents) expect(event.sources.length, event.id).toBeGreaterThan(0);
    for (const source of sources) expect(source.url, source.id).toMatch(/^https:\/\//);
  });

  it('keeps every timeline sorted and no date in the future', () => {
    for (const station of stations) expect(isSorted(station.events), station.id).toBe(true);
    const dates = [
      ...allEvents.map(({ event }) => event.date),
      ...sources.flatMap((s) => (s.date ? [s.date] : [])),
      ...stations.flatMap((s) => (s.opened ? [s.opened.date] : [])),
    ];
    expect(dates.filter((d) => startOf(d) > today)).toEqual([]);
  });

  it('derives each status from the latest status-changing event', () => {
    for (const station of stations) {
      // A listing or press report only sets the first status, so later ones change nothing.
      const changing = station.events
        .filter((e) => STATUS_OF_EVENT[e.type] !== null)
        .filter((e, i) => i === 0 || !INITIAL_ONLY.has(e.type));
      expect(changing.length, station.id).toBeGreaterThan(0);
      expect(station.status, station.id).toBe(STATUS_OF_EVENT[changing.at(-1)!.type]);
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
          station.events.some((e) => e.type === 'listed' && e.date === report.published),
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
});
