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
  // Everything that shapes what the package ships: its modules (the rules, queries,
  // conversions, CSV cells, the record of changes and its text, the command line's
  // arguments, rendering and run), the data compiler and the release snapshots. Not
  // src/generated/ (built from data/), not src/cli.ts, src/index.ts or the Node build's
  // file readers (src/lazy-node.ts, src/tables-node.ts, src/beside-*.ts: the command, the
  // entry and the readers, tested through dist/ in child processes), not the site, not scripts that only
  // write files (build-files.ts, build-data.ts: what they write is tested as dist/).
  mutate: [
    'src/status.ts',
    'src/values.ts',
    'src/rule-args.ts',
    'src/readonly-set.ts',
    'src/query.ts',
    'src/timeline.ts',
    'src/stations-on.ts',
    'src/station-input.ts',
    'src/create-queries.ts',
    'src/formats.ts',
    'src/csv-cell.ts',
    'src/changes.ts',
    'src/changes-text.ts',
    'src/country-name.ts',
    'src/status-colours.ts',
    'src/dates.ts',
    'src/validate.ts',
    'src/closest.ts',
    'src/fold.ts',
    'src/data.ts',
    'src/lazy.ts',
    'src/freeze.ts',
    'src/cli-args.ts',
    'src/cli-render.ts',
    'src/cli-run.ts',
    'src/schema*.ts',
    'scripts/compile*.ts',
    'scripts/load-data.ts',
    'scripts/problems.ts',
    'scripts/data-files.ts',
    'scripts/snapshots.ts',
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
