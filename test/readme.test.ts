import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../src/generated/dataset.js';
import { coverageMarkdown, withCoverage } from '../scripts/coverage.js';

describe('README.md', () => {
  it('has a Coverage section that matches the data (run `npm run docs` after changing data/)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withCoverage(readme, coverageMarkdown(DATASET)));
  });

  it('gives the test command that .ci/run runs', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(readme).toContain('npm ci && npm test');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
