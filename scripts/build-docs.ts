// Rewrites the generated sections of README.md: "Coverage" from the built dataset, and
// "How to cite" from CITATION.cff.
import { readFileSync, writeFileSync } from 'node:fs';
import { DATASET } from '../src/generated/dataset.js';
import { citeMarkdown, releaseOf, withCite } from './citation.js';
import { coverageMarkdown, withCoverage } from './coverage.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const cff = readFileSync(new URL('../CITATION.cff', import.meta.url), 'utf8');
const readme = withCoverage(readFileSync(readmeUrl, 'utf8'), coverageMarkdown(DATASET));
writeFileSync(readmeUrl, withCite(readme, citeMarkdown(releaseOf(cff))));
