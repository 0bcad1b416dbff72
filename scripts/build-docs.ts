// Rewrites the generated "Coverage" section of README.md from the built dataset.
import { readFileSync, writeFileSync } from 'node:fs';
import { DATASET } from '../src/generated/dataset.js';
import { coverageMarkdown, withCoverage } from './coverage.js';

const readmeUrl = new URL('../README.md', import.meta.url);
writeFileSync(readmeUrl, withCoverage(readFileSync(readmeUrl, 'utf8'), coverageMarkdown(DATASET)));
