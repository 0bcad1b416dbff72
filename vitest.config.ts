import { defineConfig } from 'vitest/config';

/**
 * Test files whose answers could depend on the machine's time zone: each runs once per
 * zone below, with `TZ` set in `process.env` before the file is loaded. The zones cover
 * UTC, a zone behind it with daylight saving, one 13 hours ahead (where local and UTC
 * days differ most) and one with a half-hour offset.
 */
const DATE_TESTS = ['test/dates.test.ts', 'test/timezones.test.ts', 'test/properties.test.ts'];
const TIME_ZONES = ['UTC', 'America/New_York', 'Pacific/Apia', 'Asia/Kolkata'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: DATE_TESTS,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      ...TIME_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: `TZ=${zone}`, include: DATE_TESTS, env: { TZ: zone } },
      })),
    ],
  },
});
