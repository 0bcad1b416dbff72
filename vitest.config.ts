import { defineConfig } from 'vitest/config';

/**
 * The tests in four groups, as vitest projects (`npm test` runs them all; `npm run
 * test:unit` only the first, in under a minute):
 * - `unit`: the modules of src/ and scripts/ on the data in src/generated/, nothing built;
 * - `artifacts`: what the build writes into dist/ (the files, the command line, the packed
 *   package, bundle sizes, type declarations);
 * - `build`: the repository as a contributor or a maintainer uses it (a clean clone, the
 *   release step);
 * - `browser`: the explorer page in headless Chromium.
 *
 * Unit test files whose answers could depend on the machine's time zone run once per zone
 * below, with `TZ` set in `process.env` before the file is loaded: UTC, a zone behind it
 * with daylight saving, one 13 hours ahead (where local and UTC days differ most) and one
 * with a half-hour offset.
 */
const DATE_TESTS = ['test/dates.test.ts', 'test/timezones.test.ts', 'test/properties.test.ts'];
const TIME_ZONES = ['UTC', 'America/New_York', 'Pacific/Apia', 'Asia/Kolkata'];
const ARTIFACTS = [
  'test/cli-process.test.ts',
  'test/closed-sets.test.ts',
  'test/datapackage.test.ts',
  'test/files.test.ts',
  'test/formats.test.ts',
  'test/package.test.ts',
  'test/readme-examples.test.ts',
  'test/size.test.ts',
  'test/tsdoc.test.ts',
];
const BUILD = ['test/clean-clone.test.ts', 'test/contributor.test.ts', 'test/release.test.ts'];
const BROWSER = ['test/explorer.test.ts', 'test/explorer-injection.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...DATE_TESTS, ...ARTIFACTS, ...BUILD, ...BROWSER],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      ...TIME_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: `unit TZ=${zone}`, include: DATE_TESTS, env: { TZ: zone } },
      })),
      { extends: true, test: { name: 'artifacts', include: ARTIFACTS } },
      { extends: true, test: { name: 'build', include: BUILD } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
    ],
  },
});
