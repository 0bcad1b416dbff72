// The compact GeoJSON for maps: one Point per station with flat properties and no details
// (those are in stations.json, by id). A station without a known city stands at a point
// inside its country, marked `precision: 'country'`, so that a map can show it as such.
import type { Station } from '../src/types.js';
import { derivedValues } from './derived-values.js';

/** The properties of a feature of `stations.points.geojson`. */
export interface PointProperties {
  readonly id: string;
  readonly country: string;
  readonly city: string | null;
  /** `city`: at the city's GeoNames coordinates; `country`: no source places it in a city. */
  readonly precision: 'city' | 'country';
  readonly bureau: string | null;
  readonly reports: readonly string[];
  readonly operation: Station['operation'];
  readonly closure: Station['closure'];
  readonly closureOrdered: string | null;
  readonly lastReportedActive: string | null;
  readonly investigation: Station['investigation'];
  readonly investigationAsOf: string | null;
  readonly legal: Station['legal'];
  readonly status: Station['status'];
  readonly statusSince: string;
  readonly lastHeard: string | null;
}

/** An RFC 7946 FeatureCollection of every station, at its city or, failing that, its country. */
export function pointsGeoJSON(stations: readonly Station[], countries: ReadonlyMap<string, readonly [number, number]>) {
  return {
    type: 'FeatureCollection' as const,
    features: stations.map((s) => {
      const point = s.location ? ([s.location.lon, s.location.lat] as const) : countries.get(s.country);
      if (!point) throw new Error(`no point for country ${s.country} of ${s.id}`);
      const properties: PointProperties = {
        id: s.id,
        country: s.country,
        city: s.city,
        precision: s.location ? 'city' : 'country',
        bureau: s.bureau,
        reports: s.reports,
        ...derivedValues(s),
      };
      return { type: 'Feature' as const, id: s.id, geometry: { type: 'Point' as const, coordinates: point }, properties };
    }),
  };
}
