// Renders the stations on a world map as SVG: Natural Earth country shapes (world-atlas,
// 1:110m) in the Natural Earth projection, one marker per located station, coloured by
// status. Same data, same bytes: coordinates are rounded and nothing depends on time.
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { STATUSES } from '../src/status.js';
import type { Station } from '../src/types.js';
import { STATUS_COLOURS } from '../src/status-colours.js';

export { STATUS_COLOURS };

const WIDTH = 960;
const HEIGHT = 500;

export const MAP_TITLE = 'Overseas police service stations by status (overseas-police-stations)';

const round = (n: number) => Math.round(n * 10) / 10;

export function renderMap(stations: readonly Station[], title: string): string {
  const world = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const land = feature(world, world.objects.countries);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [10, 40],
      [WIDTH - 10, HEIGHT - 10],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection).digits(1);

  // Stations in the same city fan out on a small ring so that each one shows.
  const byPlace = new Map<string, Station[]>();
  for (const s of stations) {
    if (!s.location) continue;
    const key = `${s.location.lon},${s.location.lat}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), s]);
  }
  const markers: string[] = [];
  for (const group of byPlace.values()) {
    const [x, y] = projection([group[0]!.location!.lon, group[0]!.location!.lat])!;
    group.forEach((s, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      const r = group.length > 1 ? 4 : 0;
      markers.push(
        `<circle cx="${round(x + r * Math.cos(angle))}" cy="${round(y + r * Math.sin(angle))}" r="3.5" fill="${STATUS_COLOURS[s.status]}"><title>${s.id} ${s.city} (${s.status})</title></circle>`,
      );
    });
  }

  // Each entry as wide as its label (about 7 px a character at 12 px), so that six fit.
  let x = 20;
  const legend = STATUSES.map((status) => {
    const n = stations.filter((s) => s.status === status && s.location).length;
    const label = `${status} (${n})`;
    const entry = `<g transform="translate(${x},24)"><circle r="5" fill="${STATUS_COLOURS[status]}"/><text x="10" y="4">${label}</text></g>`;
    x += 10 + label.length * 7 + 24;
    return entry;
  });
  const unlocated = stations.filter((s) => !s.location).length;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${title}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<path d="${path({ type: 'Sphere' })}" fill="#eef3f7"/>`,
    `<path d="${path(land)}" fill="#d9d9d9"/>`,
    `<path d="${path(borders)}" fill="none" stroke="#ffffff" stroke-width="0.5"/>`,
    `<g stroke="#ffffff" stroke-width="0.6">`,
    ...markers,
    `</g>`,
    ...legend,
    `<text x="${WIDTH - 10}" y="${HEIGHT - 10}" text-anchor="end" fill="#555555">${unlocated} stations without a known city are not shown</text>`,
    `</svg>`,
    '',
  ].join('\n');
}
