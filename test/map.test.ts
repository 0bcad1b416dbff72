import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../src/generated/dataset.js';
import { MAP_TITLE, renderMap, STATUS_COLOURS } from '../scripts/map-svg.js';

describe('docs/map.svg', () => {
  const svg = renderMap(DATASET.stations, MAP_TITLE);

  it('is the map of the current data (run `npm run map` after changing data/)', () => {
    expect(readFileSync(new URL('../docs/map.svg', import.meta.url), 'utf8')).toBe(svg);
  });

  it('is reproducible and has one marker per located station, coloured by status', () => {
    expect(renderMap(DATASET.stations, MAP_TITLE)).toBe(svg);
    const markers = [
      ...svg.matchAll(/<circle cx="[\d.-]+" cy="[\d.-]+" r="3.5" fill="(#[0-9a-f]{6})"><title>([a-z]{2}-\d{2}) /g),
    ];
    const located = DATASET.stations.filter((s) => s.location);
    expect(markers.map((m) => m[2]).sort()).toEqual(located.map((s) => s.id).sort());
    for (const [, colour, id] of markers) {
      expect(colour).toBe(STATUS_COLOURS[DATASET.stations.find((s) => s.id === id)!.status]);
    }
  });
});
