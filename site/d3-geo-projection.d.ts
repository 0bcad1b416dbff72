// d3-geo-projection ships no types; this declares the one function the basemap uses.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  import type { FeatureCollection, Geometry } from 'geojson';

  /** Projects GeoJSON through a d3 projection, clipping and cutting as the projection does. */
  export function geoProject<G extends Geometry | null, P>(
    object: FeatureCollection<G, P>,
    projection: GeoProjection,
  ): FeatureCollection<G, P>;
}
