import { defineConfig } from 'vitest/config';

/**
 * The tests that mutation testing (`npm run mutate`, stryker.config.mjs) runs: those that
 * import `src/` or `scripts/` directly and need nothing built but `src/generated`. Tests
 * of the built package in `dist/` (package, closed sets, clean clone, README examples,
 * command line, sizes, the shipped files, the map) cannot see a mutant of `src/`.
 *
 * One project in one time zone, Pacific/Apia (13 hours ahead of UTC on the days of the
 * data), where a local day differs from a UTC day the most; `npm test` runs the date tests
 * in four zones. (Under Stryker, whose runner uses worker threads, stryker.config.mjs sets
 * the zone of the process instead.)
 */
export default defineConfig({
  test: {
    testTimeout: 20_000,
    include: [
      'test/authoring-schema.test.ts',
      'test/changes-text.test.ts',
      'test/changes.test.ts',
      'test/citation.test.ts',
      'test/closest.test.ts',
      'test/cli-render.test.ts',
      'test/cli-run.test.ts',
      'test/cli.test.ts',
      'test/compile-references.test.ts',
      'test/compile-stages.test.ts',
      'test/compile-timelines.test.ts',
      'test/compile.test.ts',
      'test/conversions.test.ts',
      'test/create-queries.test.ts',
      'test/data-format.test.ts',
      'test/data.test.ts',
      'test/dates.test.ts',
      'test/evidence.test.ts',
      'test/freeze.test.ts',
      'test/immutability.test.ts',
      'test/json-schema.test.ts',
      'test/modules.test.ts',
      'test/problems.test.ts',
      'test/properties.test.ts',
      'test/query-edges.test.ts',
      'test/query.test.ts',
      'test/retired.test.ts',
      'test/schema.test.ts',
      'test/snapshots.test.ts',
      'test/stations-on.test.ts',
      'test/status.test.ts',
      'test/timezones.test.ts',
      'test/validate.test.ts',
    ],
    env: { TZ: 'Pacific/Apia' },
  },
});
