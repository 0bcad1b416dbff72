// The explorer's basemap, made at build time: Natural Earth's 1:110m countries (world-atlas)
// cut at the antimeridian. Leaflet draws lines straight between longitudes, so a ring that
// crosses ±180° (Russia, Fiji, Antarctica around the pole) would stripe the whole map:
// d3's equirectangular projection at one unit per degree cuts those rings where they cross
// and leaves every other coordinate as it was.
import { createRequire } from 'node:module';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { GeometryCollection as GeoJSONCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Rounds every coordinate to 0.1 degree (about 11 km), within the 1:110m shapes' own generalisation. */
function rounded<T>(coordinates: T): T {
  if (typeof coordinates === 'number') return (Math.round(coordinates * 10) / 10) as T;
  return (coordinates as unknown[]).map(rounded) as T;
}

/** The land of every country as one GeoJSON GeometryCollection of longitude, latitude pairs, no ring crossing ±180°. */
export function basemap(): GeoJSONCollection {
  const world = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const degrees = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .reflectY(true);
  const cut = geoProject(feature(world, world.objects.countries), degrees);
  const geometries = cut.features.flatMap((f) =>
    f.geometry && 'coordinates' in f.geometry
      ? [{ ...f.geometry, coordinates: rounded(f.geometry.coordinates) } as Geometry]
      : [],
  );
  return { type: 'GeometryCollection', geometries };
}
