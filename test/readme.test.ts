import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { DATASET } from '../src/generated/dataset.js';
import { coverageMarkdown, withCoverage } from '../scripts/coverage.js';
import { citeMarkdown, releaseOf, withCite } from '../scripts/citation.js';

describe('README.md', () => {
  it('has a Coverage section that matches the data (run `npm run docs` after changing data/)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withCoverage(readme, coverageMarkdown(DATASET)));
  });

  it('has a How to cite section for the version in CITATION.cff (run `npm run docs` after changing it)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const release = releaseOf(readFileSync(new URL('../CITATION.cff', import.meta.url), 'utf8'));
    expect(readme).toBe(withCite(readme, citeMarkdown(release)));
    expect(readme).toContain(`(Version ${release.version}) [Data set]`);
  });

  it('documents every value the package exports in its API section', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const api = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Files\n'));
    expect(api.length).toBeGreaterThan(1000);
    const missing = Object.keys(library).filter((name) => !api.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });

  it('gives the test command that .ci/run runs', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(readme).toContain('npm ci && npm test');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
