// Mutation testing of the package's source and of the data compiler: `npm run mutate`.
// Too slow for `npm test`; see bench/MUTATION.md for the last score and what survives.

// The vitest runner runs tests in worker threads, which cannot change the time zone they
// inherit: set it here, in the process that starts them (see vitest.mutate.config.ts).
process.env.TZ = 'Pacific/Apia';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // A static mutant (one in code that runs while a module loads, such as the zod schemas)
  // needs every test run again for each mutant: two thirds of the run time on two cores.
  // They are ignored (reported, not counted in the score); bench/MUTATION.md says how many.
  ignoreStatic: true,
  // The package's modules and the data compiler. Not src/generated/ (built from data/), not
  // src/cli.ts or src/index.ts (the command and the entry, tested through dist/ in a child
  // process), not the site.
  mutate: [
    'src/status.ts',
    'src/values.ts',
    'src/query.ts',
    'src/timeline.ts',
    'src/station-input.ts',
    'src/create-queries.ts',
    'src/formats.ts',
    'src/country-name.ts',
    'src/status-colours.ts',
    'src/dates.ts',
    'src/validate.ts',
    'src/data.ts',
    'src/freeze.ts',
    'src/schema*.ts',
    'scripts/compile*.ts',
    'scripts/load-data.ts',
    'scripts/problems.ts',
    'scripts/data-files.ts',
  ],
  // Only mutants of changed code run again; the rest come from this file (not committed).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Two cores.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
