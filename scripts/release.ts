// The release step, run by `npm run release` after `changeset version` has bumped
// package.json and written CHANGELOG.md: it snapshots the data of the new version into
// releases/, writes CITATION.cff and README's "How to cite" for it, and adds the record-level
// changes against the previous release to the version's CHANGELOG section.
import { dayOf } from '../src/dates.js';
import { DataError } from './compile.js';
import { releaseStep } from './release-step.js';

try {
  const { version, written } = releaseStep(new URL('../', import.meta.url), dayOf(new Date()));
  console.log(`release ${version}: ${written.length > 0 ? `wrote ${written.join(', ')}` : 'nothing to write'}`);
} catch (error) {
  if (!(error instanceof DataError) && !(error instanceof Error && error.name === 'ReleaseError')) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
