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
  // src/cli.ts only writes what src/command.ts answers to the process's streams: a mutant of
  // it could only show in a child process, which test/cli.test.ts runs from dist/.
  mutate: [
    'src/**/*.ts',
    '!src/generated/**',
    '!src/cli.ts',
    'scripts/compile.ts',
    'scripts/json-schema.ts',
    'scripts/closed-sets.ts',
  ],
  // Two cores.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
