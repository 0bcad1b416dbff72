// What `npm run release` does after `changeset version` (see release.ts), on a repository
// root given as a URL, so that a test can run it on a copy.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withDataChanges } from './changelog.js';
import { citationCff, citeMarkdown, releaseOf, repositoryCitation, withCite } from './citation.js';
import { compileDataset } from './compile.js';
import { geonamesCities } from './geonames.js';
import { compareVersions, diffReleases, readReleases, snapshotOf, snapshotText } from './snapshots.js';

class ReleaseError extends Error {
  override name = 'ReleaseError';
}

/** Runs the release step for the version in package.json; `today` is the release day (`yyyy-MM-dd`). */
export function releaseStep(root: URL, today: string): { version: string; written: string[] } {
  const file = (path: string) => new URL(path, root);
  const read = (path: string) => readFileSync(file(path), 'utf8');
  const written: string[] = [];
  const write = (path: string, text: string) => {
    if (existsSync(file(path)) && read(path) === text) return;
    writeFileSync(file(path), text);
    written.push(path);
  };

  const { version } = JSON.parse(read('package.json')) as { version: string };
  const releases = readReleases(fileURLToPath(file('releases/')));
  const dataset = compileDataset(fileURLToPath(file('data/')), { today, version, cities: geonamesCities(), releases });

  // The snapshot: written once per version, never changed afterwards.
  const snapshotPath = `releases/${version}.json`;
  const snapshot = snapshotText(snapshotOf(dataset));
  if (existsSync(file(snapshotPath)) && read(snapshotPath) !== snapshot) {
    throw new ReleaseError(
      `${snapshotPath} exists and differs from data/: ${version} was released already; add a changeset (npx changeset) so that the data ships as a new version`,
    );
  }
  write(snapshotPath, snapshot);

  // CITATION.cff and README's "How to cite": a version keeps the day it was first released.
  const cff = existsSync(file('CITATION.cff')) ? releaseOf(read('CITATION.cff')) : undefined;
  const release = { version, dateReleased: cff?.version === version ? cff.dateReleased : today };
  write('CITATION.cff', citationCff(repositoryCitation(root, release)));
  write('README.md', withCite(read('README.md'), citeMarkdown(release)));

  // The data changes against the previous release, in the version's CHANGELOG section.
  const previous = releases.filter((r) => compareVersions(r.version, version) < 0).at(-1);
  if (previous) {
    const entry = diffReleases(previous, snapshotOf(dataset));
    write('CHANGELOG.md', withDataChanges(read('CHANGELOG.md'), entry, dataset.retired));
  }
  return { version, written };
}
