// The browser bundle budget: esbuild-minified, gzipped, for an app that imports only
// byCountry, one that imports only the station records, and one that imports everything.
// Sizes, not timings: they do not vary with the machine's load. Raise a budget only with a
// reason in bench/RESULTS.md.
import { describe, expect, it } from 'vitest';
import { type App, APPS, BUDGETS, bundleSize } from '../bench/bundle-size.js';
import { getDetails, getSources } from '../src/index.js';

describe('bundle size', () => {
  it.each(Object.keys(APPS) as App[])('an app importing %s stays within its gzip budget', async (app) => {
    const { gzipped } = await bundleSize(app);
    expect(gzipped).toBeLessThanOrEqual(BUDGETS[app]);
  });

  it('leaves sources, notes and timelines out of an app that does not use them', async () => {
    const source = getSources()[0]!.url;
    const notes = getDetails('nl-01')!.notes!;
    const summary = getDetails('nl-01')!.events[1]!.summary;
    for (const app of ['byCountry', 'stations'] as const) {
      const { code } = await bundleSize(app);
      expect(code).toContain('Amsterdam'); // the station records are there
      expect(code).not.toContain(source);
      expect(code).not.toContain(notes);
      expect(code).not.toContain(summary);
    }
    const { code } = await bundleSize('everything');
    expect(code).toContain(source);
  });

  it('leaves the reports, bureaus, rules and query code out of an app that imports only the station records', async () => {
    const { code } = await bundleSize('stations');
    for (const absent of [
      'A follow up on 110 Overseas investigation',
      'Fuzhou Municipal Public Security Bureau',
      'closure_confirmed',
      'countBy',
      '"ZW"',
    ]) {
      expect(code, absent).not.toContain(absent);
    }
  });

  it('does not bundle zod into the main entry', async () => {
    const { code } = await bundleSize('everything');
    expect(code).not.toMatch(/ZodError|zod/i);
    expect(code.length).toBeGreaterThan(0);
  });
});
