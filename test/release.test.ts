// The release step (`npm run release` after `changeset version`) on a copy of the
// repository: a new version with a data change gets its snapshot, CITATION.cff, README's
// "How to cite" and its CHANGELOG "Data changes"; a second run writes nothing; data changed
// under a released version is refused.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseStep } from '../scripts/release-step.js';
import { readReleases } from '../scripts/snapshots.js';
import { copyRepository, root } from './repository-copy.js';

const current: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const [major, minor] = current.split('.').map(Number);
const next = `${major}.${minor! + 1}.0`;
// The release days follow the data's revision date, which no date in the data may pass.
const updated: string = JSON.parse(readFileSync(join(root, 'data/meta.json'), 'utf8')).updated;
const releaseDay = updated;
const laterDay = new Date(Date.parse(`${updated}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
let copy: string;
const read = (path: string) => readFileSync(join(copy, path), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: the fixtures edit arbitrary JSON.
const editJson = (path: string, change: (json: any) => void) => {
  const json = JSON.parse(read(path));
  change(json);
  writeFileSync(join(copy, path), `${JSON.stringify(json, null, 2)}\n`);
};

beforeAll(() => {
  copy = copyRepository('ops-release-');
  // What `changeset version` does: bump the version and open its CHANGELOG section.
  editJson('package.json', (pkg) => (pkg.version = next));
  const changelog = read('CHANGELOG.md').replace(
    '\n## ',
    `\n## ${next}\n\n### Minor Changes\n\n- abc1234: Data: a second Irish site.\n\n## `,
  );
  writeFileSync(join(copy, 'CHANGELOG.md'), changelog);
  // A data change: a second Irish site, named in the press on the revision day.
  editJson('data/stations/IE.json', (ie) => {
    const [station] = ie.stations;
    ie.stations.push({ ...station, id: 'ie-99', city: null, geonameId: null, opened: null, reports: [], evidence: 'count' });
    const last = ie.events.at(-1);
    ie.events.push({
      ...last,
      id: 'ie-e99',
      date: JSON.parse(read('data/meta.json')).updated,
      type: 'statement',
      scope: 'station',
      stations: ['ie-99'],
    });
  });
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the release step', () => {
  it('writes the snapshot, CITATION.cff, How to cite and the CHANGELOG data changes of the new version', () => {
    const { version, written } = releaseStep(pathToFileURL(`${copy}/`), releaseDay);
    expect(version).toBe(next);
    expect(written).toEqual([`releases/${next}.json`, 'CITATION.cff', 'README.md', 'CHANGELOG.md']);
    expect(
      readReleases(join(copy, 'releases'))
        .map((r) => r.version)
        .slice(-2),
    ).toEqual([current, next]);
    expect(read('CITATION.cff')).toContain(`version: "${next}"\ndate-released: "${releaseDay}"\n`);
    expect(read('README.md')).toContain(`(Version ${next}) [Data set]`);
    const section = read('CHANGELOG.md').split('\n## ')[1]!;
    expect(
      section.startsWith(
        `${next}\n\n### Minor Changes\n\n- abc1234: Data: a second Irish site.\n\n### Data changes (against ${current})\n`,
      ),
    ).toBe(true);
    // Besides the fixture's station and event, whatever the data holds since the last release.
    expect(section).toMatch(/\nStations added: (.+, )?ie-99(, .+)?\.\n/);
    expect(section).toMatch(/\nEvents added \(\d+\): (.+, )?ie-e99(, .+)?\.\n/);
  });

  it('writes nothing the second time, and keeps the release day', () => {
    expect(releaseStep(pathToFileURL(`${copy}/`), laterDay).written).toEqual([]);
    expect(read('CITATION.cff')).toContain(`date-released: "${releaseDay}"`);
  });

  it('refuses data changed under a version already released', () => {
    editJson('data/stations/IE.json', (ie) => (ie.stations[0].confidence = 'medium'));
    expect(() => releaseStep(pathToFileURL(`${copy}/`), laterDay)).toThrow(
      `releases/${next}.json exists and differs from data/: ${next} was released already; add a changeset`,
    );
  });
});
