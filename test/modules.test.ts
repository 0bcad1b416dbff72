// Every module of the package and of the build loads, and builds what it exports at load
// time: imported inside the tests, so that a module that throws while loading fails a test
// here (mutation testing counts failed tests, not test files that could not be imported).
import { describe, expect, it } from 'vitest';

describe('modules', () => {
  it('the package entry builds its data, indexes and lookups', async () => {
    const pkg = await import('../src/index.js');
    expect(pkg.stations.length).toBe(pkg.dataset.counts.stations);
    expect(pkg.byCountry('NL').map((s) => s.id)).toEqual(['nl-01', 'nl-02']);
    expect(pkg.byProvince('Fujian').length).toBeGreaterThan(0);
    expect(pkg.toCSV([]).startsWith('id,country,')).toBe(true);
  });

  it('the schema entry builds its schemas', async () => {
    const schema = await import('../src/schema.js');
    expect(schema.BureauIdSchema.options.length).toBeGreaterThan(0);
  });

  it('the build scripts load', async () => {
    const [{ compileDataset }, { jsonSchema }, { closedSetsModule }] = await Promise.all([
      import('../scripts/compile.js'),
      import('../scripts/json-schema.js'),
      import('../scripts/closed-sets.js'),
    ]);
    expect([compileDataset, jsonSchema, closedSetsModule].map((f) => typeof f)).toEqual(['function', 'function', 'function']);
    // What the compiler builds while it loads (its helpers) works: the real data compiles.
    const [{ geonamesCities }, { readReleases }] = await Promise.all([
      import('../scripts/geonames.js'),
      import('../scripts/snapshots.js'),
    ]);
    const releases = readReleases(new URL('../releases/', import.meta.url).pathname);
    const dataset = compileDataset(new URL('../data/', import.meta.url).pathname, {
      today: '9999-12-31',
      version: '0.0.0-test',
      cities: geonamesCities(),
      releases,
    });
    const { DATASET } = await import('../src/generated/dataset.js');
    expect(dataset.stations).toEqual(DATASET.stations);
  });
});
