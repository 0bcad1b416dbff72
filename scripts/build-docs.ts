// Rewrites what README.md says of the data: "Coverage" from the built dataset, "How to
// cite" from CITATION.cff, and the results its code examples state, from the built package
// (run `npm run build` first; `npm run docs` does).
import { readFileSync, writeFileSync } from 'node:fs';
import { DATASET } from '../src/generated/dataset.js';
import { citeMarkdown, releaseOf, withCite } from './citation.js';
import { coverageMarkdown, withCoverage } from './coverage.js';
import { withCurrentResults } from './readme-examples.js';

const root = new URL('../', import.meta.url);
const readmeUrl = new URL('README.md', root);
const cff = readFileSync(new URL('CITATION.cff', root), 'utf8');
const readme = withCoverage(readFileSync(readmeUrl, 'utf8'), coverageMarkdown(DATASET));
writeFileSync(readmeUrl, withCurrentResults(withCite(readme, citeMarkdown(releaseOf(cff))), root.pathname));
