/// <reference types="vite/client" />

declare module 'virtual:basemap' {
  import type { GeometryCollection } from 'geojson';

  /** The world's countries cut at the antimeridian (site/basemap.ts), made at build time. */
  const basemap: GeometryCollection;
  export default basemap;
}
