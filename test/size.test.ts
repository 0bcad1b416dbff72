// The browser bundle budget: esbuild-minified, gzipped, for an app that imports only
// byCountry and for one that imports everything. Sizes, not timings: they do not vary
// with the machine's load. Raise a budget only with a reason in bench/RESULTS.md.
import { describe, expect, it } from 'vitest';
import { APPS, BUDGETS, bundleSize } from '../bench/bundle-size.js';

describe('bundle size', () => {
  it.each(Object.keys(APPS) as (keyof typeof APPS)[])('an app importing %s stays within its gzip budget', async (app) => {
    const { gzipped } = await bundleSize(app);
    expect(gzipped).toBeLessThanOrEqual(BUDGETS[app]);
  });

  it('does not bundle zod into the main entry', async () => {
    const { minified } = await bundleSize('everything');
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: APPS.everything, resolveDir: process.cwd() },
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      format: 'esm',
      platform: 'browser',
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((f) => f.includes('node_modules/zod'))).toEqual([]);
    expect(minified).toBeGreaterThan(0);
  });
});
