// A representative point for each country, for stations placed only at country level: the
// centroid of the country's largest polygon in Natural Earth's 1:50m shapes (world-atlas),
// so that an overseas territory does not pull it into the sea.
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { iso31661 } from 'iso-3166';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Longitude and latitude of a point inside each country, by ISO 3166-1 alpha-2 code. */
export function countryPoints(): ReadonlyMap<string, readonly [number, number]> {
  const world = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const alpha2 = new Map(iso31661.map((c) => [c.numeric, c.alpha2]));
  const points = new Map<string, readonly [number, number]>();
  for (const country of feature(world, world.objects.countries).features) {
    const code = alpha2.get(String(country.id));
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!code || !geometry) continue;
    const polygons: Polygon[] =
      geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const [lon, lat] = geoCentroid(largest);
    points.set(code, [round(lon), round(lat)]);
  }
  return points;
}
